import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('status/why-stopped', () => {
  it('is silent when a terminated study says why', () =>
    assertSilent(status('TERMINATED', ['  whyStopped: Sponsor decision']), 'status/why-stopped'));
  it('marks the status of a terminated study without a reason', () => {
    const seen = assertOne(status('TERMINATED'), 'status/why-stopped');
    assert.equal(seen.marked, 'TERMINATED');
    assert.equal(seen.severity, 'warning');
    assert.match(seen.message, /add `whyStopped`/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'insert-property', parentPointer: '/statusModule', properties: ['whyStopped'] });
  });
});
