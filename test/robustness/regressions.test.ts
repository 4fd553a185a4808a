// Failures the fuzzers found, each kept as a small regression test next to the fix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../server/src/service/language/completion';
import { parseRecord } from '../../server/src/service/parse/parseRecord';
import { recordSchema } from '../../server/src/service/schema/recordSchema';

/** Accepts the completion `label` at the `|` of a JSON document and returns the new text. */
function acceptJson(marked: string, label: string): string {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const item = complete(text, parseRecord(text, 'json'), offset, recordSchema()).items.find((candidate) => candidate.label === label);
  assert.ok(item, `no completion ${label}`);
  return text.slice(0, item.replaceRange.start) + item.insertText + text.slice(item.replaceRange.end);
}

describe('regressions found by fuzzing', () => {
  it('JSON: a value completed right after `:` replaces the value that follows instead of adding a second one', () => {
    // Found by fuzz-language: `"type":| "ESTIMATED"` became `"type":"ACTUAL" "ESTIMATED"`.
    const after = acceptJson('{\n  "statusModule": {\n    "startDateStruct": {\n      "type":| "ESTIMATED"\n    }\n  }\n}\n', 'ACTUAL');
    assert.equal(after, '{\n  "statusModule": {\n    "startDateStruct": {\n      "type": "ACTUAL"\n    }\n  }\n}\n');
    assert.deepEqual(parseRecord(after, 'json').syntaxProblems, []);
  });

  it('JSON: the same for booleans, and nothing is offered before an object value', () => {
    const after = acceptJson('{\n  "oversightModule": {\n    "oversightHasDmc":| false\n  }\n}\n', 'true');
    assert.equal(after, '{\n  "oversightModule": {\n    "oversightHasDmc": true\n  }\n}\n');
    // A status field holding an object by mistake: offering statuses there would leave `"RECRUITING" {…}`.
    const text = '{\n  "statusModule": {\n    "overallStatus": {"date": "2024-01"}\n  }\n}\n';
    const offset = text.indexOf(': {"date"') + 1;
    assert.deepEqual(complete(text, parseRecord(text, 'json'), offset, recordSchema()).items.filter((item) => item.kind === 'value'), []);
  });

  it('JSON: after `:` at the end of a line, values are still inserted at the cursor', () => {
    assert.equal(acceptJson('{\n  "statusModule": {\n    "overallStatus":|\n  }\n}\n', 'RECRUITING'), '{\n  "statusModule": {\n    "overallStatus":"RECRUITING"\n  }\n}\n');
  });

  it('YAML: a blank line inside a multi-line text offers no keys (it is a paragraph break, not a new field)', () => {
    // Found by fuzz-language: the blank line in `eligibilityCriteria: |-` offered the module names,
    // and accepting one cut the criteria text in two.
    const criteria = 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n{cursor}\n    * Healthy child\n  sex: ALL\n';
    for (const indent of ['', '  ', '    ']) {
      const text = criteria.replace('{cursor}', indent);
      const offset = text.indexOf('Criteria:\n') + 'Criteria:\n'.length + indent.length;
      assert.deepEqual(complete(text, parseRecord(text, 'yaml'), offset, recordSchema()).items, [], `indent ${indent.length}`);
    }
    // After the text has ended, the blank line is again a place for the next key.
    const after = 'eligibilityModule:\n  eligibilityCriteria: |-\n    Inclusion Criteria:\n\n    * Healthy child\n  \n  sex: ALL\n';
    const offset = after.indexOf('child\n  ') + 'child\n  '.length;
    const labels = complete(after, parseRecord(after, 'yaml'), offset, recordSchema()).items.map((item) => item.label);
    assert.ok(labels.includes('healthyVolunteers'), labels.join(', '));
  });
});
