import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { observational } from '../sampleRecords';

describe('design/observational-expected', () => {
  it('is silent on a complete observational design', () => {
    assertSilent(observational, 'design/observational-expected');
  });
  it('flags a missing sampling method (warning)', () => {
    const text = observational.replace('    timePerspective: PROSPECTIVE\n', '').replace('  samplingMethod: NON_PROBABILITY_SAMPLE\n', '');
    const expected = assertOne(text, 'design/observational-expected');
    assert.equal(expected.severity, 'warning');
    assert.equal(expected.marked, 'eligibilityModule');
  });
});
