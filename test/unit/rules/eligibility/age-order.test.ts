import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('eligibility/age-order', () => {
  it('compares across units', () => {
    assertSilent(yaml('eligibilityModule:', '  sex: ALL', '  minimumAge: 6 Months', '  maximumAge: 1 Year'), 'eligibility/age-order');
    assertSilent(yaml('eligibilityModule:', '  sex: ALL', '  minimumAge: 12 Months', '  maximumAge: 1 Year'), 'eligibility/age-order');
  });
  it('marks a minimum above the maximum', () => {
    const seen = assertOne(
      yaml('eligibilityModule:', '  sex: ALL', '  minimumAge: 18 Years', '  maximumAge: 200 Months'),
      'eligibility/age-order',
    );
    assert.equal(seen.marked, '18 Years');
    assert.equal(seen.message, 'The minimum age (18 Years) is above the maximum age (200 Months): no one is eligible.');
  });
});
