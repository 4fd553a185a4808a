import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

describe('ipd/fields-without-sharing', () => {
  it('is silent on details of a YES plan', () => {
    assertSilent(
      yaml(
        'ipdSharingStatementModule:',
        '  ipdSharing: YES',
        '  description: All IPD',
        '  infoTypes: [STUDY_PROTOCOL]',
        '  url: https://example.org',
      ),
      'ipd/fields-without-sharing',
    );
  });
  it('marks details of a plan that shares nothing', () => {
    const found = findings(
      yaml('ipdSharingStatementModule:', '  ipdSharing: NO', '  description: Not planned', '  timeFrame: After publication'),
      'ipd/fields-without-sharing',
    );
    assert.deepEqual(
      found.map((seen) => seen.marked),
      ['timeFrame'],
    );
  });
  it('marks a description without an answer', () => {
    assert.equal(assertOne(yaml('ipdSharingStatementModule:', '  description: Maybe'), 'ipd/fields-without-sharing').marked, 'description');
  });
});
