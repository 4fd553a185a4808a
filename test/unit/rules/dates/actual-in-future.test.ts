import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('dates/actual-in-future', () => {
  it('is silent on past actual dates and a partial date covering today', () => {
    assertSilent(
      status('RECRUITING', [], ['2025-06', '2026-01', '2026-06'], ['ACTUAL', 'ESTIMATED', 'ESTIMATED']),
      'dates/actual-in-future',
    );
  });
  it('marks an actual date after today and offers ESTIMATED', () => {
    const seen = assertOne(
      status('COMPLETED', [], ['2023-01-10', '2025-07-01', '2025-07-01'], ['ACTUAL', 'ACTUAL', 'ESTIMATED']),
      'dates/actual-in-future',
    );
    assert.equal(seen.marked, '"2025-07-01"');
    assert.match(seen.message, /after today \(2025-06-15\)/);
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'replace-value',
      valuePointer: '/statusModule/primaryCompletionDateStruct/type',
      replacement: 'ESTIMATED',
    });
  });
  it('follows today: the same record is fine a month later', () => {
    assertSilent(status('COMPLETED', [], ['2023-01-10', '2025-07-01', '2025-07-01']), 'dates/actual-in-future', { today: '2025-07-15' });
  });
});
