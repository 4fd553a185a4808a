import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('arms/duplicate-label', () => {
  it('is silent on distinct labels', () => assertSilent(arms, 'arms/duplicate-label'));
  it('marks the second arm with the same label', () => {
    const seen = assertOne(arms.replace('- label: Placebo arm', '- label: aspirin ARM'), 'arms/duplicate-label');
    assert.equal(seen.marked, 'aspirin ARM');
  });
});
