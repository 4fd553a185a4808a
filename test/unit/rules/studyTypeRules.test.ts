import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from './ruleTestKit';

const interventional = yaml(
  'designModule:',
  '  studyType: INTERVENTIONAL',
  '  phases: [PHASE2]',
  '  designInfo:',
  '    allocation: RANDOMIZED',
  '    interventionModel: PARALLEL',
  '    primaryPurpose: TREATMENT',
  '    maskingInfo:',
  '      masking: NONE',
  '  enrollmentInfo:',
  '    count: 40',
  '    type: ESTIMATED',
);

const observational = yaml(
  'designModule:',
  '  studyType: OBSERVATIONAL',
  '  designInfo:',
  '    observationalModel: COHORT',
  '    timePerspective: PROSPECTIVE',
  'eligibilityModule:',
  '  sex: ALL',
  '  studyPopulation: Adults attending the clinic',
  '  samplingMethod: NON_PROBABILITY_SAMPLE',
);

describe('design/interventional-only-field', () => {
  it('is silent on an interventional design', () => assertSilent(interventional, 'design/interventional-only-field'));
  it('marks the key of an interventional field in an observational study, and arm types', () => {
    const text = observational.replace('    timePerspective: PROSPECTIVE', '    timePerspective: PROSPECTIVE\n    allocation: RANDOMIZED')
      + yaml('armsInterventionsModule:', '  armGroups:', '    - label: Cohort', '      type: EXPERIMENTAL');
    const found = findings(text, 'design/interventional-only-field');
    assert.deepEqual(found.map((seen) => seen.marked), ['allocation', 'type']);
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /interventional studies only; this is an observational study/);
    assert.deepEqual(found[0].diagnostic.fix, { kind: 'remove-property', pointer: '/designModule/designInfo/allocation' });
  });
});

describe('design/observational-only-field', () => {
  it('is silent on an observational design', () => assertSilent(observational, 'design/observational-only-field'));
  it('marks an observational field in an interventional study', () => {
    const seen = assertOne(interventional + yaml('eligibilityModule:', '  samplingMethod: PROBABILITY_SAMPLE'), 'design/observational-only-field');
    assert.equal(seen.marked, 'samplingMethod');
    assert.match(seen.message, /sampling method is for observational studies only/);
  });
});

describe('design/interventional-required', () => {
  it('is silent when primary purpose and allocation are there', () => assertSilent(interventional, 'design/interventional-required'));
  it('marks designInfo when the allocation is missing', () => {
    const seen = assertOne(interventional.replace('    allocation: RANDOMIZED\n', ''), 'design/interventional-required');
    assert.equal(seen.marked, 'designInfo');
    assert.match(seen.message, /allocation/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'insert-property', pointer: '/designModule/designInfo', property: 'allocation' });
  });
  it('marks designModule when designInfo is missing altogether', () => {
    const found = findings(yaml('designModule:', '  studyType: INTERVENTIONAL', '  phases: [NA]'), 'design/interventional-required');
    assert.deepEqual(found.map((seen) => seen.marked), ['designModule', 'designModule']);
  });
});

describe('design/interventional-expected', () => {
  it('is silent on a complete design', () => assertSilent(interventional, 'design/interventional-expected'));
  it('warns when the masking is missing', () => {
    const seen = assertOne(interventional.replace('    maskingInfo:\n      masking: NONE\n', ''), 'design/interventional-expected');
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, 'designInfo');
  });
});

describe('design/observational-required and observational-expected', () => {
  it('are silent on a complete observational design', () => {
    assertSilent(observational, 'design/observational-required');
    assertSilent(observational, 'design/observational-expected');
  });
  it('flag a missing time perspective (error) and sampling method (warning)', () => {
    const text = observational.replace('    timePerspective: PROSPECTIVE\n', '').replace('  samplingMethod: NON_PROBABILITY_SAMPLE\n', '');
    const required = assertOne(text, 'design/observational-required');
    assert.equal(required.severity, 'error');
    assert.match(required.message, /time perspective/);
    const expected = assertOne(text, 'design/observational-expected');
    assert.equal(expected.severity, 'warning');
    assert.equal(expected.marked, 'eligibilityModule');
  });
});

describe('design/phases', () => {
  for (const phases of ['[NA]', '[EARLY_PHASE1]', '[PHASE1, PHASE2]', '[PHASE2, PHASE3]', '[PHASE4]']) {
    it(`accepts ${phases}`, () => assertSilent(interventional.replace('[PHASE2]', phases), 'design/phases'));
  }
  it('rejects NA combined with a phase and offers the phase alone', () => {
    const seen = assertOne(interventional.replace('[PHASE2]', '[NA, PHASE2]'), 'design/phases');
    assert.equal(seen.marked, '[NA, PHASE2]');
    assert.match(seen.message, /`NA` means the study has no phases/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-value', pointer: '/designModule/phases', replacement: ['PHASE2'] });
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
    const seen = assertOne(observational.replace('  studyType: OBSERVATIONAL', '  studyType: OBSERVATIONAL\n  phases: [NA]'), 'design/phases');
    assert.equal(seen.marked, 'phases');
    assert.match(seen.message, /observational study has no phase/);
  });
});

describe('design/biospec-description', () => {
  it('is silent when retained samples are described', () => {
    assertSilent(yaml('designModule:', '  studyType: OBSERVATIONAL', '  bioSpec:', '    retention: SAMPLES_WITH_DNA', '    description: Whole blood'), 'design/biospec-description');
  });
  it('asks for a description of retained samples', () => {
    const text = yaml('designModule:', '  studyType: OBSERVATIONAL', '  bioSpec:', '    retention: SAMPLES_WITHOUT_DNA');
    const seen = assertOne(text, 'design/biospec-description');
    assert.equal(seen.marked, 'retention');
  });
  it('flags a description when nothing is retained', () => {
    const text = yaml('designModule:', '  studyType: OBSERVATIONAL', '  bioSpec:', '    retention: NONE_RETAINED', '    description: Serum');
    assert.equal(assertOne(text, 'design/biospec-description').marked, 'description');
  });
});

describe('design/target-duration', () => {
  it('is silent for a registry with a duration', () => {
    assertSilent(yaml('designModule:', '  studyType: OBSERVATIONAL', '  patientRegistry: true', '  targetDuration: 5 Years'), 'design/target-duration');
  });
  it('flags a duration on a study that is not a registry', () => {
    const seen = assertOne(yaml('designModule:', '  studyType: OBSERVATIONAL', '  patientRegistry: false', '  targetDuration: 5 Years'), 'design/target-duration');
    assert.equal(seen.marked, 'targetDuration');
  });
  it('asks a registry for its duration', () => {
    assert.equal(assertOne(yaml('designModule:', '  studyType: OBSERVATIONAL', '  patientRegistry: true'), 'design/target-duration').marked, 'patientRegistry');
  });
});
