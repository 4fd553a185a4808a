import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, assertFixed, changedLines, lines } from './fixTestKit';

describe('near-miss key → rename', () => {
  it('renames the key only (YAML and JSON)', () => {
    const record = lines('identificationModule:', '  orgStudyIdInfo:', '    id: X-1', '  breifTitle: A study   # title', '  organization:', '    fullName: Org');
    const applied = applyFix(record, 'schema/unknown-property', 'breifTitle');
    assert.equal(applied.title, 'Rename `breifTitle` to `briefTitle`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  breifTitle: A study   # title', '+  briefTitle: A study   # title']);
    assertFixed(applied);
    assert.equal(applied.remaining.filter((d) => d.code === 'schema/required' && d.pointer === '/identificationModule').length, 0, 'briefTitle is no longer missing');
    const json = '{\n  "identificationModule": {\n    "breifTitle": "A study"\n  }\n}\n';
    const fromJson = applyFix(json, 'schema/unknown-property', '"breifTitle"', 'json');
    assert.deepEqual(changedLines(fromJson.before, fromJson.after), ['-    "breifTitle": "A study"', '+    "briefTitle": "A study"']);
  });
});

describe('missing required field → inserted with a placeholder', () => {
  it('goes after the field that precedes it in schema order, at the siblings\' indentation', () => {
    const record = lines('identificationModule:', '  orgStudyIdInfo:   # ids', '    id: X-1', '  officialTitle: A Study', '  organization:', '    fullName: Org');
    const applied = applyFix(record, 'schema/required', { pointer: '/identificationModule' });
    assert.equal(applied.title, 'Add `briefTitle`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+  briefTitle: ""']);
    assert.ok(applied.after.indexOf('briefTitle') > applied.after.indexOf('id: X-1') && applied.after.indexOf('briefTitle') < applied.after.indexOf('officialTitle'));
    assertFixed(applied);
    assert.ok(applied.remaining.some((d) => d.code === 'schema/empty' && d.pointer === '/identificationModule/briefTitle'), 'the empty placeholder still asks for a title');
  });

  it('goes first in a list item, behind the dash', () => {
    const record = lines('armsInterventionsModule:', '  armGroups:', '    - type: NO_INTERVENTION   # wait-list', '      description: Waits');
    const applied = applyFix(record, 'schema/required', 'type');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-    - type: NO_INTERVENTION   # wait-list',
      '+    - label: ""',
      '+      type: NO_INTERVENTION   # wait-list',
    ]);
    assertFixed(applied);
  });

  it('inserts a required group with its own required fields, and into JSON objects', () => {
    const json = '{\n    "identificationModule": {\n        "briefTitle": "A study",\n        "organization": {\n            "fullName": "Org"\n        }\n    }\n}\n';
    const applied = applyFix(json, 'schema/required', { pointer: '/identificationModule' }, 'json');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+        "orgStudyIdInfo": {', '+            "id": ""', '+        },']);
    assertFixed(applied);
  });

  it('inserts a missing field a rule asks for (whyStopped) after the status', () => {
    const record = lines('statusModule:', '  statusVerifiedDate: 2025-05', '  overallStatus: TERMINATED', '  startDateStruct:', '    date: 2024-01', '    type: ACTUAL');
    const applied = applyFix(record, 'status/why-stopped', 'TERMINATED');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+  whyStopped: ""']);
    assert.ok(applied.after.indexOf('whyStopped') > applied.after.indexOf('overallStatus'));
  });

  it('inserts every field a rule lists, in schema order', () => {
    const record = lines('sponsorCollaboratorsModule:', '  responsibleParty:', '    type: PRINCIPAL_INVESTIGATOR', '  leadSponsor:', '    name: Org');
    const applied = applyFix(record, 'sponsor/responsible-party-investigator', undefined);
    assert.equal(applied.title, 'Add `investigatorFullName`, `investigatorTitle`, `investigatorAffiliation`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+    investigatorFullName: ""', '+    investigatorTitle: ""', '+    investigatorAffiliation: ""']);
  });

  it('fills an empty group and writes the value a rule supplies', () => {
    const record = lines(
      'armsInterventionsModule:',
      '  armGroups:',
      '    - label: Only arm',
      '      type: EXPERIMENTAL',
      '  interventions:',
      '    - type: DRUG',
      '      name: A',
    );
    const applied = applyFix(record, 'arms/unused-intervention', undefined);
    assert.deepEqual(changedLines(applied.before, applied.after), ['+      armGroupLabels:', '+        - Only arm']);
    assertFixed(applied);
  });
});

describe('field that does not belong → removed', () => {
  it('removes whyStopped from a completed study with its comment line, keeping comments above', () => {
    const record = lines('statusModule:', '  overallStatus: COMPLETED', '  # kept', '  whyStopped: Funding   # gone', '  startDateStruct:', '    date: 2024-01', '    type: ACTUAL');
    const applied = applyFix(record, 'status/why-stopped-unexpected', undefined);
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  whyStopped: Funding   # gone']);
    assertFixed(applied);
  });
});

describe('missing cross-reference → list entry added', () => {
  it('appends the intervention to the arm\'s interventionNames', () => {
    const record = lines(
      'armsInterventionsModule:',
      '  armGroups:',
      '    - label: Arm A',
      '      type: EXPERIMENTAL',
      '      interventionNames:',
      '        - "Drug: A"   # first',
      '    - label: Arm B',
      '      type: EXPERIMENTAL',
      '      interventionNames:',
      '        - "Drug: A"',
      '  interventions:',
      '    - type: DRUG',
      '      name: A',
      '      armGroupLabels: [Arm A, Arm B]',
      '    - type: DRUG',
      '      name: B',
      '      armGroupLabels: [Arm A]',
    );
    const applied = applyFix(record, 'arms/cross-reference-mismatch', 'Arm A');
    assert.equal(applied.title, 'Add `Drug: B` to `interventionNames`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+        - "Drug: B"']);
    assertFixed(applied);
  });
});
