import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { combineFixes } from '../../../server/src/service/fixes/fixAll';
import { quickFixFor } from '../../../server/src/service/fixes/quickFixes';
import { applyEdits } from '../../../server/src/service/fixes/textEdit';
import { analyze, applyFix, assertFixed, changedLines, lines } from './fixTestKit';

describe('near-miss key → rename', () => {
  it('renames the key only (YAML and JSON)', () => {
    const record = lines(
      'identificationModule:',
      '  orgStudyIdInfo:',
      '    id: X-1',
      '  breifTitle: A study   # title',
      '  organization:',
      '    fullName: Org',
    );
    const applied = applyFix(record, 'schema/unknown-property', 'breifTitle');
    assert.equal(applied.title, 'Rename `breifTitle` to `briefTitle`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  breifTitle: A study   # title', '+  briefTitle: A study   # title']);
    assertFixed(applied);
    assert.equal(
      applied.remaining.filter((d) => d.code === 'schema/required' && d.pointer === '/identificationModule').length,
      0,
      'briefTitle is no longer missing',
    );
    const json = '{\n  "identificationModule": {\n    "breifTitle": "A study"\n  }\n}\n';
    const fromJson = applyFix(json, 'schema/unknown-property', '"breifTitle"', 'json');
    assert.deepEqual(changedLines(fromJson.before, fromJson.after), ['-    "breifTitle": "A study"', '+    "briefTitle": "A study"']);
  });
});

describe('missing required field → inserted with a placeholder', () => {
  it("goes after the field that precedes it in schema order, at the siblings' indentation", () => {
    const record = lines(
      'identificationModule:',
      '  orgStudyIdInfo:   # ids',
      '    id: X-1',
      '  organization:',
      '    fullName: Org',
      '  officialTitle: A Study',
    );
    const applied = applyFix(record, 'schema/required', { pointer: '/identificationModule' });
    assert.equal(applied.title, 'Add `briefTitle`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+  briefTitle: ""']);
    assert.ok(
      applied.after.indexOf('briefTitle') > applied.after.indexOf('fullName: Org') &&
        applied.after.indexOf('briefTitle') < applied.after.indexOf('officialTitle'),
    );
    assertFixed(applied);
    assert.ok(
      applied.remaining.some((d) => d.code === 'schema/empty' && d.pointer === '/identificationModule/briefTitle'),
      'the empty placeholder still asks for a title',
    );
  });

  it('goes first in a list item, behind the dash', () => {
    const record = lines(
      'armsInterventionsModule:',
      '  armGroups:',
      '    - type: NO_INTERVENTION   # wait-list',
      '      description: Waits',
    );
    const applied = applyFix(record, 'schema/required', 'type');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-    - type: NO_INTERVENTION   # wait-list',
      '+    - label: ""',
      '+      type: NO_INTERVENTION   # wait-list',
    ]);
    assertFixed(applied);
  });

  it('inserts a required group with its own required fields, and into JSON objects', () => {
    const json =
      '{\n    "identificationModule": {\n        "briefTitle": "A study",\n        "organization": {\n            "fullName": "Org"\n        }\n    }\n}\n';
    const applied = applyFix(json, 'schema/required', { pointer: '/identificationModule' }, 'json');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+        "orgStudyIdInfo": {', '+            "id": ""', '+        },']);
    assertFixed(applied);
  });

  it('inserts a missing field a rule asks for (whyStopped) after the status', () => {
    const record = lines(
      'statusModule:',
      '  statusVerifiedDate: 2025-05',
      '  overallStatus: TERMINATED',
      '  startDateStruct:',
      '    date: 2024-01',
      '    type: ACTUAL',
    );
    const applied = applyFix(record, 'status/why-stopped', 'TERMINATED');
    assert.deepEqual(changedLines(applied.before, applied.after), ['+  whyStopped: ""']);
    assert.ok(applied.after.indexOf('whyStopped') > applied.after.indexOf('overallStatus'));
  });

  it('inserts every field a rule lists, in schema order', () => {
    const record = lines(
      'sponsorCollaboratorsModule:',
      '  responsibleParty:',
      '    type: PRINCIPAL_INVESTIGATOR',
      '  leadSponsor:',
      '    name: Org',
    );
    const applied = applyFix(record, 'sponsor/responsible-party-investigator', undefined);
    assert.equal(applied.title, 'Add `investigatorFullName`, `investigatorTitle`, `investigatorAffiliation`');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '+    investigatorFullName: ""',
      '+    investigatorTitle: ""',
      '+    investigatorAffiliation: ""',
    ]);
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
    const record = lines(
      'statusModule:',
      '  overallStatus: COMPLETED',
      '  # kept',
      '  whyStopped: Funding   # gone',
      '  startDateStruct:',
      '    date: 2024-01',
      '    type: ACTUAL',
    );
    const applied = applyFix(record, 'status/why-stopped-unexpected', undefined);
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  whyStopped: Funding   # gone']);
    assertFixed(applied);
  });
});

