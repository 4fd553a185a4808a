import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { enrollment, status } from '../sampleRecords';

describe('status/enrollment-type', () => {
  it('is silent on an estimate before recruitment', () =>
    assertSilent(
      status('NOT_YET_RECRUITING', [], ['2026-01', '2027-01', '2027-06'], ['ESTIMATED', 'ESTIMATED', 'ESTIMATED']) +
        enrollment(40, 'ESTIMATED'),
      'status/enrollment-type',
    ));
  it('asks an active study for actual enrollment', () => {
    const seen = assertOne(status('ACTIVE_NOT_RECRUITING') + enrollment(40, 'ESTIMATED'), 'status/enrollment-type');
    assert.equal(seen.marked, 'ESTIMATED');
  });
});
