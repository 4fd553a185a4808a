import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, assertFixed, changedLines, lines } from './fixTestKit';

describe('`Phase 1/Phase 2` as one value → two phases', () => {
  it('splits a block-list item into two items at the same indentation', () => {
    const record = lines('designModule:', '  studyType: INTERVENTIONAL', '  phases:', '    - Phase 1/Phase 2   # combined', '  designInfo:', '    allocation: RANDOMIZED');
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

  it('turns a single value under `phases:` into a block list', () => {
    const record = lines('designModule:', '  studyType: INTERVENTIONAL', '  phases: Phase 1/Phase 2', '  designInfo:', '    allocation: RANDOMIZED');
    const applied = applyFix(record, 'schema/type', 'Phase 1/Phase 2');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  phases: Phase 1/Phase 2', '+  phases:', '+    - PHASE1', '+    - PHASE2']);
    assertFixed(applied);
  });

  it('splits inside a flow list and in JSON', () => {
    const flow = applyFix(lines('designModule:', '  studyType: INTERVENTIONAL', '  phases: [Phase 1/Phase 2]'), 'schema/enum', 'Phase 1/Phase 2');
    assert.deepEqual(changedLines(flow.before, flow.after), ['-  phases: [Phase 1/Phase 2]', '+  phases: [PHASE1, PHASE2]']);
    const json = '{\n  "designModule": {\n    "studyType": "INTERVENTIONAL",\n    "phases": [\n      "Phase 1/Phase 2"\n    ]\n  }\n}\n';
    const applied = applyFix(json, 'schema/enum', '"Phase 1/Phase 2"', 'json');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-      "Phase 1/Phase 2"', '+      "PHASE1",', '+      "PHASE2"']);
    assertFixed(applied);
  });
});
