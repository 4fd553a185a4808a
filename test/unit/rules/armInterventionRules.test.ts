import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from './ruleTestKit';

const arms = yaml(
  'designModule:',
  '  studyType: INTERVENTIONAL',
  '  designInfo:',
  '    allocation: RANDOMIZED',
  '    interventionModel: PARALLEL',
  'armsInterventionsModule:',
  '  armGroups:',
  '    - label: Aspirin arm',
  '      type: EXPERIMENTAL',
  '      interventionNames: ["Drug: Aspirin"]',
  '    - label: Placebo arm',
  '      type: PLACEBO_COMPARATOR',
  '      interventionNames: ["Drug: Placebo"]',
  '  interventions:',
  '    - type: DRUG',
  '      name: Aspirin',
  '      armGroupLabels: [Aspirin arm]',
  '    - type: DRUG',
  '      name: Placebo',
  '      armGroupLabels: [Placebo arm]',
);

describe('arms/unknown-arm-label', () => {
  it('is silent when every label names an arm', () => assertSilent(arms, 'arms/unknown-arm-label'));
  it('marks a near-miss label and offers the arm', () => {
    const seen = assertOne(arms.replace('armGroupLabels: [Placebo arm]', 'armGroupLabels: [Placebo  Arm]'), 'arms/unknown-arm-label');
    assert.equal(seen.marked, 'Placebo  Arm');
    assert.equal(seen.severity, 'error');
    assert.equal(seen.message, 'No arm is labelled `Placebo  Arm`. Did you mean `Placebo arm`?');
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-value', pointer: '/armsInterventionsModule/interventions/1/armGroupLabels/0', replacement: 'Placebo arm' });
  });
  it('lists the arms when nothing is close', () => {
    assert.match(assertOne(arms.replace('[Placebo arm]', '[Control]'), 'arms/unknown-arm-label').message, /arms: `Aspirin arm`, `Placebo arm`/);
  });
});

describe('arms/unknown-intervention-name', () => {
  it('is silent on `Type: Name` entries', () => assertSilent(arms, 'arms/unknown-intervention-name'));
  it('asks for the type prefix', () => {
    const seen = assertOne(arms.replace('["Drug: Placebo"]', '[Placebo]'), 'arms/unknown-intervention-name');
    assert.equal(seen.marked, 'Placebo');
    assert.match(seen.message, /write `Drug: Placebo`/);
    assert.equal(seen.diagnostic.fix?.replacement, 'Drug: Placebo');
  });
  it('suggests the closest intervention for a typo', () => {
    assert.match(assertOne(arms.replace('"Drug: Aspirin"', '"Drug: Asprin"'), 'arms/unknown-intervention-name').message, /Did you mean `Drug: Aspirin`/);
  });
  it('uses the display label of two-word types', () => {
    const text = arms.replace('["Drug: Placebo"]', '["Dietary Supplement: Placebo"]').replace('    - type: DRUG\n      name: Placebo', '    - type: DIETARY_SUPPLEMENT\n      name: Placebo');
    assertSilent(text, 'arms/unknown-intervention-name');
  });
});

describe('arms/duplicate-label', () => {
  it('is silent on distinct labels', () => assertSilent(arms, 'arms/duplicate-label'));
  it('marks the second arm with the same label', () => {
    const seen = assertOne(arms.replace('- label: Placebo arm', '- label: aspirin ARM'), 'arms/duplicate-label');
    assert.equal(seen.marked, 'aspirin ARM');
  });
});

describe('arms/duplicate-intervention', () => {
  it('is silent on distinct interventions', () => assertSilent(arms, 'arms/duplicate-intervention'));
  it('notes two interventions with the same type and name', () => {
    const seen = assertOne(arms.replace('      name: Placebo', '      name: Aspirin'), 'arms/duplicate-intervention');
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, 'Aspirin');
  });
});

describe('arms/unused-intervention', () => {
  it('is silent when every intervention has an arm', () => assertSilent(arms, 'arms/unused-intervention'));
  it('marks an intervention no arm receives', () => {
    const text = arms + yaml('    - type: BEHAVIORAL', '      name: Diet advice');
    const seen = assertOne(text, 'arms/unused-intervention');
    assert.equal(seen.marked, 'Diet advice');
    assert.match(seen.message, /No arm receives `Behavioral: Diet advice`/);
  });
  it('does not check studies without arms', () => {
    assertSilent(yaml('armsInterventionsModule:', '  interventions:', '    - type: OTHER', '      name: Questionnaire'), 'arms/unused-intervention');
  });
});

describe('arms/arm-without-intervention', () => {
  it('is silent when no-intervention arms have none', () => {
    assertSilent(arms, 'arms/arm-without-intervention');
    const text = arms.replace('    - label: Placebo arm\n      type: PLACEBO_COMPARATOR\n      interventionNames: ["Drug: Placebo"]', '    - label: Usual care\n      type: NO_INTERVENTION')
      .replace('    - type: DRUG\n      name: Placebo\n      armGroupLabels: [Placebo arm]\n', '');
    assertSilent(text, 'arms/arm-without-intervention');
  });
  it('marks an arm that receives nothing', () => {
    const text = arms.replace('      interventionNames: ["Drug: Placebo"]\n', '').replace('armGroupLabels: [Placebo arm]', 'armGroupLabels: [Aspirin arm]');
    const seen = assertOne(text, 'arms/arm-without-intervention');
    assert.equal(seen.marked, 'Placebo arm');
  });
});

describe('arms/cross-reference-mismatch', () => {
  it('is silent when both sides agree, or only one side is written', () => {
    assertSilent(arms, 'arms/cross-reference-mismatch');
    assertSilent(arms.replace(/ {6}interventionNames: .*\n/g, ''), 'arms/cross-reference-mismatch');
  });
  it('marks a link written on one side only and offers to add the other', () => {
    const seen = assertOne(arms.replace('armGroupLabels: [Aspirin arm]', 'armGroupLabels: [Aspirin arm, Placebo arm]'), 'arms/cross-reference-mismatch');
    assert.equal(seen.marked, 'Placebo arm');
    assert.deepEqual(seen.diagnostic.fix, { kind: 'add-array-item', pointer: '/armsInterventionsModule/armGroups/1/interventionNames', value: 'Drug: Aspirin' });
  });
});

describe('design/single-group-arms', () => {
  it('is silent on a parallel design', () => assertSilent(arms, 'design/single-group-arms'));
  it('notes a single-group design with two arms', () => {
    const seen = assertOne(arms.replace('interventionModel: PARALLEL', 'interventionModel: SINGLE_GROUP'), 'design/single-group-arms');
    assert.equal(seen.marked, 'SINGLE_GROUP');
    assert.equal(seen.severity, 'information');
  });
});

describe('design/randomized-arms', () => {
  it('is silent with two arms', () => assertSilent(arms, 'design/randomized-arms'));
  it('marks randomized allocation with one arm', () => {
    const text = yaml('designModule:', '  designInfo:', '    allocation: RANDOMIZED', 'armsInterventionsModule:', '  armGroups:', '    - label: Only arm');
    const seen = assertOne(text, 'design/randomized-arms');
    assert.equal(seen.marked, 'RANDOMIZED');
    assert.equal(seen.diagnostic.fix?.replacement, 'NA');
    assert.equal(findings(text, 'design/randomized-arms')[0].severity, 'warning');
  });
});
