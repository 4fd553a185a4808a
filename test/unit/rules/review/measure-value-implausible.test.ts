import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { baseline, baselineMeasure, denoms, measureClass, outcome, seen, study, type OutcomeSpec } from './resultsFlowKit';

const ID = 'review/measure-value-implausible';
const JSON_FORMAT = { format: 'json' } as const;

function record(...specs: OutcomeSpec[]): string {
  return study({ results: { outcomeMeasuresModule: { outcomeMeasures: specs.map(outcome) } } });
}

const PERCENT = { title: 'Percentage of Participants With a Response', unit: 'percentage of participants' };
const COUNT = { title: 'Number of Participants With Adverse Events', unit: 'Participants', paramType: 'COUNT_OF_PARTICIPANTS' };

describe(ID, () => {
  describe('fires', () => {
    it('on a percentage of participants above 100, at the value, suggesting the percentage of a count', () => {
      const found = assertOne(record({ ...PERCENT, analyzed: [97, 200], values: [[44.3, 120]] }), ID, JSON_FORMAT);
      assert.equal(found.severity, 'warning');
      assert.equal(found.marked, '"120"');
      assert.equal(
        found.message,
        'Outcome measure 1 ("Percentage of Participants With a Response"), group `OG001` (Drug 1): 120 percent of participants appears implausible: ' +
          'a percentage of participants lies between 0 and 100. If 120 is the number of participants, the percentage is 60 (120 of 200 analyzed).',
      );
    });

    it('on a negative percentage of participants, and a bare % under a "Percentage of participants" title', () => {
      assertOne(record({ ...PERCENT, values: [[-3, 10]] }), ID, JSON_FORMAT);
      assertOne(record({ ...PERCENT, unit: '%', values: [[100.5, 10]] }), ID, JSON_FORMAT);
    });

    it('on a count of participants above the number analyzed', () => {
      const found = assertOne(record({ ...COUNT, analyzed: [40, 40], values: [[11, 45]] }), ID, JSON_FORMAT);
      assert.equal(found.marked, '"45"');
      assert.match(
        found.message,
        /group `OG001` \(Drug 1\): 45 participants counted appears implausible: only 40 were analyzed in this group/,
      );
    });

    it("reads a row's own numbers analyzed before the measure's, and names the row", () => {
      const classes = [measureClass('OG', [[5, 5]], { title: 'Week 4', denoms: denoms('OG', [4, 40]) }, ['Grade 3'])];
      const found = assertOne(record({ ...COUNT, analyzed: [40, 40], extra: { classes } }), ID, JSON_FORMAT);
      assert.match(found.message, /, row "Week 4 \/ Grade 3", group `OG000` \(Placebo\): 5 participants counted .* only 4 were analyzed/);
    });

    it('on more than 24 hours per day (and more than 1440 minutes per day)', () => {
      assert.match(
        assertOne(record({ title: 'Sleep Duration', unit: 'hours per day', paramType: 'MEAN', values: [[7.5, 263]] }), ID, JSON_FORMAT)
          .message,
        /263 hours per day appears implausible: a day has 24 hours/,
      );
      assertOne(record({ title: 'Physical Activity', unit: 'min/day', paramType: 'MEAN', values: [[30, 1500]] }), ID, JSON_FORMAT);
    });

    it('on a baseline count above its group, and reports each value', () => {
      const measure = baselineMeasure('Sex: Female, Male', {}, [
        [12, 12],
        [1, 2],
      ]);
      const text = study({ results: { baselineCharacteristicsModule: baseline(['A', 'B'], [10, 10], [measure]) } });
      assert.equal(seen(text, ID).length, 2);
    });
  });

  describe('is silent', () => {
    it('on percent change and percentages of other things (% of body surface area)', () => {
      assertSilent(
        record({ title: 'Percent Change From Baseline in IGA Score', unit: 'percent change', paramType: 'MEAN', values: [[-123, 150]] }),
        ID,
        JSON_FORMAT,
      );
      assertSilent(
        record({
          title: 'Change From Baseline in BSA Affected',
          unit: 'Percentage of BSA',
          paramType: 'LEAST_SQUARES_MEAN',
          values: [[-11, -28.7]],
        }),
        ID,
        JSON_FORMAT,
      );
      assertSilent(record({ title: 'Body Composition', unit: '% body mass', paramType: 'MEAN', values: [[101, 70.8]] }), ID, JSON_FORMAT);
    });

    it('on possible values: 0 and 100 percent, a count equal to the number analyzed, 7.5 hours per day', () => {
      assertSilent(record({ ...PERCENT, values: [[0, 100]] }), ID, JSON_FORMAT);
      assertSilent(record({ ...COUNT, analyzed: [27, 13], values: [[27, 13]] }), ID, JSON_FORMAT);
      assertSilent(record({ title: 'Sleep Duration', unit: 'hours/day', paramType: 'MEAN', values: [[7.5, -2]] }), ID, JSON_FORMAT);
    });

    it('on values it cannot read (NA, blank, text) and on counts without numbers analyzed', () => {
      assertSilent(record({ ...PERCENT, values: [['NA', '']] }), ID, JSON_FORMAT);
      const withoutDenoms = { ...outcome({ ...COUNT, values: [[500, 600]] }), denoms: [] };
      assertSilent(study({ results: { outcomeMeasuresModule: { outcomeMeasures: [withoutDenoms] } } }), ID, JSON_FORMAT);
    });

    it('on counts of other units than participants (e.g. eyes analyzed)', () => {
      const eyes = outcome({
        title: 'Eyes With Improvement',
        unit: 'eyes',
        paramType: 'COUNT_OF_UNITS',
        analyzed: [10, 10],
        values: [[18, 20]],
      });
      assertSilent(study({ results: { outcomeMeasuresModule: { outcomeMeasures: [eyes] } } }), ID, JSON_FORMAT);
    });

    it('on a protocol-only record', () => assertSilent(yaml('identificationModule:', '  briefTitle: A Study'), ID));
  });
});
