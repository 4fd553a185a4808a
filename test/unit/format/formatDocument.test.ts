import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatRecordText } from '../../../server/src/service/format/formatRecord';
import { MAX_VALUE_CHARS } from '../../../server/src/service/parse/parseGuards';
import {
  commentsOf,
  dataOf,
  editsOf,
  formatted,
  keyOrder,
  realRecordCases,
  sampleCases,
  TWO_SPACES,
  type RecordCase,
} from './formatTestKit';

function assertFormatsSafely({ text, format }: RecordCase): void {
  const once = formatted(text, format);
  assert.deepEqual(dataOf(once, format), dataOf(text, format), 'the same data');
  assert.deepEqual(keyOrder(dataOf(once, format)), keyOrder(dataOf(text, format)), 'keys in the same order');
  if (format === 'yaml') assert.deepEqual(commentsOf(once), commentsOf(text), 'every comment kept');
  assert.deepEqual(editsOf(formatRecordText(once, format, TWO_SPACES)), [], 'formatting twice changes nothing more');
}

describe('Format Document keeps the data and is idempotent', () => {
  for (const record of sampleCases()) it(`sample ${record.name}`, () => assertFormatsSafely(record));
  for (const record of realRecordCases()) it(`real record ${record.name}`, () => assertFormatsSafely(record));
  for (const record of sampleCases()) {
    it(`sample ${record.name} with a tab size of 4`, () => {
      const wide = formatted(record.text, record.format, { tabSize: 4, insertSpaces: true });
      assert.deepEqual(dataOf(wide, record.format), dataOf(record.text, record.format));
      assert.deepEqual(formatted(wide, record.format, { tabSize: 4, insertSpaces: true }), wide);
    });
  }
});

describe('Format Document on YAML', () => {
  it('keeps the spaces an author put before trailing comments (after values and block headers), so aligned comments stay aligned', () => {
    const text = [
      'statusModule:',
      '    overallStatus: RECRUITING        # checked with the sponsor',
      '    whyStopped: ""                   # not stopped',
      '    startDateStruct:',
      '        date: 2024-03                # month only',
      'conditionsModule:',
      '    conditions:',
      '        - Asthma   # main',
      '        - COPD     # secondary',
      'descriptionModule:',
      '    briefSummary: >-     # folded',
      '        A summary',
      '    detailedDescription: |   # literal',
      '        Line one',
      '',
    ].join('\n');
    assert.equal(
      formatted(text, 'yaml'),
      [
        'statusModule:',
        '  overallStatus: RECRUITING        # checked with the sponsor',
        '  whyStopped: ""                   # not stopped',
        '  startDateStruct:',
        '    date: 2024-03                # month only',
        'conditionsModule:',
        '  conditions:',
        '    - Asthma   # main',
        '    - COPD     # secondary',
        'descriptionModule:',
        '  briefSummary: >-     # folded',
        '    A summary',
        '  detailedDescription: |   # literal',
        '    Line one',
        '',
      ].join('\n'),
    );
  });

  it('indents by the tab size and keeps comments, key order and scalar styles', () => {
    const text = [
      '# header',
      '',
      'identificationModule:',
      '    nctId: "NCT01234567"      # quoted stays quoted',
      "    acronym: 'ABC'",
      '    briefTitle: A plain title',
      'descriptionModule:',
      '    # the summary',
      '    briefSummary: |',
      '        Line one',
      '        Line two',
      '',
    ].join('\n');
    assert.equal(
      formatted(text, 'yaml'),
      [
        '# header',
        '',
        'identificationModule:',
        '  nctId: "NCT01234567"      # quoted stays quoted',
        "  acronym: 'ABC'",
        '  briefTitle: A plain title',
        'descriptionModule:',
        '  # the summary',
        '  briefSummary: |',
        '    Line one',
        '    Line two',
        '',
      ].join('\n'),
    );
  });

  it('keeps the line breaks of folded text and does not fold a long plain line', () => {
    const long = 'word '.repeat(40).trim();
    const text = `descriptionModule:\n    briefSummary: >-\n        First line of folded text\n        second line\n    detailedDescription: ${long}\n`;
    assert.equal(
      formatted(text, 'yaml'),
      `descriptionModule:\n  briefSummary: >-\n    First line of folded text\n    second line\n  detailedDescription: ${long}\n`,
    );
  });

  it('indents nested lists under their key', () => {
    const text = 'conditionsModule:\n  conditions:\n  - Asthma\n  - COPD\n';
    assert.equal(formatted(text, 'yaml'), 'conditionsModule:\n  conditions:\n    - Asthma\n    - COPD\n');
  });

  it('keeps CRLF line ends and a missing final line break', () => {
    const text = 'statusModule:\r\n    overallStatus: RECRUITING';
    assert.equal(formatted(text, 'yaml'), 'statusModule:\r\n  overallStatus: RECRUITING');
  });

  it('answers one edit over the changed span, and none for formatted text', () => {
    const text = 'identificationModule:\n  nctId: NCT01234567\nstatusModule:\n     overallStatus: RECRUITING\n';
    const edits = editsOf(formatRecordText(text, 'yaml', TWO_SPACES));
    assert.equal(edits.length, 1);
    assert.ok(edits[0].range.start >= text.indexOf('statusModule'), 'the formatted module before it is not touched');
    assert.deepEqual(editsOf(formatRecordText('identificationModule:\n  nctId: NCT01234567\n', 'yaml', TWO_SPACES)), []);
  });

  it('leaves a document that does not parse, an empty one and a comments-only one alone', () => {
    for (const text of ['identificationModule:\n  nctId: [NCT01234567\nstatusModule: x\n', 'a: 1\n  b: 2\n', '', '# only a comment\n']) {
      const outcome = formatRecordText(text, 'yaml', TWO_SPACES);
      assert.ok(!('edits' in outcome) || outcome.edits.length === 0, `no edits for ${JSON.stringify(text)}`);
    }
  });

  it('leaves a document the size guards refuse alone', () => {
    const text = `descriptionModule:\n    briefSummary: "${'x'.repeat(MAX_VALUE_CHARS + 10)}"\n`;
    const outcome = formatRecordText(text, 'yaml', TWO_SPACES);
    assert.ok('refused' in outcome && !outcome.unexpected, 'refused, as expected');
  });
});

describe('Format Document on JSON', () => {
  it('formats with the requested indentation and keeps a final line break', () => {
    const text = '{"identificationModule": {"nctId": "NCT01234567", "acronym": "ABC"}}\n';
    const expected = '{\n    "identificationModule": {\n        "nctId": "NCT01234567",\n        "acronym": "ABC"\n    }\n}\n';
    assert.equal(formatted(text, 'json', { tabSize: 4, insertSpaces: true }), expected);
    assert.equal(formatted(text, 'json', { tabSize: 4, insertSpaces: false }), expected.replace(/ {4}/g, '\t'));
  });

  it('leaves JSON that does not parse alone', () => {
    const outcome = formatRecordText('{"identificationModule": {"nctId": }', 'json', TWO_SPACES);
    assert.ok('refused' in outcome);
  });
});
