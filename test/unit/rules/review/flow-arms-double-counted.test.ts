import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { flow, simpleFlow, study } from './resultsFlowKit';

const ID = 'review/flow-arms-double-counted';
const JSON_FORMAT = { format: 'json' } as const;

function record(
  enrollment: number,
  titles: string[],
  started: number[],
  enrollmentType?: string,
  extra: Record<string, unknown> = {},
): string {
  const zeros = started.map(() => 0);
  return study({
    enrollment,
    enrollmentType,
    results: { participantFlowModule: { ...extra, ...simpleFlow(titles, started, started, zeros) } },
  });
}

describe(ID, () => {
  describe('fires', () => {
    it('when a crossover flow counts each participant once per treatment, at the first STARTED row', () => {
      const found = assertOne(record(24, ['Drug X', 'Placebo'], [24, 24]), ID, JSON_FORMAT);
      assert.equal(found.severity, 'warning');
      assert.equal(found.marked, '"STARTED"');
      assert.equal(
        found.message,
        'Participants appear to be counted in more than one group: 48 (`FG000` Drug X 24, `FG001` Placebo 24) started Period 1 (Overall Study), ' +
          'more than the 24 enrolled. Count each participant once in the first period (in a crossover study, one group per sequence), ' +
          'so STARTED adds up to at most 24; or correct the actual enrollment.',
      );
    });

    it('with three groups that add up to more than enrolled by one', () =>
      assert.match(
        assertOne(record(29, ['A', 'B', 'C'], [10, 10, 10]), ID, JSON_FORMAT).message,
        /30 \(.*\) started .* more than the 29 enrolled/,
      ));

    it('even when the pre-assignment details say something (they cannot make 48 out of 24)', () => {
      const text = record(24, ['A', 'B'], [24, 24], 'ACTUAL', { preAssignmentDetails: 'Participants received both treatments.' });
      assertOne(text, ID, JSON_FORMAT);
    });

    it('with counts written as numbers rather than strings', () => {
      const text = study({
        enrollment: 5,
        results: {
          participantFlowModule: {
            groups: [{ id: 'FG000', title: 'A' }],
            periods: [{ milestones: [{ type: 'STARTED', achievements: [{ groupId: 'FG000', numSubjects: 6 }] }] }],
          },
        },
      });
      assertOne(text, ID, JSON_FORMAT);
    });
  });

  describe('is silent', () => {
    it('when STARTED equals the enrollment (a crossover with one group per sequence)', () =>
      assertSilent(record(24, ['Drug X, Then Placebo', 'Placebo, Then Drug X'], [12, 12]), ID, JSON_FORMAT));

    it('when fewer started than enrolled (review/flow-enrollment-mismatch)', () =>
      assertSilent(record(31, ['A', 'B'], [8, 8]), ID, JSON_FORMAT));

    it('when the enrollment is an estimate', () => assertSilent(record(20, ['A', 'B'], [20, 20], 'ESTIMATED'), ID, JSON_FORMAT));

    it('on a later period with a group that starts only then (compares the first period only)', () => {
      const text = study({
        enrollment: 317,
        results: {
          participantFlowModule: flow(
            ['Placebo', 'Drug X', 'Open-Label Drug X'],
            [
              {
                milestones: [
                  ['STARTED', [158, 159, 0]],
                  ['COMPLETED', [143, 142, 0]],
                  ['NOT COMPLETED', [15, 17, 0]],
                ],
              },
              {
                milestones: [
                  ['STARTED', [0, 0, 243]],
                  ['COMPLETED', [0, 0, 206]],
                  ['NOT COMPLETED', [0, 0, 37]],
                ],
              },
            ],
          ),
        },
      });
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on units: 6 clinics with 2053 participants', () => {
      const text = study({
        enrollment: 4856,
        results: {
          participantFlowModule: flow(
            ['Early', 'Late'],
            [
              {
                milestones: [
                  ['STARTED', [2053, 2803], [6, 5]],
                  ['COMPLETED', [2053, 2803], [6, 5]],
                ],
              },
            ],
            {
              typeUnitsAnalyzed: 'Clinics',
            },
          ),
        },
      });
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on an unreadable STARTED count or a missing enrollment', () => {
      assertSilent(record(10, ['A', 'B'], [8, 8]).replace('"8"', '"eight"'), ID, JSON_FORMAT);
      assertSilent(study({ enrollment: 'many', results: { participantFlowModule: simpleFlow(['A'], [8], [8], [0]) } }), ID, JSON_FORMAT);
    });
  });
});
