import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings } from '../ruleTestKit';
import { observational } from '../sampleRecords';

describe('design/observational-required', () => {
  it('is silent on a complete observational design', () => {
    assertSilent(observational, 'design/observational-required');
  });
  it('flags a missing time perspective (error)', () => {
    const text = observational.replace('    timePerspective: PROSPECTIVE\n', '').replace('  samplingMethod: NON_PROBABILITY_SAMPLE\n', '');
    const required = assertOne(text, 'design/observational-required');
    assert.equal(required.severity, 'error');
    assert.match(required.message, /time perspective/);
  });
  it('does not ask a study first submitted before 2017-01-18 (the structured design) for the model and time perspective', () => {
    const bare = observational.replace('    observationalModel: COHORT\n', '').replace('    timePerspective: PROSPECTIVE\n', '');
    const registered = (day: string) => `${bare}statusModule:\n  studyFirstSubmitDate: "${day}"\n`;
    assertSilent(registered('2000-03-01'), 'design/observational-required');
    assertSilent(registered('2017-01-17'), 'design/observational-required');
    assert.equal(findings(registered('2017-01-18'), 'design/observational-required').length, 2);
    assert.equal(findings(bare, 'design/observational-required').length, 2, 'a record not yet submitted is held to the requirement');
  });
});
