import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { interventional, observational } from '../sampleRecords';

describe('design/phases', () => {
  for (const phases of ['[NA]', '[EARLY_PHASE1]', '[PHASE1, PHASE2]', '[PHASE2, PHASE3]', '[PHASE4]']) {
    it(`accepts ${phases}`, () => assertSilent(interventional.replace('[PHASE2]', phases), 'design/phases'));
  }
  it('rejects NA combined with a phase and offers the phase alone', () => {
    const seen = assertOne(interventional.replace('[PHASE2]', '[NA, PHASE2]'), 'design/phases');
    assert.equal(seen.marked, '[NA, PHASE2]');
    assert.match(seen.message, /`NA` means the study has no phases/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-value', valuePointer: '/designModule/phases', replacement: ['PHASE2'] });
  });
  it('rejects a combination PRS does not offer', () => {
    const seen = assertOne(interventional.replace('[PHASE2]', '[PHASE1, PHASE3]'), 'design/phases');
    assert.match(seen.message, /`PHASE1` \+ `PHASE3` is not a phase choice/);
  });
  it('asks an interventional study for phases', () => {
    const seen = assertOne(interventional.replace('  phases: [PHASE2]\n', ''), 'design/phases');
    assert.equal(seen.marked, 'designModule');
  });
  it('rejects any phase, even NA, on an observational study', () => {
    const seen = assertOne(
      observational.replace('  studyType: OBSERVATIONAL', '  studyType: OBSERVATIONAL\n  phases: [NA]'),
      'design/phases',
    );
    assert.equal(seen.marked, 'phases');
    assert.match(seen.message, /observational study has no phase/);
  });
});
