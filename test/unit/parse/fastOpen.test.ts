// Opening a record by its value (js-yaml / JSON.parse) with locations read where asked for must be
// indistinguishable from reading it whole: the same diagnostics (ranges, codes, messages, order) on every
// real record (as YAML and as JSON), sample and fixture YAML; the same value and every pointer's location;
// a fallback to the whole reading on anything the two parsers may read differently; and no location read
// for a record without findings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { RecordAnalyzer, type AnalysisOptions } from '../../../server/src/service/recordAnalyzer';
import { fastYamlValue } from '../../../server/src/service/parse/fastYamlValue';
import { fastYamlTree, wholeReadingOf } from '../../../server/src/service/parse/fastYamlRead';
import { fastJsonTree } from '../../../server/src/service/parse/fastJsonRead';
import { LazyJsonLocations } from '../../../server/src/service/parse/lazyJsonLocations';
import { LazyYamlLocations } from '../../../server/src/service/parse/lazyYamlLocations';
import { IncrementalYamlParser } from '../../../server/src/service/parse/incrementalYamlParser';
import { parseJsonRecord } from '../../../server/src/service/parse/jsonRecordParser';
import { parseYamlTree } from '../../../server/src/service/parse/yamlRecordParser';
import { passesRecordLimits, recordLimits, scanYaml } from '../../../server/src/service/parse/parseGuards';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { REAL_RECORDS_TODAY } from '../rules/realRecords';
import { fileDocuments, realRecordDocuments, type TestDocument } from './recordDocuments';

const root = path.resolve(__dirname, '..', '..', '..');
const OPTIONS: AnalysisOptions = { today: REAL_RECORDS_TODAY };

/** Records with mistakes: syntax errors, duplicates, anchors, tags, odd scalars; each read both ways. */
const MISTAKES: readonly string[] = [
  'identificationModule:\n  nctId: NCT00000001\n  nctId: NCT00000002\n',
  'identificationModule:\n  nctId: &id NCT00000001\n  orgStudyIdInfo:\n    id: *id\n',
  'identificationModule:\n  nctId: !!str 123\n',
  'identificationModule:\n  nctId: "NCT0000\n',
  'identificationModule:\n  briefTitle: [a,\n  b]\n',
  'identificationModule:\n\tnctId: NCT00000001\n',
  '~: 1\nidentificationModule: {}\n',
  'statusModule:\n  overallStatus: yes\n  whyStopped: 0o17\n  lastKnownStatus: 1_000\n  statusVerifiedDate: 2024-01\n',
  'designModule:\n  enrollmentInfo:\n    count: .inf\n    type: 0x1F\n  phases: [PHASE2, PHASE3]\n',
  'designModule:\n  enrollmentInfo:\n    count: 1e3\n    type: -0\n  phases:\n  - NA\n',
  '%YAML 1.2\n---\nidentificationModule: {}\n',
  '---# Source: a page\nidentificationModule:\n  nctId: NCT00000001\n',
  '---a: 1\n',
  'identificationModule:\n  nctId: NCT1\n---\nother: 2\n',
  '- a\n- b\n',
  'just text\n',
  '',
  'identificationModule:\n  officialTitle: |\n    line one\n\n    line three\n  briefTitle: >-\n    folded\n    text\n',
  'identificationModule:\n  briefTitle: "a \\"quoted\\" \\u00e9 text\n    over lines"\n  acronym: \'it\'\'s\'\n',
  'a: 1\r\nb:\r\n  - x\r\n  - y\r\n',
  'a: 1\rb: 2\n',
];

function analyse(text: string, format: RecordFormat, readValueFirst: boolean) {
  return new RecordAnalyzer(format, { readValueFirst }).analyze(text, OPTIONS);
}

