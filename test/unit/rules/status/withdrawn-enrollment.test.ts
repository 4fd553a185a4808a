import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { enrollment, status } from '../sampleRecords';

describe('status/withdrawn-enrollment', () => {
  it('is silent on a withdrawn study with actual enrollment 0', () =>
    assertSilent(status('WITHDRAWN', ['  whyStopped: No funding']) + enrollment(0, 'ACTUAL'), 'status/withdrawn-enrollment'));
  it('flags participants in a withdrawn study', () => {
    const seen = assertOne(status('WITHDRAWN', ['  whyStopped: No funding']) + enrollment(12, 'ACTUAL'), 'status/withdrawn-enrollment');
    assert.equal(seen.marked, '12');
    assert.match(seen.message, /`TERMINATED`/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-value', valuePointer: '/designModule/enrollmentInfo/count', replacement: 0 });
  });
});
