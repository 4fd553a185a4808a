import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { primary } from './outcomeTestKit';

const ID = 'review/outcome-underspecified';
const timeFrame = 'Week 12';

describe(ID, () => {
  it('fires on a short title without a metric and no description, marking the title', () => {
    const seen = assertOne(primary({ measure: 'BMI', timeFrame }), ID);
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, '"BMI"');
    assert.match(seen.message, /appear not to say what will be assessed/);
  });

  it('fires when the description repeats the title, marking the description', () => {
    const seen = assertOne(primary({ measure: 'Lipid Profile', description: 'Lipid profile.', timeFrame }), ID);
    assert.equal(seen.marked, '"Lipid profile."');
  });

  it('fires when the description is two words', () => {
    assertOne(primary({ measure: 'Kidney Function', description: 'Serum creatinine', timeFrame }), ID);
  });

  for (const outcome of [
    // Trap: "Overall Survival" with a real description.
    { measure: 'Overall Survival', description: 'Time from randomization to death from any cause.' },
    { measure: 'Pain', description: 'Pain intensity on the Numeric Rating Scale from 0 (no pain) to 10 (worst pain).' },
    { measure: 'Number of Falls' },
    { measure: 'Change in HbA1c' },
    { measure: 'Beck Hopelessness Scale' },
    // A bare concept is the title check's finding, not this one's.
    { measure: 'Safety' },
    { measure: 'Serum Low-Density Lipoprotein Cholesterol Concentration' },
  ]) {
    it(`is silent on ${JSON.stringify(outcome.measure)}`, () => assertSilent(primary({ ...outcome, timeFrame }), ID));
  }
});
