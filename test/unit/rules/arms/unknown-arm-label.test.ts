import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('arms/unknown-arm-label', () => {
  it('is silent when every label names an arm', () => assertSilent(arms, 'arms/unknown-arm-label'));
  it('marks a near-miss label and offers the arm', () => {
    const seen = assertOne(arms.replace('armGroupLabels: [Placebo arm]', 'armGroupLabels: [Placebo  Arm]'), 'arms/unknown-arm-label');
    assert.equal(seen.marked, 'Placebo  Arm');
    assert.equal(seen.severity, 'error');
    assert.equal(seen.message, 'No arm is labelled `Placebo  Arm`. Did you mean `Placebo arm`?');
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'replace-value',
      valuePointer: '/armsInterventionsModule/interventions/1/armGroupLabels/0',
      replacement: 'Placebo arm',
    });
  });
  it('lists the arms when nothing is close', () => {
    assert.match(
      assertOne(arms.replace('[Placebo arm]', '[Control]'), 'arms/unknown-arm-label').message,
      /arms: `Aspirin arm`, `Placebo arm`/,
    );
  });
});
