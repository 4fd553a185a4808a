import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitEnumValues } from '../../../server/src/service/fixes/enumListSplit';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { applyFix, assertFixed, changedLines, lines } from './fixTestKit';

describe('`Phase 1/Phase 2` as one value → two phases', () => {
  it('reads the usual ways of writing two phases, and nothing that is not all phases', () => {
    const phases = recordSchema().enumOptions(recordSchema().nodeAt(['designModule', 'phases']));
    assert.deepEqual(splitEnumValues('Phase 1/Phase 2', phases), ['PHASE1', 'PHASE2']);
    assert.deepEqual(splitEnumValues('Phase 2/3', phases), ['PHASE2', 'PHASE3']);
    assert.deepEqual(splitEnumValues('PHASE1, PHASE2', phases), ['PHASE1', 'PHASE2']);
    assert.equal(splitEnumValues('Phase 2', phases), undefined);
    assert.equal(splitEnumValues('Phase 2/pilot', phases), undefined);
    const statuses = recordSchema().enumOptions(recordSchema().nodeAt(['statusModule', 'overallStatus']));
    assert.equal(splitEnumValues('Active, not recruiting', statuses), undefined, 'a label with a comma is one value');
  });

  it('splits a block-list item into two items at the same indentation', () => {
    const record = lines(
      'designModule:',
      '  studyType: INTERVENTIONAL',
      '  phases:',
      '    - Phase 1/Phase 2   # combined',
      '  designInfo:',
      '    allocation: RANDOMIZED',
    );
    const applied = applyFix(record, 'schema/enum', 'Phase 1/Phase 2');
    assert.equal(applied.title, 'Split into `PHASE1` and `PHASE2`');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-    - Phase 1/Phase 2   # combined',
      '+    - PHASE1            # combined',
      '+    - PHASE2',
    ]);
    assertFixed(applied);
    assert.equal(applied.remaining.filter((d) => d.code.startsWith('design/phase')).length, 0, 'PHASE1 + PHASE2 is an allowed combination');
  });

  it('splits `Phase 2/3` instead of suggesting the near-miss `PHASE2`', () => {
    const applied = applyFix(
      lines('designModule:', '  studyType: INTERVENTIONAL', '  phases:', '    - Phase 2/3'),
      'schema/enum',
      'Phase 2/3',
    );
    assert.match(applied.diagnostic.message, /`Phase 2\/3` is not a valid phase: list each value separately \(`PHASE2`, `PHASE3`\)\./);
    assert.deepEqual(changedLines(applied.before, applied.after), ['-    - Phase 2/3', '+    - PHASE2', '+    - PHASE3']);
    const scalar = applyFix(lines('designModule:', '  studyType: INTERVENTIONAL', '  phases: Phase 2/3'), 'schema/type', 'Phase 2/3');
    assert.deepEqual(changedLines(scalar.before, scalar.after), ['-  phases: Phase 2/3', '+  phases:', '+    - PHASE2', '+    - PHASE3']);
  });

  it('turns a single value under `phases:` into a block list', () => {
    const record = lines(
      'designModule:',
      '  studyType: INTERVENTIONAL',
      '  phases: Phase 1/Phase 2',
      '  designInfo:',
      '    allocation: RANDOMIZED',
    );
    const applied = applyFix(record, 'schema/type', 'Phase 1/Phase 2');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-  phases: Phase 1/Phase 2',
      '+  phases:',
      '+    - PHASE1',
      '+    - PHASE2',
    ]);
    assertFixed(applied);
  });

  it('writes the list where a value on its own line stands, keeping the comment between it and the key', () => {
    const record = lines(
      'designModule:',
      '  studyType: INTERVENTIONAL',
      '  phases:',
      '    # from the page',
      '    Phase 1/Phase 2',
      '  designInfo:',
      '    allocation: RANDOMIZED',
    );
    const applied = applyFix(record, 'schema/type', 'Phase 1/Phase 2');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-    Phase 1/Phase 2', '+    - PHASE1', '+    - PHASE2']);
    assertFixed(applied);
  });

  it('splits inside a flow list and in JSON', () => {
    const flow = applyFix(
      lines('designModule:', '  studyType: INTERVENTIONAL', '  phases: [Phase 1/Phase 2]'),
      'schema/enum',
      'Phase 1/Phase 2',
    );
    assert.deepEqual(changedLines(flow.before, flow.after), ['-  phases: [Phase 1/Phase 2]', '+  phases: [PHASE1, PHASE2]']);
    const json = '{\n  "designModule": {\n    "studyType": "INTERVENTIONAL",\n    "phases": [\n      "Phase 1/Phase 2"\n    ]\n  }\n}\n';
    const applied = applyFix(json, 'schema/enum', '"Phase 1/Phase 2"', 'json');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-      "Phase 1/Phase 2"', '+      "PHASE1",', '+      "PHASE2"']);
    assertFixed(applied);
  });
});
