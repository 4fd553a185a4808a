import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, fixReplacement } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('status/stale-verification', () => {
  it('is silent on a recently verified record', () => assertSilent(status('RECRUITING'), 'status/stale-verification'));
  it('is silent on a completed study however old', () =>
    assertSilent(status('COMPLETED').replace('2025-05', '2019-01'), 'status/stale-verification'));
  it('warns on an open study verified over a year ago', () => {
    const seen = assertOne(status('RECRUITING').replace('2025-05', '2024-05'), 'status/stale-verification');
    assert.equal(seen.marked, '2024-05');
    assert.doesNotMatch(seen.message, /Unknown status/);
    assert.deepEqual(fixReplacement(seen), '2025-06');
  });
  it('says when ClinicalTrials.gov will show Unknown status', () => {
    const seen = assertOne(status('RECRUITING').replace('2025-05', '2023-01'), 'status/stale-verification');
    assert.match(seen.message, /"Unknown status"/);
  });
});
