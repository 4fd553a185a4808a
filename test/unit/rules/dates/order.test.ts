import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('dates/order', () => {
  it('is silent on ordered dates, and on equal dates at mixed precision', () => {
    assertSilent(status('COMPLETED'), 'dates/order');
    assertSilent(status('COMPLETED', [], ['2024-03', '2024-03-15', '2024-03-15']), 'dates/order');
  });
  it('marks a primary completion date before the start date', () => {
    const seen = assertOne(status('COMPLETED', [], ['2024-05-01', '2024-04', '2024-12']), 'dates/order');
    assert.equal(seen.marked, '"2024-04"');
    assert.equal(seen.severity, 'error');
    assert.equal(seen.message, 'The primary completion date (2024-04) is before the start date (2024-05-01).');
  });
  it('marks a completion date before the primary completion date', () => {
    assert.equal(assertOne(status('COMPLETED', [], ['2023', '2024-06', '2024-05-31']), 'dates/order').marked, '"2024-05-31"');
  });
});
