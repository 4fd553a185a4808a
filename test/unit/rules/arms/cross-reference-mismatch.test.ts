import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('arms/cross-reference-mismatch', () => {
  it('is silent when both sides agree, or only one side is written', () => {
    assertSilent(arms, 'arms/cross-reference-mismatch');
    assertSilent(arms.replace(/ {6}interventionNames: .*\n/g, ''), 'arms/cross-reference-mismatch');
  });
  it('marks a link written on one side only and offers to add the other', () => {
    const seen = assertOne(
      arms.replace('armGroupLabels: [Aspirin arm]', 'armGroupLabels: [Aspirin arm, Placebo arm]'),
      'arms/cross-reference-mismatch',
    );
    assert.equal(seen.marked, 'Placebo arm');
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'add-array-item',
      listPointer: '/armsInterventionsModule/armGroups/1/interventionNames',
      value: 'Drug: Aspirin',
    });
  });
});
