import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('dates/estimated-in-past', () => {
  it('allows a recently passed estimate', () => {
    assertSilent(
      status('ACTIVE_NOT_RECRUITING', [], ['2023-01-10', '2025-04', '2026-01'], ['ACTUAL', 'ESTIMATED', 'ESTIMATED']),
      'dates/estimated-in-past',
    );
  });
  it('marks an estimate long past', () => {
    const seen = assertOne(
      status('ACTIVE_NOT_RECRUITING', [], ['2023-01-10', '2024-06', '2026-01'], ['ACTUAL', 'ESTIMATED', 'ESTIMATED']),
      'dates/estimated-in-past',
    );
    assert.equal(seen.marked, '"2024-06"');
    assert.match(seen.message, /estimated primary completion date 2024-06 has passed/);
  });
  it('does not ask a withdrawn study for its actual start', () => {
    assertSilent(
      status('WITHDRAWN', ['  whyStopped: No funding'], ['2023-01', '2024-01', '2024-01'], ['ESTIMATED', 'ACTUAL', 'ACTUAL']),
      'dates/estimated-in-past',
    );
  });
  it('is silent on a withdrawn study, whose estimated dates will never come true', () => {
    assertSilent(
      status('WITHDRAWN', ['  whyStopped: No funding'], ['2023-01', '2023-06', '2024-01'], ['ESTIMATED', 'ESTIMATED', 'ESTIMATED']),
      'dates/estimated-in-past',
    );
  });
  it('still asks a suspended study to update its passed estimates', () => {
    const seen = assertOne(
      status('SUSPENDED', ['  whyStopped: Drug supply'], ['2023-01-10', '2023-06', '2026-01'], ['ACTUAL', 'ESTIMATED', 'ESTIMATED']),
      'dates/estimated-in-past',
    );
    assert.match(seen.message, /primary completion date 2023-06 has passed/);
  });
});
