// Hostile documents through the whole language service (parse → schema → rules, completion,
// hover, preview). Each gets an explicit expectation: a clear diagnostic (or a clean read), no crash,
// nothing executed, no prototype reached.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPlainObject, type RecordValue } from '../../server/src/service/parse/parsedRecord';
import { renderRecordHtml } from '../../server/src/render/renderRecord';
import { recordSchema } from '../../server/src/service/schema/recordSchema';
import { LineIndex } from '../../server/src/service/text/lineIndex';
import { analyzeChecked, completeAndHoverChecked } from './support/checkedAnalysis';
import { executableMarkup } from './support/executableMarkup';
import { HOSTILE_DOCUMENTS, type HostileDocument } from './support/hostileDocuments';

function checkHostile(document: HostileDocument): void {
  const text = document.text();
  const analysis = analyzeChecked(text, document.format);
  const codes = analysis.diagnostics.map((diagnostic) => diagnostic.code);
  if (document.expectCodes.length === 0) {
    const syntax = analysis.diagnostics.filter((diagnostic) => diagnostic.layer === 'syntax');
    assert.deepEqual(
      syntax.map((diagnostic) => diagnostic.message),
      [],
      'expected the record to read without syntax problems',
    );
  } else {
    const expected = analysis.diagnostics.filter((diagnostic) => document.expectCodes.includes(diagnostic.code));
    assert.ok(expected.length > 0, `expected one of ${document.expectCodes.join(', ')}, got ${[...new Set(codes)].join(', ')}`);
    if (document.expectMessage) {
      const pattern = document.expectMessage;
      assert.ok(
        expected.some((diagnostic) => pattern.test(diagnostic.message)),
        `expected a message like ${pattern}, got: ${expected.map((diagnostic) => diagnostic.message).join(' | ')}`,
      );
    }
  }
  // Nothing this size is worth telling one by one; the list stays readable.
  assert.ok(analysis.diagnostics.length <= 60_000, `${analysis.diagnostics.length} diagnostics`);
  completeAndHoverChecked(
    analysis,
    [0, 1, Math.floor(text.length / 2), text.length - 1, text.length].filter((offset) => offset >= 0),
  );
  // The preview lists every problem; tens of thousands of them only make this test slow.
  if (analysis.diagnostics.length <= 10_000) {
    const page = renderRecordHtml({
      parsed: analysis.parsed,
      diagnostics: analysis.diagnostics,
      lines: new LineIndex(text),
      schema: recordSchema(),
    });
    assert.deepEqual(executableMarkup(page), [], 'the preview holds executable markup');
  }
}

/** Asserts the parse produced JSON data only: no functions, dates, maps, buffers or class instances. */
function assertPlainData(value: RecordValue | undefined, path = ''): void {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return assert.ok(Number.isFinite(value) || Number.isNaN(value) || !Number.isFinite(value), path);
  if (Array.isArray(value)) return value.forEach((item, index) => assertPlainData(item, `${path}/${index}`));
  assert.ok(
    isPlainObject(value) && Object.getPrototypeOf(value) === Object.prototype,
    `${path} is a ${Object.prototype.toString.call(value)}, not plain data`,
  );
  for (const key of Object.keys(value)) assertPlainData(value[key], `${path}/${key}`);
}

