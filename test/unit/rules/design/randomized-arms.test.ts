import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, fixReplacement, yaml } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('design/randomized-arms', () => {
  it('is silent with two arms', () => assertSilent(arms, 'design/randomized-arms'));
  it('marks randomized allocation with one arm', () => {
    const text = yaml(
      'designModule:',
      '  designInfo:',
      '    allocation: RANDOMIZED',
      'armsInterventionsModule:',
      '  armGroups:',
      '    - label: Only arm',
    );
    const seen = assertOne(text, 'design/randomized-arms');
    assert.equal(seen.marked, 'RANDOMIZED');
    assert.equal(fixReplacement(seen), 'NA');
    assert.equal(findings(text, 'design/randomized-arms')[0].severity, 'warning');
  });
});
