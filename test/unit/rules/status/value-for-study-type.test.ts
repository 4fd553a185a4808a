import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { enrollment, status } from '../sampleRecords';

describe('status/value-for-study-type', () => {
  it('is silent on a recruiting interventional study', () =>
    assertSilent(status('RECRUITING') + enrollment(10, 'ESTIMATED'), 'status/value-for-study-type'));
  it('flags an availability status on an interventional study', () => {
    const seen = assertOne(status('AVAILABLE') + enrollment(10, 'ESTIMATED'), 'status/value-for-study-type');
    assert.equal(seen.marked, 'AVAILABLE');
  });
  it('flags a recruitment status on an expanded-access record', () => {
    assertOne(status('RECRUITING') + yaml('designModule:', '  studyType: EXPANDED_ACCESS'), 'status/value-for-study-type');
  });
});