describe('missing cross-reference → list entry added', () => {
  it("appends the intervention to the arm's interventionNames", () => {
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

describe('a field that is present but empty → filled in, never written twice', () => {
  it('writes the value after `allocation: null` instead of adding a second `allocation`', () => {
    const record = lines(
      'designModule:',
      '  studyType: INTERVENTIONAL',
      '  phases: [PHASE2]',
      '  designInfo:',
      '    allocation: null',
      '    interventionModel: PARALLEL',
      '    primaryPurpose: TREATMENT',
    );
    const applied = applyFix(record, 'design/interventional-required', 'designInfo');
    assert.equal(applied.title, 'Fill in `allocation`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-    allocation: null', '+    allocation: ""']);
  });
});

describe('"Add" steps aside for a rename to the same key', () => {
  it('offers no "Add `briefTitle`" while `breifTitle` can be renamed', () => {
    const record = lines(
      'identificationModule:',
      '  orgStudyIdInfo:',
      '    id: X-1',
      '  breifTitle: A study',
      '  organization:',
      '    fullName: Org',
    );
    const { document, diagnostics } = analyze(record);
    const titles = diagnostics.map((d) => quickFixFor(document, d, diagnostics)?.title).filter((title) => title !== undefined);
    assert.ok(titles.includes('Rename `breifTitle` to `briefTitle`'), titles.join('\n'));
    assert.ok(!titles.some((title) => title.startsWith('Add') && title.includes('`briefTitle`')), titles.join('\n'));
    const all = applyEdits(record, combineFixes(document, diagnostics).edits);
    assert.equal(all.match(/briefTitle:/g)?.length, 1, all);
  });
});

describe('a text too broken to place a field in → no fix', () => {
  it('adds nothing inside an unclosed `{`', () => {
    const record = `{${lines('identificationModule:', '  briefTitle: A study')}`;
    const { document, diagnostics } = analyze(record);
    for (const diagnostic of diagnostics) {
      for (const edit of quickFixFor(document, diagnostic)?.edits ?? []) {
        assert.ok(edit.range.start >= 0 && edit.range.end <= record.length, `${diagnostic.code}: ${JSON.stringify(edit)}`);
      }
    }
  });
});

describe('repeated list item → removed', () => {
  it("removes the repeated phase with its line, keeping the first item's comment", () => {
    const record = lines(
      'designModule:',
      '  studyType: INTERVENTIONAL',
      '  phases:',
      '    - NA   # no phases',
      '    - NA   # again',
      '  designInfo:',
      '    allocation: NA',
    );
    const applied = applyFix(record, 'design/phases', undefined);
    assert.equal(applied.title, 'Remove `NA` from `phases`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-    - NA   # again']);
    assertFixed(applied);
  });

  it('removes an item and one separator in flow YAML and JSON', () => {
    const flow = lines('designModule:', '  studyType: INTERVENTIONAL', '  phases: [PHASE2, PHASE2]   # both');
    assert.deepEqual(changedLines(flow, applyFix(flow, 'design/phases', undefined).after), [
      '-  phases: [PHASE2, PHASE2]   # both',
      '+  phases: [PHASE2]   # both',
    ]);
    const json = '{ "designModule": { "studyType": "INTERVENTIONAL", "phases": ["PHASE3", "PHASE3"] } }\n';
    assert.equal(
      applyFix(json, 'design/phases', undefined, 'json').after,
      '{ "designModule": { "studyType": "INTERVENTIONAL", "phases": ["PHASE3"] } }\n',
    );
  });
});