describe('hostile documents', () => {
  for (const document of HOSTILE_DOCUMENTS) {
    it(`${document.name}: ${document.expectCodes.length ? document.expectCodes.join(' or ') : 'reads cleanly'}, no crash`, () =>
      checkHostile(document));
  }

  it('CRLF and mixed line endings give the same findings on the same text as LF', () => {
    const lf =
      'identificationModule:\n  orgStudyIdInfo:\n    id: X-1\n  briefTitle: T\nstatusModule:\n  overallStatus: Recruiting\n  whyStopped: nothing\n';
    const findings = (text: string) =>
      analyzeChecked(text, 'yaml')
        .diagnostics.map((d) => `${d.code} ${text.slice(d.range.start, d.range.end)}`)
        .sort();
    const expected = findings(lf);
    assert.ok(
      expected.some((finding) => finding === 'schema/enum Recruiting'),
      expected.join('\n'),
    );
    assert.deepEqual(findings(lf.replace(/\n/g, '\r\n')), expected);
    let n = 0;
    assert.deepEqual(findings(lf.replace(/\n/g, () => ['\r\n', '\n', '\r\n'][n++ % 3])), expected);
  });

  it('YAML tags are read as plain data or reported, never executed', () => {
    const markers = globalThis as { pwned?: unknown };
    const text = [
      'identificationModule:',
      '  briefTitle: !!js/function "function () { globalThis.pwned = 1; return 1 }"',
      '  officialTitle: !!js/eval "globalThis.pwned = 2"',
      '  acronym: !!python/object/apply:os.system ["touch /tmp/pwned"]',
      '  orgStudyIdInfo: !custom { id: !!js/undefined x }',
      'statusModule: !!map',
      '  overallStatus: !!js/regexp /x/',
      '  whyStopped: !!binary aGVsbG8=',
      '  statusVerifiedDate: !!timestamp 2001-12-14',
      'conditionsModule:',
      '  conditions: !!set { a, b }',
      '  keywords: !!omap [ a: 1 ]',
      '',
    ].join('\n');
    const analysis = analyzeChecked(text, 'yaml');
    assert.equal(markers.pwned, undefined, 'a tag ran code');
    assertPlainData(analysis.parsed.value);
    const briefTitle = (analysis.parsed.value as { identificationModule: { briefTitle: unknown } }).identificationModule.briefTitle;
    assert.equal(typeof briefTitle, 'string');
    const tagWarnings = analysis.diagnostics.filter((diagnostic) => /tag/i.test(diagnostic.message));
    assert.ok(tagWarnings.length >= 5, `unknown tags are reported: ${analysis.diagnostics.map((d) => d.message).join(' | ')}`);
    completeAndHoverChecked(
      analysis,
      Array.from({ length: 40 }, (_, i) => Math.floor((i * text.length) / 40)),
    );
  });

  describe('prototype keys stay data (no pollution through parse, schema, rules, completion, hover)', () => {
    const yamlText = [
      '__proto__:',
      '  polluted: yes',
      'constructor:',
      '  prototype:',
      '    polluted: yes',
      'identificationModule:',
      '  __proto__: { polluted: yes }',
      '  orgStudyIdInfo:',
      '    id: X-1',
      '    constructor: { prototype: { polluted: yes } }',
      '  briefTitle: T',
      'armsInterventionsModule:',
      '  armGroups:',
      '    - __proto__: { polluted: yes }',
      '      label: A',
      '      interventionNames: [ __proto__, constructor, prototype ]',
      '  interventions:',
      '    - name: __proto__',
      '      type: DRUG',
      '      armGroupLabels: [ __proto__ ]',
      'statusModule:',
      '  prototype: { polluted: yes }',
      '  overallStatus: __proto__',
      '  toString: not a function',
      '  hasOwnProperty: not a function either',
      '',
    ].join('\n');
    const jsonText = JSON.stringify({ identificationModule: { briefTitle: 'T', orgStudyIdInfo: { id: 'X-1' } } }).replace(
      /^\{/,
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "statusModule": {"__proto__": {"polluted": true}, "overallStatus": "constructor"}, ',
    );

    for (const [format, text] of [
      ['yaml', yamlText],
      ['json', jsonText],
    ] as const) {
      it(`${format}: __proto__, constructor and prototype are reported as unknown fields and stay own data`, () => {
        const analysis = analyzeChecked(text, format);
        const root = analysis.parsed.value;
        assert.ok(isPlainObject(root));
        assert.equal(Object.getPrototypeOf(root), Object.prototype);
        assert.ok(Object.prototype.hasOwnProperty.call(root, '__proto__'), '__proto__ is kept as an own key');
        assertPlainData(root);
        const unknown = analysis.diagnostics
          .filter((diagnostic) => diagnostic.code === 'schema/unknown-property')
          .map((diagnostic) => text.slice(diagnostic.range.start, diagnostic.range.end).replace(/"/g, ''));
        assert.ok(unknown.includes('__proto__') && unknown.includes('constructor'), `unknown fields reported: ${unknown.join(', ')}`);
        completeAndHoverChecked(
          analysis,
          Array.from({ length: text.length + 1 }, (_, offset) => offset),
        );
      });
    }
  });
});
