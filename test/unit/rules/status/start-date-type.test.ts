import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, fixReplacement } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('status/start-date-type', () => {
  it('is silent on an active study with an actual start', () => assertSilent(status('ACTIVE_NOT_RECRUITING'), 'status/start-date-type'));
  it('flags an estimated start on a terminated study', () => {
    const seen = assertOne(
      status('TERMINATED', [], ['2023-01', '2024-01', '2024-01'], ['ESTIMATED', 'ACTUAL', 'ACTUAL']),
      'status/start-date-type',
    );
    assert.equal(seen.marked, 'ESTIMATED');
    assert.deepEqual(fixReplacement(seen), 'ACTUAL');
  });
  it('allows a recruiting study an estimated start that has come, not one in the future', () => {
    assertSilent(
      status('RECRUITING', [], ['2025-06-01', '2026-01', '2026-06'], ['ESTIMATED', 'ESTIMATED', 'ESTIMATED']),
      'status/start-date-type',
    );
    const seen = assertOne(
      status('RECRUITING', [], ['2025-09-01', '2026-01', '2026-06'], ['ESTIMATED', 'ESTIMATED', 'ESTIMATED']),
      'status/start-date-type',
    );
    assert.equal(seen.marked, '"2025-09-01"');
  });
  it('flags an actual start on a study not yet recruiting', () => {
    assert.match(assertOne(status('NOT_YET_RECRUITING'), 'status/start-date-type').message, /should be `ESTIMATED`/);
  });
});
