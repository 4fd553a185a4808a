import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countFilledFields, emitRecord } from '../../../server/src/import/emitRecord';
import { keptCommentLines, recordOf, schemaProblemsOf } from './support/importTestKit';

const emit = (record: Record<string, unknown>, keptLines: string[] = []): string =>
  emitRecord(record, { sourceName: 'page.txt', formatLabel: 'Test page', keptLines });

describe('record emitter', () => {
  it('starts with a comment naming the source and the format', () => {
    const yaml = emit({ identificationModule: { briefTitle: 'A study' } });
    assert.match(yaml.split('\n')[0], /^# Imported from page\.txt \(Test page\)/);
  });

  it('puts modules in API order and keys in schema order, unknown keys last in their own order', () => {
    const yaml = emit({
      statusModule: { completionDateStruct: { type: 'ESTIMATED', date: '2025' }, overallStatus: 'RECRUITING' },
      zExtra: { b: 1, a: 2 },
      identificationModule: { officialTitle: 'Official', briefTitle: 'Brief', nctId: 'NCT01234567' },
    });
    const keys = yaml
      .split('\n')
      .filter((line) => /^\s*\w+:/.test(line))
      .map((line) => line.trim().split(':')[0]);
    assert.deepEqual(keys, [
      'identificationModule',
      'nctId',
      'briefTitle',
      'officialTitle',
      'statusModule',
      'overallStatus',
      'completionDateStruct',
      'date',
      'type',
      'zExtra',
      'b',
      'a',
    ]);
  });

  it('writes multi-line text as a literal block and long text as a folded block, and both read back exactly', () => {
    const criteria = 'Inclusion Criteria:\n\n* Age \\>= 18\n* Signed consent';
    const summary = 'A long summary that goes on and on about the purpose of the study, well past the width of one line of YAML.';
    const yaml = emit({ descriptionModule: { briefSummary: summary }, eligibilityModule: { eligibilityCriteria: criteria } });
    assert.match(yaml, /briefSummary: >-\n/);
    assert.match(yaml, /eligibilityCriteria: \|-\n {4}Inclusion Criteria:\n\n {4}\* Age \\>= 18\n/);
    assert.deepEqual(recordOf(yaml), {
      descriptionModule: { briefSummary: summary },
      eligibilityModule: { eligibilityCriteria: criteria },
    });
  });

  it('quotes strings YAML would read as something else, and keeps awkward text exact', () => {
    const tricky = [
      '123',
      'true',
      'null',
      '[2022]00100-3',
      '- dash',
      'a: b',
      '#hash',
      ' leading space',
      'trailing  ',
      'tab\there',
      'x\r\ny',
      'nul\u0000byte',
      'é\u0085z',
      '\nstarts with a line break',
      'ends with line breaks\n\n',
    ];
    const record = { conditionsModule: { keywords: tricky } };
    const yaml = emit(record);
    assert.deepEqual(recordOf(yaml), record);
    assert.match(yaml, /- "123"/);
    assert.match(yaml, /- "\[2022\]00100-3"/);
  });

  it('writes any long or multi-line text so that it reads back exactly, as a block when nothing in it needs quotes', () => {
    const piece = fc.constantFrom(
      'word',
      'Word',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '#',
      ': ',
      '- ',
      '"',
      "'",
      '|',
      '>',
      '\t',
      '\r',
      '\u00a0',
      '\u0085',
      '\u2028',
      '😀',
      '\ud800',
      '\u0007',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const yaml = emit({ descriptionModule: { detailedDescription: text } });
        assert.deepEqual(recordOf(yaml), { descriptionModule: { detailedDescription: text } }, JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
    // Texts `yaml` writes as blocks that do not read back (or that made the read-back probe throw).
    for (const text of ['  \n\n', '  \nword', ' \n x'])
      assert.deepEqual(recordOf(emit({ descriptionModule: { detailedDescription: text } })), {
        descriptionModule: { detailedDescription: text },
      });
    const plain = 'Participants with\nthe condition\n\n- are screened: twice # not a comment';
    assert.match(emit({ descriptionModule: { detailedDescription: plain } }), /detailedDescription: \|-\n/);
  });

  it('keeps `NO` and partial dates as plain strings (YAML 1.2)', () => {
    const yaml = emit({ statusModule: { statusVerifiedDate: '2024-12' }, ipdSharingStatementModule: { ipdSharing: 'NO' } });
    assert.match(yaml, /statusVerifiedDate: 2024-12\n/);
    assert.match(yaml, /ipdSharing: NO\n/);
    assert.deepEqual(schemaProblemsOf(yaml), []);
  });

  it('keeps every given line verbatim in a comment block at the end, mojibake and all', () => {
    const kept = ['Related Clinical Trials', '  indented â?? line with Â non-breaking', '# already a comment', 'SUSTAINâ„¢ 6'];
    const yaml = emit({ identificationModule: { briefTitle: 'T' } }, kept);
    assert.deepEqual(keptCommentLines(yaml), kept);
    assert.deepEqual(recordOf(yaml), { identificationModule: { briefTitle: 'T' } });
  });

  it('says so when no field could be read, and the text is still valid YAML', () => {
    const yaml = emit({}, ['some line']);
    assert.match(yaml, /No field could be read/);
    assert.deepEqual(recordOf(yaml), {});
    assert.deepEqual(keptCommentLines(yaml), ['some line']);
  });

  it('counts the filled fields: every text, number and boolean, empty text not', () => {
    assert.equal(countFilledFields({ a: { b: 'x', c: ['y', 'z', ''], d: 3, e: false, f: null } }), 5);
  });
});
