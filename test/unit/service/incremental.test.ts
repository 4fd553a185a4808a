// Incremental analysis must be indistinguishable from analysing the text from scratch: random edit
// sequences are replayed on samples and real records, and every intermediate version is compared
// (parse value, every pointer's ranges in order, diagnostics, line index).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { IncrementalYamlParser } from '../../../server/src/service/parse/incrementalYamlParser';
import { parseYamlRecord } from '../../../server/src/service/parse/tolerantYaml';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { textChange } from '../../../server/src/service/text/textChange';

const root = path.resolve(__dirname, '..', '..', '..');
const TODAY = '2026-01-15';

function realRecordYaml(id: string, maxLocations?: number): string {
  const study = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${id}.json`), 'utf8')) as {
    protocolSection: { contactsLocationsModule?: { locations?: unknown[] } };
  };
  const section = study.protocolSection;
  const locations = section.contactsLocationsModule?.locations;
  if (maxLocations !== undefined && locations) section.contactsLocationsModule!.locations = locations.slice(0, maxLocations);
  return stringify(section, { lineWidth: 0, aliasDuplicateObjects: false });
}

function wholeStudyYaml(id: string, maxLocations: number): string {
  const study = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${id}.json`), 'utf8')) as {
    protocolSection: { contactsLocationsModule?: { locations?: unknown[] } };
  };
  const locations = study.protocolSection.contactsLocationsModule?.locations;
  if (locations) study.protocolSection.contactsLocationsModule!.locations = locations.slice(0, maxLocations);
  return stringify(study, { lineWidth: 0, aliasDuplicateObjects: false });
}

const DOCUMENTS: Record<string, string> = {
  'sample NCT06731192': readFileSync(path.join(root, 'samples', 'NCT06731192.trial.yaml'), 'utf8'),
  'sample invalid-example': readFileSync(path.join(root, 'samples', 'invalid-example.trial.yaml'), 'utf8'),
  'real NCT03064438': realRecordYaml('NCT03064438'),
  'real NCT04267848 (first 30 locations)': realRecordYaml('NCT04267848', 30),
  // Whole API studies (`protocolSection:`, `resultsSection:` …): an edit re-reads one module of a section.
  'sample NCT05594173 (a whole study with results)': readFileSync(path.join(root, 'samples', 'NCT05594173.trial.yaml'), 'utf8'),
  'real NCT04267848 as a whole study (first 30 locations)': wholeStudyYaml('NCT04267848', 30),
  // Two long lists in one module with fields between and after them: later parts move after an item edit.
  'two long lists in one module': stringify({
    identificationModule: { nctId: 'NCT00000001', briefTitle: 'Two lists' },
    conditionsModule: {
      conditions: Array.from({ length: 10 }, (_, i) => `Condition ${i}`),
      note: 'between',
      keywords: Array.from({ length: 12 }, (_, i) => ({ word: `k${i}`, weight: i })),
      after: 'end',
    },
    statusModule: { overallStatus: 'RECRUITING' },
  }),
};

/** Fragments that exercise the structure: new lines and indentation, list items, quotes, comments, errors. */
const FRAGMENTS = [
  'x',
  'RECRUITING',
  ' ',
  '\n',
  '\n  ',
  '\n    ',
  '\n      city: Paris',
  '\n    - facility: New site\n',
  '- ',
  ': ',
  ':',
  '"',
  "'",
  '# note',
  '\n# comment\n',
  '{',
  '[',
  ']',
  '&a ',
  '*a',
  '---\n',
  '\t',
  '\r\n',
  'key: 1\n',
  '  ',
];

interface Edit {
  /** Where, as a fraction of the text's length. */
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
  /** Whether the edit happens at the start of a line (structure) rather than inside a value. */
  readonly lineStart: boolean;
}

