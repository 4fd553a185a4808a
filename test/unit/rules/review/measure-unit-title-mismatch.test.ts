import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { baseline, baselineMeasure, outcome, study, type OutcomeSpec } from './resultsFlowKit';

const ID = 'review/measure-unit-title-mismatch';
const JSON_FORMAT = { format: 'json' } as const;

function record(spec: OutcomeSpec, primaryCompletion?: string): string {
  return study({ primaryCompletion, results: { outcomeMeasuresModule: { outcomeMeasures: [outcome(spec)] } } });
}

describe(ID, () => {
  describe('fires', () => {
    it('on a "Number of participants" title in percent, at the unit: an error from the 2017 primary completion on', () => {
      const found = assertOne(
        record({
          title: 'Number of Participants With Treatment-Emergent Adverse Events',
          unit: 'percentage of participants',
          paramType: 'NUMBER',
        }),
        ID,
        JSON_FORMAT,
      );
      assert.equal(found.severity, 'error');
      assert.equal(found.marked, '"percentage of participants"');
      assert.equal(
        found.message,
        'Outcome measure 1 ("Number of Participants With Treatment-Emergent Adverse Events"): the unit of measure "percentage of participants" appears ' +
          'inconsistent with a title that counts participants. A "Number of participants…" measure takes the unit `Participants`; to report ' +
          'percentages, title it "Percentage of participants…" instead.',
      );
    });

    it('as a warning when the primary completion is before 2017-01-18', () => {
      const found = assertOne(
        record({ title: 'Number of Patients Who Responded', unit: 'responses', paramType: 'COUNT_OF_PARTICIPANTS' }, '2015-09-15'),
        ID,
        JSON_FORMAT,
      );
      assert.equal(found.severity, 'warning');
    });

    it('on a "Percentage of participants" title counted in participants', () =>
      assert.match(
        assertOne(record({ title: 'Percentage of Participants With a Response', unit: 'Participants' }), ID, JSON_FORMAT).message,
        /takes the unit `percentage of participants`; to report counts, title it "Number of participants…" instead\./,
      ));

    it('on a count of participants in percent (a reviewer comment: a warning)', () => {
      const found = assertOne(
        record({ title: 'Participants Achieving Remission', unit: '%', paramType: 'COUNT_OF_PARTICIPANTS' }),
        ID,
        JSON_FORMAT,
      );
      assert.equal(found.severity, 'warning');
      assert.match(found.message, /the measure type Count of Participants/);
    });

    it('on a "Time to…" measure counted in participants or percent (a warning)', () => {
      assert.equal(assertOne(record({ title: 'Time to First Relapse', unit: 'participants' }), ID, JSON_FORMAT).severity, 'warning');
      assertOne(record({ title: 'Median Time to Progression', unit: 'percentage of participants' }), ID, JSON_FORMAT);
    });

    it('on a baseline measure too', () => {
      const text = study({
        results: {
          baselineCharacteristicsModule: baseline(
            ['A', 'B'],
            [10, 10],
            [baselineMeasure('Number of Participants With Diabetes', { unitOfMeasure: '%' })],
          ),
        },
      });
      assert.match(
        assertOne(text, ID, JSON_FORMAT).message,
        /^Baseline measure "Number of Participants With Diabetes": the unit of measure "%"/,
      );
    });
  });

  describe('is silent', () => {
    for (const [title, unit, paramType] of [
      ['Number of Participants With Adverse Events', 'Participants', 'COUNT_OF_PARTICIPANTS'],
      ['Number of Subjects Without Relevant Changes', 'subjects', 'COUNT_OF_PARTICIPANTS'],
      ['Percentage of Participants With a Positive Response', 'Percentage of participants', 'NUMBER'],
      ['Percentage of Subjects With ASAS40 Response', 'percentage of subjects', 'NUMBER'],
      ['Percentage of Participants Who Were Responders', '%', 'NUMBER'],
      ['Number of Chewing Cycles Per Bolus', 'number of chewing cycles', 'MEAN'],
      ['Time (Days) to Discharge From Hospital', 'days', 'MEDIAN'],
      ['Time to First Confirmed Negative PCR', 'days', 'MEDIAN'],
      ["Percent Change From Baseline in Investigator's Global Assessment", 'percent change', 'MEAN'],
      ['Patients Indicated for ACE/ARB Who Had an Active Prescription', 'Participants', 'COUNT_OF_PARTICIPANTS'],
      ['Change From Baseline in Body Surface Area Affected', 'Percentage of BSA', 'LEAST_SQUARES_MEAN'],
    ]) {
      it(`on "${title}" in ${JSON.stringify(unit)}`, () => assertSilent(record({ title, unit, paramType }), ID, JSON_FORMAT));
    }

    it('on a measure without a unit (review/measure-unit-invalid), and on a protocol-only record', () => {
      assertSilent(record({ title: 'Number of Participants With Adverse Events' }), ID, JSON_FORMAT);
      assertSilent(yaml('identificationModule:', '  briefTitle: A Study'), ID);
    });
  });
});
