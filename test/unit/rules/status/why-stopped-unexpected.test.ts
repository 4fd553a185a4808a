import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('status/why-stopped-unexpected', () => {
  it('is silent on a withdrawn study with a reason', () =>
    assertSilent(status('WITHDRAWN', ['  whyStopped: No funding']), 'status/why-stopped-unexpected'));
  it('questions a reason on a completed study', () => {
    const seen = assertOne(status('COMPLETED', ['  whyStopped: No funding']), 'status/why-stopped-unexpected');
    assert.equal(seen.marked, 'whyStopped');
    assert.equal(seen.severity, 'information');
  });
});
