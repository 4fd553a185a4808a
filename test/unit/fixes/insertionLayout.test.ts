import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendItem } from '../../../server/src/service/fixes/addArrayItem';
import { FixDocument } from '../../../server/src/service/fixes/fixDocument';
import { insertEntries } from '../../../server/src/service/fixes/insertProperty';
import { removeEntry } from '../../../server/src/service/fixes/removeProperty';
import { applyEdits, type TextEdit } from '../../../server/src/service/fixes/textEdit';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';

function edit(text: string, format: RecordFormat, change: (document: FixDocument) => TextEdit[] | undefined): string | undefined {
  const edits = change(new FixDocument(text, parseRecord(text, format)));
  return edits && applyEdits(text, edits);
}

describe('where inserted text goes', () => {
  it('fills `key:` with nothing after it, keeping its comment', () => {
    assert.equal(
      edit('statusModule:   # to do\n', 'yaml', (d) => insertEntries(d, '/statusModule', [['overallStatus', '']])),
      'statusModule:   # to do\n  overallStatus: ""\n',
    );
  });

  it('adds to a YAML flow mapping in flow style', () => {
    assert.equal(
      edit('designModule:\n  designInfo: {allocation: NA}\n', 'yaml', (d) =>
        insertEntries(d, '/designModule/designInfo', [['primaryPurpose', 'TREATMENT']]),
      ),
      'designModule:\n  designInfo: {allocation: NA, primaryPurpose: TREATMENT}\n',
    );
  });

  it('creates missing parent groups on the way', () => {
    assert.equal(
      edit('designModule:\n  studyType: INTERVENTIONAL\n', 'yaml', (d) =>
        insertEntries(d, '/designModule/designInfo/maskingInfo', [['whoMasked', []]]),
      ),
      'designModule:\n  studyType: INTERVENTIONAL\n  designInfo:\n    maskingInfo:\n      whoMasked: []\n',
    );
  });

  it('writes into an empty JSON object and an empty document', () => {
    assert.equal(
      edit('{\n  "statusModule": {}\n}', 'json', (d) => insertEntries(d, '/statusModule', [['overallStatus', '']])),
      '{\n  "statusModule": {\n    "overallStatus": ""\n  }\n}',
    );
    assert.equal(
      edit('# new record\n', 'yaml', (d) => insertEntries(d, '', [['identificationModule', {}]])),
      '# new record\nidentificationModule: {}\n',
    );
  });

  it('adds a JSON field after the last one without moving a trailing comment line', () => {
    assert.equal(
      edit('{\n  "a": {\n    "overallStatus": "RECRUITING"\n  }\n}', 'json', (d) => insertEntries(d, '/a', [['whyStopped', '']])),
      '{\n  "a": {\n    "overallStatus": "RECRUITING",\n    "whyStopped": ""\n  }\n}',
    );
  });

  it('keeps a // comment after the last JSON entry on its own line', () => {
    assert.equal(
      edit('{\n  "a": {\n    "overallStatus": "RECRUITING" // open\n  }\n}', 'json', (d) => insertEntries(d, '/a', [['whyStopped', '']])),
      '{\n  "a": {\n    "overallStatus": "RECRUITING", // open\n    "whyStopped": ""\n  }\n}',
    );
    assert.equal(
      edit('{"l": [\n  "a" // first\n]}', 'json', (d) => appendItem(d, '/l', 'b')),
      '{"l": [\n  "a", // first\n  "b"\n]}',
    );
  });

  it('appends list items in block, flow and JSON lists, at the end of a file without a final line break', () => {
    assert.equal(
      edit('l:\n  - a # one\n  - b', 'yaml', (d) => appendItem(d, '/l', 'c: d')),
      'l:\n  - a # one\n  - b\n  - "c: d"',
    );
    assert.equal(
      edit('l: [a, b]  # two\n', 'yaml', (d) => appendItem(d, '/l', 'c')),
      'l: [a, b, c]  # two\n',
    );
    assert.equal(
      edit('{"l": [\n    "a"\n]}', 'json', (d) => appendItem(d, '/l', 'b')),
      '{"l": [\n    "a",\n    "b"\n]}',
    );
  });

  it('removes the first field of a list item, moving the next one behind the dash', () => {
    assert.equal(
      edit('l:\n  - a: 1\n    b: 2\n', 'yaml', (d) => removeEntry(d, '/l/0/a')),
      'l:\n  - b: 2\n',
    );
    assert.equal(
      edit('{"x": {"a": 1, "b": 2}}', 'json', (d) => removeEntry(d, '/x/b')),
      '{"x": {"a": 1}}',
    );
  });
});