/** Typing and deleting inside a line (most edits), or a structural fragment somewhere. */
const editArbitrary = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      at: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000),
      remove: fc.integer({ min: 0, max: 2 }),
      insert: fc.constantFrom('x', 'ab', '', ' 2', 'RECRUITING'),
      lineStart: fc.constant(false),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      at: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000),
      remove: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 })),
      insert: fc.constantFrom(...FRAGMENTS, ''),
      lineStart: fc.boolean(),
    }),
  },
);

function apply(text: string, edit: Edit): string {
  let at = Math.floor(edit.at * text.length);
  if (edit.lineStart) {
    at = text.lastIndexOf('\n', at) + 1;
  } else {
    // Inside a value: after the line's first `: ` when there is one.
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const colon = text.indexOf(': ', lineStart);
    if (colon >= 0 && colon < lineEnd && at < colon + 2) at = Math.min(lineEnd, colon + 2);
    return text.slice(0, at) + edit.insert + text.slice(Math.min(lineEnd, at + edit.remove));
  }
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

function assertSameParse(parser: IncrementalYamlParser, text: string): void {
  const incremental = parser.parse(text);
  const scratch = parseYamlRecord(text);
  assert.deepEqual(incremental.value, scratch.value);
  assert.deepEqual(incremental.problems, scratch.problems);
  const got = [...incremental.locations];
  const expected = [...scratch.locations];
  const firstDifference = expected.findIndex((entry, index) => JSON.stringify(entry) !== JSON.stringify(got[index]));
  if (firstDifference >= 0) assert.deepEqual(got[firstDifference], expected[firstDifference], `location #${firstDifference} differs`);
  assert.equal(got.length, expected.length);
  assert.equal(incremental.locations.size, scratch.locations.size);
  for (const [pointer, location] of scratch.locations) assert.deepEqual(incremental.locations.get(pointer), location, pointer);
}

describe('incremental re-parsing and analysis', () => {
  for (const [name, original] of Object.entries(DOCUMENTS)) {
    it(`gives the same parse, diagnostics and line index as from scratch after random edits: ${name}`, () => {
      let incrementalPaths = 0;
      fc.assert(
        fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (edits) => {
          const parser = new IncrementalYamlParser();
          const analyzer = new RecordAnalyzer('yaml');
          parser.parse(original);
          analyzer.analyze(original, { today: TODAY });
          let text = original;
          let lines = new LineIndex(text);
          for (const edit of edits) {
            const next = apply(text, edit);
            assertSameParse(parser, next);
            if (parser.lastPath === 'item' || parser.lastPath === 'module' || parser.lastPath === 'block') incrementalPaths++;
            const change = textChange(text, next);
            if (change) {
              lines = lines.edited(next, change);
              const fresh = new LineIndex(next);
              assert.equal(lines.lineCount, fresh.lineCount);
              for (let line = 0; line < fresh.lineCount; line++) assert.equal(lines.lineStart(line), fresh.lineStart(line));
            }
            const incremental = analyzer.analyze(next, { today: TODAY });
            const scratch = new RecordAnalyzer('yaml').analyze(next, { today: TODAY });
            assert.deepEqual(incremental.diagnostics, scratch.diagnostics);
            text = next;
          }
        }),
        { seed: 20261122, numRuns: 60, endOnFailure: true },
      );
      // The comparison is only meaningful if the incremental paths were actually taken.
      assert.ok(incrementalPaths > 20, `only ${incrementalPaths} incremental re-parses`);
    });
  }

  it('re-parses only the list item an edit touched, and only the module for a field edit', () => {
    const text = DOCUMENTS['real NCT04267848 (first 30 locations)'];
    const parser = new IncrementalYamlParser();
    parser.parse(text);
    const city = text.indexOf('city:', text.indexOf('locations:')) + 'city: '.length;
    const inItem = `${text.slice(0, city)}x${text.slice(city)}`;
    assertSameParse(parser, inItem);
    assert.equal(parser.lastPath, 'item');
    const title = text.indexOf('briefTitle: ') + 'briefTitle: '.length;
    const inTitle = `${inItem.slice(0, title)}y${inItem.slice(title)}`;
    assertSameParse(parser, inTitle);
    assert.equal(parser.lastPath, 'block');
    // An edit that breaks the module: the document is read by parts from then on, the same as from scratch.
    const broken = `${inTitle.slice(0, title)}"${inTitle.slice(title)}`;
    assertSameParse(parser, broken);
    assert.equal(parser.lastPath, 'parts');
    const stillBroken = `${broken.slice(0, city)}z${broken.slice(city)}`;
    assertSameParse(parser, stillBroken);
    assert.equal(parser.lastPath, 'parts');
    // Mended: read as a whole again.
    const mended = `${stillBroken.slice(0, title)}${stillBroken.slice(title + 1)}`;
    assertSameParse(parser, mended);
    assert.equal(parser.lastPath, 'full');
  });

  it('re-parses one module of a whole study’s section, or one list item in it, never the whole section', () => {
    const text = DOCUMENTS['sample NCT05594173 (a whole study with results)'];
    const parser = new IncrementalYamlParser();
    parser.parse(text);
    const edit = (before: string, marker: string, insert: string) => {
      const at = before.indexOf(marker) + marker.length;
      assert.ok(at >= marker.length, marker);
      return `${before.slice(0, at)}${insert}${before.slice(at)}`;
    };
    // A group title of the outcome measures (a module in the middle of resultsSection).
    const inMeasure = edit(text, '    outcomeMeasures:\n      - type: PRIMARY\n        title: ', 'x');
    assertSameParse(parser, inMeasure);
    assert.equal(parser.lastPath, 'module');
    // The brief title (identificationModule, the first module of protocolSection).
    const inTitle = edit(inMeasure, 'briefTitle: ', 'y');
    assertSameParse(parser, inTitle);
    assert.equal(parser.lastPath, 'module');
    // A new line at the module's field indent stays inside it; one at the section's child indent would not.
    const titleLineEnd = inTitle.indexOf('\n', inTitle.indexOf('briefTitle: '));
    const withField = `${inTitle.slice(0, titleLineEnd)}\n    keywordOfTheDay: ABC${inTitle.slice(titleLineEnd)}`;
    assertSameParse(parser, withField);
    assert.equal(parser.lastPath, 'module');
    // A new module between two others is a change to the section's keys: read with the section.
    const statusAt = withField.indexOf('\n  statusModule:\n') + 1;
    const newModule = `${withField.slice(0, statusAt)}  extraModule:\n    note: x\n${withField.slice(statusAt)}`;
    assertSameParse(parser, newModule);
    assert.equal(parser.lastPath, 'block');
    // The last module of a section ends where the section ends: read with the section.
    const lastModule = Object.keys((parser.parse(newModule).value as { resultsSection: object }).resultsSection).pop()!;
    const inLast = edit(newModule, `  ${lastModule}:\n`, '    # note\n');
    assertSameParse(parser, inLast);
    assert.equal(parser.lastPath, 'block');
  });

  it('reads a module holding a comment with its section: an emptied value before a comment stretches the module in a full parse', () => {
    const text =
      'protocolSection:\n  identificationModule:\n    nctId: NCT00000001\n    briefTitle: a #x\n  statusModule:\n    overallStatus: RECRUITING\n';
    const parser = new IncrementalYamlParser();
    parser.parse(text);
    const emptied = text.replace('briefTitle: a #x', 'briefTitle: #x');
    assertSameParse(parser, emptied);
    assert.equal(parser.lastPath, 'block');
    // A deletion that turns text into a comment, no `#` typed: the same.
    const hashInValue = text.replace('a #x', 'a#b');
    const fresh = new IncrementalYamlParser();
    fresh.parse(hashInValue);
    assertSameParse(fresh, hashInValue.replace('a#b', '#b'));
  });
});
