// A YAML record that does not parse as a whole is read part by part: a broken part is one broken part,
// and every other part is read and checked as usual (see server/src/service/parse/tolerantYaml.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { IncrementalYamlParser } from '../../../server/src/service/parse/incrementalYamlParser';
import { MAX_RECORD_VALUES } from '../../../server/src/service/parse/parseGuards';
import { parseYamlRecord } from '../../../server/src/service/parse/tolerantYaml';
import { MAX_SYNTAX_PROBLEMS, boundedSyntaxProblems } from '../../../server/src/service/parse/syntaxCascade';
import { parseYamlTree } from '../../../server/src/service/parse/yamlRecordParser';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';
import { offsetRange } from '../../../server/src/service/text/offsetRange';

const root = path.resolve(__dirname, '..', '..', '..');
const TODAY = '2026-01-15';

/** A real record with many locations (about 9,000 lines of YAML). */
function largeRecord(): string {
  const study = JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'ctgov', 'json', 'NCT04267848.json'), 'utf8')) as {
    protocolSection: unknown;
  };
  return stringify(study.protocolSection, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** The record with a JSON object pasted in place of the line that starts with `marker`. */
function withPastedJson(text: string, marker: string): { text: string; at: number } {
  const at = text.indexOf(marker);
  assert.ok(at > 0, `${marker} is in the record`);
  const json = JSON.stringify({ facility: 'Pasted Site', city: 'Lyon', country: 'France', geoPoint: { lat: 45.76, lon: 4.83 } }, null, 2);
  return { text: text.slice(0, at) + json + text.slice(at), at };
}

describe('a YAML record that does not parse is read part by part', () => {
  const clean = largeRecord();
  const firstLocation = clean.indexOf('    - facility:', clean.indexOf('  locations:'));
  const { text: broken, at } = withPastedJson(clean, clean.slice(firstLocation + 400).split('\n')[1] + '\n');

  it('reports the pasted fragment, not thousands of follow-on errors', () => {
    const whole = parseYamlTree(broken);
    const parts = parseYamlRecord(broken);
    assert.ok(whole.problems.length > MAX_SYNTAX_PROBLEMS, 'the yaml package alone loses its way for the rest of the file');
    // The one list item the JSON was pasted into is broken; every problem is inside it.
    assert.equal(parts.brokenRanges?.length, 1);
    const [item] = parts.brokenRanges;
    assert.ok(
      item.start <= at && item.end > at + 100 && item.end - item.start < 1000,
      `broken item ${item.start}-${item.end} around the paste at ${at}`,
    );
    assert.ok(parts.problems.length > 0 && parts.problems.length < 50, `${parts.problems.length} problems`);
    for (const problem of parts.problems)
      assert.ok(
        problem.range.start >= item.start && problem.range.end <= item.end,
        `problem at ${problem.range.start} is inside the broken item`,
      );
  });

  it('reads every other module and list item with the values and places of the clean record', () => {
    const cleanTree = parseYamlTree(clean);
    const parts = parseYamlRecord(broken);
    const shift = broken.length - clean.length;
    const value = parts.value as Record<string, Record<string, unknown>>;
    const cleanValue = cleanTree.value as Record<string, Record<string, unknown>>;
    for (const module of Object.keys(cleanValue))
      if (module !== 'contactsLocationsModule') assert.deepEqual(value[module], cleanValue[module], module);
    const locations = value.contactsLocationsModule.locations as unknown[];
    const cleanLocations = cleanValue.contactsLocationsModule.locations as unknown[];
    assert.equal(locations.length, cleanLocations.length);
    assert.deepEqual(locations.at(-1), cleanLocations.at(-1));
    const lastPointer = `/contactsLocationsModule/locations/${cleanLocations.length - 1}/facility`;
    assert.deepEqual(parts.locations.get(lastPointer)?.valueRange, {
      start: cleanTree.locations.get(lastPointer)!.valueRange.start + shift,
      end: cleanTree.locations.get(lastPointer)!.valueRange.end + shift,
    });
  });

  it('gives the same result typed into incrementally as read fresh, and the clean parse once mended', () => {
    const parser = new IncrementalYamlParser();
    parser.parse(clean);
    const incremental = parser.parse(broken);
    assert.equal(parser.lastPath, 'parts');
    const fresh = parseYamlRecord(broken);
    assert.deepEqual(incremental.value, fresh.value);
    assert.deepEqual([...incremental.locations], [...fresh.locations]);
    assert.deepEqual(incremental.problems, fresh.problems);
    const mended = parser.parse(clean);
    assert.equal(mended.problems.length, 0);
    assert.deepEqual([...mended.locations], [...parseYamlTree(clean).locations]);
  });

  it('after the paste, gives for every keystroke what a fresh reading gives: typing elsewhere, in the broken item, and adding a module', () => {
    const parser = new IncrementalYamlParser();
    parser.parse(broken);
    let text = broken;
    const edits: Array<(current: string) => string> = [
      // Typing at the end of the brief title (another module).
      ...Array.from({ length: 5 }, () => (current: string) => current.replace(/(\n {2}briefTitle: [^\n]*)/, '$1x')),
      // Typing inside the broken item, then a new line there.
      (current) => current.slice(0, at + 3) + 'z' + current.slice(at + 3),
      (current) => current.slice(0, at) + '\n' + current.slice(at),
      // A new module at the end, and a key line made out of the fragment's first line.
      (current) => `${current}newModule:\n  field: 1\n`,
      (current) => current.slice(0, at) + 'loose: 1\n' + current.slice(at),
    ];
    for (const edit of edits) {
      text = edit(text);
      const incremental = parser.parse(text);
      const fresh = parseYamlRecord(text);
      assert.deepEqual(incremental.value, fresh.value);
      assert.deepEqual([...incremental.locations], [...fresh.locations]);
      assert.deepEqual(incremental.problems, fresh.problems);
      assert.deepEqual(incremental.brokenRanges, fresh.brokenRanges);
    }
  });

  it('checks the rest of the record as usual: a schema error far from the paste is still reported', () => {
    const withTypo = broken.replace(/overallStatus: \S+/, 'overallStatus: RECRUTING');
    const analysis = new RecordAnalyzer('yaml').analyze(withTypo, { today: TODAY });
    assert.ok(
      analysis.diagnostics.some(
        (diagnostic) =>
          diagnostic.code === 'schema/enum' && withTypo.slice(diagnostic.range.start, diagnostic.range.end).startsWith('RECRUTING'),
      ),
    );
  });

  it('does not take a U+2028 inside a key for a line break', () => {
    const text = 'identificationModule:\n  briefTitle: A\nstatusModule:\n  overall\u2028Status: x\n  bad: [\n';
    const parts = parseYamlRecord(text);
    assert.deepEqual(Object.keys(parts.value as object), ['identificationModule', 'statusModule']);
  });

  it('keeps a document with too many values refused as a whole', () => {
    const parsed = parseYamlRecord(`a: [${'0,'.repeat(MAX_RECORD_VALUES)}0]\nb: [\n`);
    assert.equal(parsed.value, undefined);
    assert.deepEqual(
      parsed.problems.map((problem) => problem.code),
      ['syntax/too-large'],
    );
  });

  it('reads a document with anchors whole', () => {
    const parsed = parseYamlRecord('a: &x\n  b: 1\nc: *x\nd: [\n');
    assert.equal(parsed.brokenRanges, undefined);
  });
});

describe('syntax problems are bounded', () => {
  const errors = Array.from({ length: 250 }, (_, i) => i * 10);
  const toProblem = (start: number) => ({
    range: offsetRange(start, start + 2),
    message: `error at ${start}`,
    code: 'syntax/yaml',
    severity: 'error' as const,
  });

  it('keeps the first ones one by one and counts the rest in one problem that spans them', () => {
    const problems = boundedSyntaxProblems([...errors].reverse(), (start) => offsetRange(start, start + 2), toProblem, 'syntax/yaml');
    assert.equal(problems.length, MAX_SYNTAX_PROBLEMS + 1);
    assert.equal(problems[0].message, 'error at 0');
    assert.deepEqual(problems.at(-1)!.range, { start: MAX_SYNTAX_PROBLEMS * 10, end: 2492 });
    assert.match(problems.at(-1)!.message, /^150 more syntax problems follow from here/);
  });

  it('says "one more" in the singular and stays inside the text when the last error is at its end', () => {
    const starts = [...errors.slice(0, MAX_SYNTAX_PROBLEMS), 5000];
    const problems = boundedSyntaxProblems(starts, (start) => offsetRange(start, Math.min(start + 2, 5000)), toProblem, 'syntax/yaml');
    assert.match(problems.at(-1)!.message, /^One more syntax problem follows/);
    assert.deepEqual(problems.at(-1)!.range, { start: 5000, end: 5000 });
  });
});
