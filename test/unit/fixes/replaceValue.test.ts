import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, assertFixed, changedLines, lines } from './fixTestKit';

const STATUS = lines(
  '# A record',
  'statusModule:',
  '  statusVerifiedDate: 2025-05',
  '  overallStatus: Recruiting       # legacy label',
  '  startDateStruct:',
  '    date: 2025-01',
  '    type: ACTUAL',
);

describe('enum value → API value', () => {
  it('rewrites a legacy label, keeping the comment at its column', () => {
    const applied = applyFix(STATUS, 'schema/enum', 'Recruiting');
    assert.equal(applied.title, 'Change `overallStatus` to `RECRUITING`');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-  overallStatus: Recruiting       # legacy label',
      '+  overallStatus: RECRUITING       # legacy label',
    ]);
    assertFixed(applied);
  });

  it('rewrites a wrong-case label and keeps double quotes', () => {
    const applied = applyFix(STATUS.replace('Recruiting ', '"Not yet recruiting"'), 'schema/enum', '"Not yet recruiting"');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-  overallStatus: "Not yet recruiting"      # legacy label',
      '+  overallStatus: "NOT_YET_RECRUITING"      # legacy label',
    ]);
    assertFixed(applied);
  });

  it('rewrites `Phase 2` and `N/A` list items', () => {
    const record = lines('designModule:', '  studyType: INTERVENTIONAL', '  phases:', "    - 'Phase 2'", '  # phases above');
    const applied = applyFix(record, 'schema/enum', "'Phase 2'");
    assert.deepEqual(changedLines(applied.before, applied.after), ["-    - 'Phase 2'", "+    - 'PHASE2'"]);
    assertFixed(applied);
    const na = applyFix(lines('designModule:', '  studyType: INTERVENTIONAL', '  phases: [N/A]'), 'schema/enum', 'N/A');
    assert.deepEqual(changedLines(na.before, na.after), ['-  phases: [N/A]', '+  phases: [NA]']);
  });

  it('rewrites a JSON value in place', () => {
    const json = '{\n  "statusModule": {\n    "overallStatus": "Recruiting", // legacy\n    "statusVerifiedDate": "2025-05"\n  }\n}\n';
    const applied = applyFix(json, 'schema/enum', '"Recruiting"', 'json');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-    "overallStatus": "Recruiting", // legacy',
      '+    "overallStatus": "RECRUITING", // legacy',
    ]);
    assertFixed(applied);
  });

  it('reads a quoted number and a yes/no word as the type the field wants', () => {
    const applied = applyFix(lines('designModule:', '  enrollmentInfo:', '    count: "40"', '    type: ESTIMATED'), 'schema/type', '"40"');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-    count: "40"', '+    count: 40']);
    assertFixed(applied);
    const yes = applyFix(lines('eligibilityModule:', '  healthyVolunteers: "yes"', '  sex: ALL'), 'schema/type', '"yes"');
    assert.deepEqual(changedLines(yes.before, yes.after), ['-  healthyVolunteers: "yes"', '+  healthyVolunteers: true']);
  });
});

describe('masking level ↔ masked roles', () => {
  const record = lines(
    'designModule:',
    '  studyType: INTERVENTIONAL',
    '  designInfo:',
    '    maskingInfo:',
    '      masking: DOUBLE   # two?',
    '      whoMasked:',
    '        - PARTICIPANT',
  );

  it('sets the level that matches the listed roles', () => {
    const applied = applyFix(record, 'design/masking-who-masked', 'DOUBLE');
    assert.equal(applied.title, 'Change `masking` to `SINGLE`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-      masking: DOUBLE   # two?', '+      masking: SINGLE   # two?']);
    assertFixed(applied);
  });
});

describe('armGroupLabels entry → the arm label', () => {
  const record = lines(
    'armsInterventionsModule:',
    '  armGroups:',
    '    - label: Aerobic exercise',
    '      type: EXPERIMENTAL',
    '      interventionNames: ["Behavioral: Walking"]',
    '    - label: Usual care',
    '      type: NO_INTERVENTION',
    '  interventions:',
    '    - type: BEHAVIORAL',
    '      name: Walking',
    '      armGroupLabels:',
    '        - aerobic excercise   # typo',
  );

  it('replaces a near-miss with the arm label', () => {
    const applied = applyFix(record, 'arms/unknown-arm-label', 'aerobic excercise');
    assert.equal(applied.title, 'Change to `Aerobic exercise`');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-        - aerobic excercise   # typo',
      '+        - Aerobic exercise    # typo',
    ]);
    assertFixed(applied);
  });

  it('suggests the only arm that shares a distinctive word, but never one the intervention already lists', () => {
    const exerciseArm = record.replace('aerobic excercise', 'Exercise arm');
    assert.equal(applyFix(exerciseArm, 'arms/unknown-arm-label', 'Exercise arm').after.includes('- Aerobic exercise'), true);
    const alreadyListed = exerciseArm.replace('      armGroupLabels:\n', '      armGroupLabels:\n        - Aerobic exercise\n');
    assert.throws(() => applyFix(alreadyListed, 'arms/unknown-arm-label', 'Exercise arm'), /has no quick fix/);
  });
});
