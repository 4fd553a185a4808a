import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('arms/duplicate-intervention', () => {
  it('is silent on distinct interventions', () => assertSilent(arms, 'arms/duplicate-intervention'));
  it('notes two interventions with the same type and name', () => {
    const seen = assertOne(arms.replace('      name: Placebo', '      name: Aspirin'), 'arms/duplicate-intervention');
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, 'Aspirin');
  });
});
