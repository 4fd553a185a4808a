import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('ipd/description-expected', () => {
  it('is silent when a YES plan is described', () =>
    assertSilent(yaml('ipdSharingStatementModule:', '  ipdSharing: YES', '  description: All IPD'), 'ipd/description-expected'));
  it('notes a YES plan without a description', () => {
    const seen = assertOne(yaml('ipdSharingStatementModule:', '  ipdSharing: YES'), 'ipd/description-expected');
    assert.equal(seen.marked, 'YES');
    assert.equal(seen.severity, 'information');
  });
});
