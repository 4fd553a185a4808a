import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
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
});
