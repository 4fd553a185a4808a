import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { interventional, observational } from '../sampleRecords';

describe('design/observational-only-field', () => {
  it('is silent on an observational design', () => assertSilent(observational, 'design/observational-only-field'));
  it('marks an observational field in an interventional study', () => {
    const seen = assertOne(
      interventional + yaml('eligibilityModule:', '  samplingMethod: PROBABILITY_SAMPLE'),
      'design/observational-only-field',
    );
    assert.equal(seen.marked, 'samplingMethod');
    assert.match(seen.message, /sampling method is for observational studies only/);
  });
});
