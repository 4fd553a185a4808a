import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { baseline, baselineMeasure, flow, simpleFlow, study } from './resultsFlowKit';

const ID = 'review/baseline-flow-mismatch';
const JSON_FORMAT = { format: 'json' } as const;
const AGE = baselineMeasure('Age, Categorical');

function record(
  flowTitles: string[],
  started: number[],
  baselineTitles: string[],
  analyzed: number[],
  extra: Record<string, unknown> = {},
): string {
  const zeros = started.map(() => 0);
  return study({
    enrollment: started.reduce((sum, value) => sum + value, 0),
    results: {
      participantFlowModule: simpleFlow(flowTitles, started, started, zeros),
      baselineCharacteristicsModule: baseline(baselineTitles, analyzed, [AGE], extra),
    },
  });
}

describe(ID, () => {
  describe('fires', () => {
    it('when a baseline group analyzes more than its flow group started, at its number (groups matched by title)', () => {
      const found = assertOne(record(['Drug X', 'Placebo'], [40, 40], ['drug x', 'Placebo', 'Total'], [45, 40, 85]), ID, JSON_FORMAT);
      assert.equal(found.severity, 'warning');
      assert.equal(found.marked, '"45"');
      assert.equal(found.diagnostic.pointer, '/resultsSection/baselineCharacteristicsModule/denoms/0/counts/0/value');
      assert.equal(
        found.message,
        "Baseline group `BG000` (drug x) analyzes 45 participants, but only 40 started in the participant flow's group `FG000` (Drug X). " +
          'The baseline describes participants who started: at most 40 here.',
      );
    });

    it('when the baseline total differs from those who started and the population description is empty, at the Total column', () => {
      const found = assertOne(record(['Drug X', 'Placebo'], [20, 20], ['Drug X', 'Placebo', 'Total'], [18, 17, 35]), ID, JSON_FORMAT);
      assert.equal(found.marked, '"35"');
      assert.match(
        found.message,
        /^The baseline appears not to match the participant flow: it analyzes 35 participants, but 40 \(`FG000` Drug X 20, `FG001` Placebo 20\) started Period 1/,
      );
      assert.match(found.message, /population description is empty/);
    });

    it('with one group, at its number (17 analyzed of 20 who started)', () => {
      const found = assertOne(
        record(['Healthy Participants'], [20], ['Healthy Participants'], [17], { populationDescription: '' }),
        ID,
        JSON_FORMAT,
      );
      assert.equal(found.marked, '"17"');
    });

    it('with groups but no Total column, at the row of numbers analyzed', () => {
      const found = assertOne(record(['A', 'B'], [20, 20], ['A', 'B'], [15, 15]), ID, JSON_FORMAT);
      assert.equal(found.marked, '"counts"');
      assert.match(found.message, /it analyzes 30 participants, but 40/);
    });
  });

  describe('is silent', () => {
    it('when the baseline analyzes those who started', () =>
      assertSilent(record(['Drug X', 'Placebo'], [97, 97], ['Drug X', 'Placebo', 'Total'], [97, 97, 194]), ID, JSON_FORMAT));

    it('when fewer are analyzed and the population description says who', () =>
      assertSilent(
        record(['A', 'B'], [12, 4], ['A', 'B', 'Total'], [12, 3, 15], {
          populationDescription: 'Participants who received at least one dose.',
        }),
        ID,
        JSON_FORMAT,
      ));

    it('on a Total column with a longer title ("Total Title") that matches', () =>
      assertSilent(record(['Placebo', 'Drug X'], [158, 159], ['Placebo', 'Drug X', 'Total Title'], [158, 159, 317]), ID, JSON_FORMAT));

    it('on baseline group titles that name no flow group, when the totals agree', () =>
      assertSilent(
        record(
          ['Early Intervention Number of Patients', 'Late'],
          [2053, 2803],
          ['Early Intervention', 'Late Implementation', 'Total'],
          [2053, 2803, 4856],
        ),
        ID,
        JSON_FORMAT,
      ));

    it('on a group that starts only in a later period (compared with its largest STARTED)', () => {
      const text = study({
        enrollment: 40,
        results: {
          participantFlowModule: flow(
            ['Drug X', 'Extension'],
            [
              {
                milestones: [
                  ['STARTED', [40, 0]],
                  ['COMPLETED', [30, 0]],
                  ['NOT COMPLETED', [10, 0]],
                ],
              },
              {
                milestones: [
                  ['STARTED', [0, 30]],
                  ['COMPLETED', [0, 30]],
                  ['NOT COMPLETED', [0, 0]],
                ],
              },
            ],
          ),
          baselineCharacteristicsModule: baseline(['Drug X', 'Extension', 'Total'], [40, 30, 70], [AGE], { populationDescription: 'All.' }),
        },
      });
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on unreadable numbers, a missing flow or baseline, and a protocol-only record', () => {
      assertSilent(record(['A', 'B'], [20, 20], ['A', 'B', 'Total'], [20, 20, 40]).replace('"40"', '"NA"'), ID, JSON_FORMAT);
      assertSilent(study({ results: { baselineCharacteristicsModule: baseline(['A'], [5], [AGE]) } }), ID, JSON_FORMAT);
      assertSilent(study({ results: { participantFlowModule: simpleFlow(['A'], [5], [5], [0]) } }), ID, JSON_FORMAT);
      assertSilent(yaml('identificationModule:', '  briefTitle: A Study'), ID);
    });
  });
});
