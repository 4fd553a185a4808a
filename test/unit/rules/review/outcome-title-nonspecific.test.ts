import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { outcomesRecord, primary } from './outcomeTestKit';

const ID = 'review/outcome-title-nonspecific';
const timeFrame = 'Week 12';

describe(ID, () => {
  for (const measure of [
    'Safety',
    'Efficacy',
    'Safety and Tolerability',
    'Pharmacokinetics',
    'PK',
    'Quality of life',
    'Primary Outcome',
    'Outcome 1',
    'Efficacy of ABC-123',
    'Safety, tolerability and efficacy of Drug X in adults.',
  ]) {
    it(`fires on the bare concept ${JSON.stringify(measure)}`, () => {
      const seen = assertOne(primary({ measure, description: 'Assessed by the investigator.', timeFrame }), ID);
      assert.equal(seen.severity, 'warning');
      assert.equal(seen.marked, JSON.stringify(measure));
      assert.match(seen.message, /names a concept, not a measure/);
      assert.match(seen.message, /Number of Participants With/);
    });
  }

  it('fires in secondary and other outcomes too, naming which', () => {
    const record = outcomesRecord({
      secondaryOutcomes: [{ measure: 'Tolerability', timeFrame }],
      otherOutcomes: [{ measure: 'Immunogenicity', timeFrame }],
    });
    assert.match(assertOne(record.replace('Immunogenicity', 'Number of Responders'), ID).message, /secondary outcome 1/);
  });

  for (const measure of [
    'Number of Participants With Grade 3 or Higher Treatment-Related Adverse Events',
    'Percentage of Participants With an Objective Response per RECIST 1.1',
    'Change From Baseline in Systolic Blood Pressure at Week 12',
    // Traps: a concept as a prefix before the metric; a named instrument containing the word.
    'Feasibility: Percentage of Screened Patients Who Enroll',
    'Epilepsy Quality of Life Inventory-31 Score',
    'Safety of Drug X as Measured by the Number of Participants With Adverse Events',
    'Response Rate',
  ]) {
    it(`is silent on ${JSON.stringify(measure)}`, () => assertSilent(primary({ measure, timeFrame }), ID));
  }
});
