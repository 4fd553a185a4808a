// Failures the fuzzers found, each kept as a small regression test next to the fix.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../server/src/service/language/completion';
import { parseRecord } from '../../server/src/service/parse/parseRecord';
import { RecordAnalyzer, type RecordAnalysis } from '../../server/src/service/recordAnalyzer';
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
    assert.deepEqual(
      complete(text, parseRecord(text, 'json'), offset, recordSchema()).items.filter((item) => item.kind === 'value'),
      [],
    );
  });

  it('JSON: after `:` at the end of a line, values are still inserted at the cursor', () => {
    assert.equal(
      acceptJson('{\n  "statusModule": {\n    "overallStatus":|\n  }\n}\n', 'RECRUITING'),
      '{\n  "statusModule": {\n    "overallStatus":"RECRUITING"\n  }\n}\n',
    );
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

  it('YAML: a value completed right before a trailing comment keeps the comment a comment', () => {
    // Found by fuzz-language (seed 21): `type: NIH   ‸# note` became `type: NIH# note`.
    const text = 'identificationModule:\n  orgStudyIdInfo:\n    type: NIH   # note\n';
    const offset = text.indexOf('# note');
    const item = complete(text, parseRecord(text, 'yaml'), offset, recordSchema()).items.find((candidate) => candidate.label === 'NIH');
    assert.ok(item);
    const after = text.slice(0, item.replaceRange.start) + item.insertText + text.slice(item.replaceRange.end);
    assert.equal(after, 'identificationModule:\n  orgStudyIdInfo:\n    type: NIH # note\n');
  });

  it('JSON: a list item completed before an existing item gets its comma', () => {
    // Found by fuzz-language (seed 21): `"stdAges": [‸\n "ADULT"` became `["CHILD"\n "ADULT"`.
    const after = acceptJson('{\n  "eligibilityModule": {\n    "stdAges": [|\n      "ADULT"\n    ]\n  }\n}\n', 'CHILD');
    assert.equal(after, '{\n  "eligibilityModule": {\n    "stdAges": ["CHILD",\n      "ADULT"\n    ]\n  }\n}\n');
    assert.deepEqual(parseRecord(after, 'json').syntaxProblems, []);
    // The last item of a list needs none.
    assert.equal(
      acceptJson('{"eligibilityModule": {"stdAges": ["ADULT", |]}}', 'CHILD'),
      '{"eligibilityModule": {"stdAges": ["ADULT", "CHILD"]}}',
    );
  });

  it('YAML: a blank line inside a nested block offers no keys at a smaller column (they would cut the block in two)', () => {
    // Found by fuzz-language (seed 21): on a blank line at column 0 inside a location item,
    // accepting `referencesModule` left the item's remaining lines under the new module.
    const text = 'contactsLocationsModule:\n  locations:\n    - city: Tampa\n\n      state: Florida\n';
    const blank = text.indexOf('\n\n') + 1;
    assert.deepEqual(complete(text, parseRecord(text, 'yaml'), blank, recordSchema()).items, []);
    // At the block's own column the keys of the item are still offered.
    const indented = text.replace('\n\n', '\n      \n');
    const offset = indented.indexOf('\n      \n') + 7;
    const labels = complete(indented, parseRecord(indented, 'yaml'), offset, recordSchema()).items.map((item) => item.label);
    assert.ok(labels.includes('country') || labels.includes('facility'), labels.join(', '));
  });

  it('schema memo: a module whose text is unchanged but reads differently is validated again', () => {
    // Found by fuzz-incremental (seed 31): after a tab was typed before `nctId`, the module's text
    // slice was the same as before, so the memo reused the old (empty) errors and the editor missed
    // "NCT ID must be text" that a fresh analysis of the same text reports.
    const before = 'identificationModule:\n  nctId: NCT06171568\n  briefTitle: T\nstatusModule:\n  overallStatus: RECRUITING\n';
    const after = `${before.slice(0, 23)}\t${before.slice(23)}`;
    const analyzer = new RecordAnalyzer('yaml');
    analyzer.analyze(before, { today: '2026-11-22' });
    const shown = (analysis: RecordAnalysis) =>
      analysis.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start}-${diagnostic.range.end}`).sort();
    const fresh = shown(new RecordAnalyzer('yaml').analyze(after, { today: '2026-11-22' }));
    // (The tab breaks the module, so today it is reported as a broken part, its schema findings held back.)
    assert.ok(
      fresh.some((line) => line.startsWith('syntax/unchecked-part 0-')),
      fresh.join('\n'),
    );
    assert.deepEqual(shown(analyzer.analyze(after, { today: '2026-11-22' })), fresh);
  });
});