describe('opening a record by its value', () => {
  const documents = [
    ...realRecordDocuments(),
    ...fileDocuments(),
    ...MISTAKES.map((text, index): TestDocument => ({ name: `mistake ${index}`, text, format: 'yaml' })),
  ];

  it('gives the same diagnostics and value as reading the whole text, on every record, sample and mistake', () => {
    let readByValue = 0;
    for (const document of documents) {
      const fast = analyse(document.text, document.format, true);
      const whole = analyse(document.text, document.format, false);
      assert.deepEqual(fast.parsed.value, whole.parsed.value, document.name);
      assert.deepEqual(fast.diagnostics, whole.diagnostics, document.name);
      assert.deepEqual(fast.parsed.syntaxProblems, whole.parsed.syntaxProblems, document.name);
      if (fast.parsed.locations instanceof LazyYamlLocations || fast.parsed.locations instanceof LazyJsonLocations) readByValue++;
    }
    // Every real record and sample without mistakes is read by its value.
    assert.ok(readByValue >= documents.length - MISTAKES.length - 2, `${readByValue} of ${documents.length} read by value`);
  });

  it('reads every location as the whole text gives it, list items and blocks alike', () => {
    for (const document of documents.filter((candidate) => candidate.format === 'yaml')) {
      const fast = fastYamlTree(document.text);
      if (!fast) continue;
      const whole = parseYamlTree(document.text);
      assert.deepEqual(whole.problems, [], document.name);
      const lazy = fast.locations as LazyYamlLocations;
      const pointers = [...whole.locations.keys()];
      // Items of long lists first (read one by one while their module is unread), then everything else.
      const deep = pointers.filter((pointer) => pointer.split('/').length >= 4);
      for (const pointer of [...deep, ...pointers])
        assert.deepEqual(lazy.get(pointer), whole.locations.get(pointer), `${document.name} ${pointer}`);
      assert.equal(lazy.get('/no such module'), undefined);
      assert.equal(lazy.readWholly, false, `${document.name} read whole for a lookup`);
      assert.equal(wholeReadingOf(fast)?.agrees, true, document.name);
      assert.deepEqual([...lazy.entries()], [...whole.locations.entries()], document.name);
    }
  });

  it('finds every location of a JSON record where the whole tree puts it, listing only the containers on the path', () => {
    let checked = 0;
    for (const document of documents.filter((candidate) => candidate.format === 'json')) {
      const fast = fastJsonTree(document.text, parseJsonRecord);
      if (!fast) continue;
      checked++;
      const whole = parseJsonRecord(document.text).locations;
      const deepest = [...whole.keys()].reduce(
        (longest, pointer) => (pointer.split('/').length > longest.split('/').length ? pointer : longest),
        '',
      );
      const alongPath = new LazyJsonLocations(document.text, (text) => parseJsonRecord(text).locations);
      assert.deepEqual(alongPath.get(deepest), whole.get(deepest), `${document.name} ${deepest}`);
      assert.equal(alongPath.containersListed, deepest.split('/').length - 1, `${document.name}: only the containers on ${deepest}`);
      const lazy = fast.locations as LazyJsonLocations;
      for (const [pointer, location] of whole) assert.deepEqual(lazy.get(pointer), location, `${document.name} ${pointer}`);
      for (const missing of [
        '/no such module',
        '/protocolSection/identificationModule/nctId/0',
        '/protocolSection/armsInterventionsModule/armGroups/01',
        'protocolSection',
      ])
        assert.equal(lazy.get(missing), undefined, `${document.name} ${missing}`);
      assert.equal(lazy.readWholly, false, `${document.name} read whole for a lookup`);
    }
    assert.ok(checked >= 200, `${checked} JSON records read by value`);
  });

  it('finds JSON locations as the whole tree does for any JSON value, spacing, escapes and odd keys included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(undefined, 1, 2, '\t'), (value, indent) => {
        const text = JSON.stringify({ record: value, 'a/b~c': [value], 'q"\\u': value }, undefined, indent);
        const fast = fastJsonTree(text, parseJsonRecord);
        if (!fast) return; // a duplicate key such as "__proto__" twice: read whole, not by value
        const whole = parseJsonRecord(text).locations;
        for (const [pointer, location] of whole) assert.deepEqual(fast.locations.get(pointer), location, pointer);
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to the whole reading on anchors, tags, duplicates, syntax errors, tabs, null keys, flow over lines and guards', () => {
    const unsafe = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: !custom x\n',
      '- !!str 1\n',
      'a:\n  - &x b\n  - *x\n',
      'a: [&x b, *x]\n',
      'a: {"b":*x}\n',
      '? a\n',
      '- ? a\n',
      'a: 1\na: 2\n',
      'a: "open\n',
      'a:\n\tb: 1\n',
      '~: 1\n',
      'null: 1\n',
      'a: [1,\n  2]\n',
      '[a]: 1\n',
      '? a\n: 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\rb: 2\n',
      '\uFEFFa: 1\n',
      '- 1\n- 2\n',
      'scalar\n',
      `a: ${'['.repeat(1200)}${']'.repeat(1200)}\n`, // beyond the parser's nesting guard
      `a: ${'x'.repeat(600_000)}\n`, // a value beyond the guard
      `${'k'.repeat(1030)}: 1\n`, // an implicit key over 1024 characters (yaml refuses it)
      `a:\n${Array.from({ length: 210 }, (_, depth) => `${'  '.repeat(depth + 1)}k:`).join('\n')} 1\n`, // deeper than the walker reads
    ];
    for (const text of unsafe) assert.equal(fastYamlValue(text), undefined, JSON.stringify(text.slice(0, 60)));
    assert.deepEqual(fastYamlValue('a: 1\nb: [x, y]\nc: "q"\n'), { a: 1, b: ['x', 'y'], c: 'q' });
    assert.deepEqual(
      fastYamlValue(`a: ${'x'.repeat(1030)}: y\n`.replace(': y', ' y')),
      { a: `${'x'.repeat(1030)} y` },
      'a long value is read',
    );
    const parser = new IncrementalYamlParser();
    parser.parse('a: &x 1\nb: *x\n');
    assert.equal(parser.lastPath, 'full');
    const fresh = new IncrementalYamlParser();
    fresh.parse('a: 1\n');
    assert.equal(fresh.lastPath, 'value');
  });

  it('holds texts to the parse guards as the full scan does, scanning only near a limit', () => {
    const nested = (depth: number, unit: (level: number) => string) => Array.from({ length: depth }, (_, level) => unit(level)).join('');
    const texts = [
      'a: 1\n',
      `a: ${'['.repeat(990)}${']'.repeat(990)}\n`,
      `a: ${'['.repeat(1001)}${']'.repeat(1001)}\n`,
      `${'- '.repeat(999)}x\n`,
      `${'- '.repeat(1001)}x\n`,
      nested(998, (level) => `${' '.repeat(level)}k:\n`),
      nested(1002, (level) => `${' '.repeat(level)}k:\n`),
      `${'{a: '.repeat(600)}${'}'.repeat(600)}\n${' '.repeat(500)}- x\n`,
    ];
    for (const text of texts) assert.equal(passesRecordLimits(text), scanYaml(text, recordLimits()) === undefined, text.slice(0, 40));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('[', ']', '{', '}', '- ', ' ', '  ', '\n', 'a: ', '"', '|\n'), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        assert.equal(passesRecordLimits(text), scanYaml(text, recordLimits()) === undefined);
      }),
    );
  });

  it('reads scalars as YAML 1.2 core does, on random texts the fast path accepts', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        'yes',
        'no',
        'on',
        'off',
        'y',
        'NO',
        'True',
        'FALSE',
        '~',
        'null',
        'Null',
        '',
        '0o17',
        '017',
        '0x1f',
        '0b11',
        '1_000',
      ),
      fc.constantFrom(
        '.inf',
        '-.Inf',
        '.NaN',
        '+12',
        '-0',
        '1e3',
        '1.',
        '.5',
        '+.5e-3',
        '2024-01-15',
        '12:30',
        '1:2:3',
        '"x"',
        "'y'",
        '1e500',
      ),
      fc.stringMatching(/^[a-z0-9.+\-_: ]{0,8}$/),
    );
    fc.assert(
      fc.property(fc.array(scalar, { minLength: 1, maxLength: 6 }), (scalars) => {
        const text = scalars.map((value, index) => `k${index}: ${value}\nl${index}:\n  - ${value}\n`).join('');
        const fast = fastYamlValue(text);
        if (fast === undefined) return;
        const whole = parseYamlTree(text);
        assert.deepEqual(whole.problems, [], text);
        assert.deepEqual(fast, whole.value, text);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts a text that reads differently as a whole, under random edits of samples', () => {
    const bases = fileDocuments()
      .filter((document) => document.format === 'yaml')
      .map((document) => document.text.slice(0, 3000));
    const pieces = [
      '\n',
      ' ',
      '  ',
      '- ',
      ': ',
      '#',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      '&a ',
      '*a',
      '!',
      '?',
      '\t',
      'x',
      '\\',
      '%',
      '---',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          let text = base;
          for (const [at, removed, inserted] of edits) {
            const offset = at % (text.length + 1);
            text = text.slice(0, offset) + inserted + text.slice(offset + removed);
          }
          const fast = fastYamlValue(text);
          if (fast === undefined) return;
          const whole = parseYamlTree(text);
          assert.deepEqual(whole.problems, [], JSON.stringify(text));
          assert.deepEqual(fast, whole.value, JSON.stringify(text));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('reads no location for a record without findings, and only the pieces of the findings otherwise', () => {
    const text = readFileSync(path.join(root, 'test/fixtures/ctgov/json/NCT04267848.json'), 'utf8');
    const section = (JSON.parse(text) as { protocolSection: Record<string, unknown> }).protocolSection;
    const yaml = stringify(section, { lineWidth: 0, aliasDuplicateObjects: false });
    // Without rules the record is clean: nothing is located.
    const clean = new RecordAnalyzer('yaml').analyze(yaml, { today: REAL_RECORDS_TODAY, rulesEnabled: false });
    assert.deepEqual(clean.diagnostics, []);
    assert.equal((clean.parsed.locations as LazyYamlLocations).pieceReads, 0);
    const cleanJson = new RecordAnalyzer('json').analyze(text, { today: REAL_RECORDS_TODAY, rulesEnabled: false });
    assert.deepEqual(cleanJson.diagnostics, []);
    assert.equal((cleanJson.parsed.locations as LazyJsonLocations).readWholly, false);
    // With rules: the findings' modules (small ones) or list items are read, at most one piece a finding, never
    // the 400 KB contacts and locations module.
    const checked = new RecordAnalyzer('yaml').analyze(yaml, { today: REAL_RECORDS_TODAY });
    const lazy = checked.parsed.locations as LazyYamlLocations;
    assert.ok(checked.diagnostics.length > 0);
    assert.equal(lazy.readWholly, false);
    const places = new Set(checked.diagnostics.map((diagnostic) => diagnostic.pointer));
    assert.ok(lazy.pieceReads <= places.size, `${lazy.pieceReads} pieces for ${places.size} places`);
    // A finding in one site of the long locations list reads that site alone.
    const sites = new LazyYamlLocations(yaml, section as never, (whole) => parseYamlTree(whole));
    assert.deepEqual(
      sites.get('/contactsLocationsModule/locations/40/city'),
      parseYamlTree(yaml).locations.get('/contactsLocationsModule/locations/40/city'),
    );
    assert.equal(sites.pieceReads, 1);
    // Every site asked for scans the list once (a scan per item made 50,000 findings take minutes).
    const whole = parseYamlTree(yaml).locations;
    const count = (section as { contactsLocationsModule: { locations: unknown[] } }).contactsLocationsModule.locations.length;
    for (let index = 0; index < count - 1; index++) {
      const pointer = `/contactsLocationsModule/locations/${index}/city`;
      assert.deepEqual(sites.get(pointer), whole.get(pointer), pointer);
    }
    assert.equal(sites.listScans, 1);
    assert.equal(sites.readWholly, false);
    // In a whole API study, a finding reads its module (and a site its item), never the whole protocolSection.
    const study = JSON.parse(text) as { protocolSection: unknown };
    const studyYaml = stringify(study, { lineWidth: 0, aliasDuplicateObjects: false });
    const wholeStudy = parseYamlTree(studyYaml).locations;
    const inModules = new LazyYamlLocations(studyYaml, study as never, (all) => parseYamlTree(all));
    for (const pointer of ['/protocolSection/statusModule/overallStatus', '/protocolSection/contactsLocationsModule/locations/40/city'])
      assert.deepEqual(inModules.get(pointer), wholeStudy.get(pointer), pointer);
    assert.equal(inModules.pieceReads, 2, 'the status module and one site: two small readings');
    assert.equal(inModules.readWholly, false);
  });

  it('reads JSON by its value only when the text is plain JSON without duplicate keys', () => {
    const read = (text: string) => fastJsonTree(text, parseJsonRecord);
    assert.ok(read('{"a": 1, "b": {"c": [1, 2]}}'));
    assert.equal(read('{"a": 1, "a": 2}'), undefined);
    assert.equal(read('{"a": {"b": 1, "b": 1}}'), undefined);
    assert.equal(read('{"a": 1, // note\n "b": 2}'), undefined);
    assert.equal(read('{"a": 1,}'), undefined);
    assert.equal(read('\uFEFF{"a": 1}'), undefined);
    assert.equal(read('{"a": "x\\": 1"}')?.value && true, true);
    assert.equal(read(`${'['.repeat(300)}${']'.repeat(300)}`), undefined);
  });
});
