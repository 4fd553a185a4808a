import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('design/target-duration', () => {
  it('is silent for a registry with a duration', () => {
    assertSilent(
      yaml('designModule:', '  studyType: OBSERVATIONAL', '  patientRegistry: true', '  targetDuration: 5 Years'),
      'design/target-duration',
    );
  });
  it('flags a duration on a study that is not a registry', () => {
    const seen = assertOne(
      yaml('designModule:', '  studyType: OBSERVATIONAL', '  patientRegistry: false', '  targetDuration: 5 Years'),
      'design/target-duration',
    );
    assert.equal(seen.marked, 'targetDuration');
  });
  it('asks a registry for its duration', () => {
    assert.equal(
      assertOne(yaml('designModule:', '  studyType: OBSERVATIONAL', '  patientRegistry: true'), 'design/target-duration').marked,
      'patientRegistry',
    );
  });
});
