import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('design/single-group-arms', () => {
  it('is silent on a parallel design', () => assertSilent(arms, 'design/single-group-arms'));
  it('notes a single-group design with two arms', () => {
    const seen = assertOne(arms.replace('interventionModel: PARALLEL', 'interventionModel: SINGLE_GROUP'), 'design/single-group-arms');
    assert.equal(seen.marked, 'SINGLE_GROUP');
    assert.equal(seen.severity, 'information');
  });
});
