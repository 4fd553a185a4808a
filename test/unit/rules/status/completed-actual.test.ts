import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findings } from '../ruleTestKit';
import { enrollment, status } from '../sampleRecords';

describe('status/completed-actual', () => {
  it('is silent on a completed study with actual values', () =>
    assertSilent(status('COMPLETED') + enrollment(40, 'ACTUAL'), 'status/completed-actual'));
  it('flags estimated completion and enrollment on a completed study', () => {
    const text =
      status('COMPLETED', [], ['2023-01-10', '2024-06', '2024-12'], ['ACTUAL', 'ACTUAL', 'ESTIMATED']) + enrollment(40, 'ESTIMATED');
    const found = findings(text, 'status/completed-actual');
    assert.deepEqual(
      found.map((seen) => seen.marked),
      ['ESTIMATED', 'ESTIMATED'],
    );
    assert.match(found[0].message, /completion date is `ACTUAL`/);
    assert.match(found[1].message, /enrollment is `ACTUAL`/);
  });
});
