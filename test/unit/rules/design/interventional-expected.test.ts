import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { interventional } from '../sampleRecords';

describe('design/interventional-expected', () => {
  it('is silent on a complete design', () => assertSilent(interventional, 'design/interventional-expected'));
  it('warns when the masking is missing', () => {
    const seen = assertOne(interventional.replace('    maskingInfo:\n      masking: NONE\n', ''), 'design/interventional-expected');
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, 'designInfo');
  });
});
