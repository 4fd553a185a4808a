import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('arms/arm-without-intervention', () => {
  it('is silent when no-intervention arms have none', () => {
    assertSilent(arms, 'arms/arm-without-intervention');
    const text = arms
      .replace(
        '    - label: Placebo arm\n      type: PLACEBO_COMPARATOR\n      interventionNames: ["Drug: Placebo"]',
        '    - label: Usual care\n      type: NO_INTERVENTION',
      )
      .replace('    - type: DRUG\n      name: Placebo\n      armGroupLabels: [Placebo arm]\n', '');
    assertSilent(text, 'arms/arm-without-intervention');
  });
  it('marks an arm that receives nothing', () => {
    const text = arms
      .replace('      interventionNames: ["Drug: Placebo"]\n', '')
      .replace('armGroupLabels: [Placebo arm]', 'armGroupLabels: [Aspirin arm]');
    const seen = assertOne(text, 'arms/arm-without-intervention');
    assert.equal(seen.marked, 'Placebo arm');
  });
});
