import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('eligibility/sex-required', () => {
  it('is silent when sex is given', () => assertSilent(yaml('eligibilityModule:', '  sex: FEMALE'), 'eligibility/sex-required'));
  it('marks the module key when sex is missing', () => {
    const seen = assertOne(yaml('eligibilityModule:', '  minimumAge: 18 Years'), 'eligibility/sex-required');
    assert.equal(seen.marked, 'eligibilityModule');
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'insert-property',
      parentPointer: '/eligibilityModule',
      properties: ['sex'],
      value: 'ALL',
    });
  });
});
