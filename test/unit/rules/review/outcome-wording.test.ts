import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings } from '../ruleTestKit';
import { primary } from './outcomeTestKit';

const ID = 'review/outcome-wording';
const timeFrame = 'Week 12';

describe(ID, () => {
  for (const measure of ['To assess the efficacy of Drug X on pain', 'To compare weight loss between arms', 'to evaluate sleep quality']) {
    it(`fires on a title that states an aim: ${JSON.stringify(measure)}`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.equal(seen.severity, 'information');
      assert.match(seen.message, /appears to state an aim/);
    });
  }

  for (const measure of [
    'Improvement in Pain Score',
    'Reduction of Cluster Headache Attacks',
    'Decrease in HbA1c',
    'Increase in Walking Distance',
  ]) {
    it(`fires on a title that presumes a direction: ${JSON.stringify(measure)}`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.match(seen.message, /presume a direction/);
      assert.match(seen.message, /Change in/);
    });
  }

  it('fires on a description that is only an aim, marking the description', () => {
    const seen = assertOne(
      primary({ measure: 'Dose-Limiting Toxicity', description: 'To evaluate the DLT during treatment', timeFrame }),
      ID,
    );
    assert.equal(seen.marked, '"To evaluate the DLT during treatment"');
  });

  it('reports title and description separately', () => {
    const record = primary({ measure: 'To determine the MTD', description: 'To determine the maximum tolerated dose.', timeFrame });
    assert.equal(findings(record, ID).length, 2);
  });

  for (const outcome of [
    { measure: 'Change From Baseline in Pain Score at Week 12' },
    // Traps: "Time to …"; a responder category inside a title.
    { measure: 'Time to First Relapse' },
    { measure: 'Percentage of Participants Achieving ≥50% Reduction in Seizure Frequency' },
    // A description that opens with its aim but says how it is measured.
    {
      measure: 'Frailty Score',
      description:
        'To assess frailty using the Liver Frailty Index. The score ranges from 1.0 to 7.0 with higher scores meaning more frailty.',
    },
    { measure: 'Total Sleep Time', description: 'Total sleep time in minutes, measured by actigraphy.' },
  ]) {
    it(`is silent on ${JSON.stringify(outcome.measure)}`, () => assertSilent(primary({ ...outcome, timeFrame }), ID));
  }
});
