// `npm run eval:import`: field-level precision and recall of the importer over every fixture that
// has an expected record, per format, as a Markdown table.
//
// Cases:
// - test/fixtures/import/pages/<format>-<anything>.<ext> with test/fixtures/import/expected/<same name>.yaml|.yml|.json
//   (the format is the file name's prefix; `.html` pages are counted on their own row);
// - each study of test/fixtures/ctgov/json (expected: its own protocolSection), as JSON and inside
//   an Ignite-style page as a Python literal;
// - test/fixtures/ctgov/xml/<name>.xml with an expected record test/fixtures/import/expected/<name>.yaml.
// A second table measures the importer against independent records written by hand, blind, from the five real
// registry pages: their copies in test/fixtures/import/pages/ with test/fixtures/import/expected-by-hand/<name>.json.
// A field is a leaf value at a path (`designModule.phases[1]`); it is correct when the imported
// record has the same value (whitespace runs compared as one space) at the same path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PAGE_FORMATS } from '../server/src/import/formatRegistry';
import { ImportRefusal, importPage } from '../server/src/import/importPage';
import type { RecordValue } from '../server/src/service/parse/parsedRecord';
import { ignitePage } from '../test/unit/import/support/importTestKit';

const ROOT = path.resolve(__dirname, '..');
const PAGES = path.join(ROOT, 'test/fixtures/import/pages');
const EXPECTED = path.join(ROOT, 'test/fixtures/import/expected');
const CTGOV_JSON = path.join(ROOT, 'test/fixtures/ctgov/json');
const CTGOV_XML = path.join(ROOT, 'test/fixtures/ctgov/xml');
const EXPECTED_BY_HAND = path.join(ROOT, 'test/fixtures/import/expected-by-hand');

interface EvalCase {
  readonly group: string;
  readonly formatId: string;
  readonly name: string;
  readonly text: string;
  readonly expected: RecordValue;
}

interface Tally {
  cases: number;
  detected: number;
  expected: number;
  imported: number;
  correct: number;
}

type JsonObject = { [key: string]: RecordValue };

function listFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

function expectedRecordFor(baseName: string, expectedFolder = EXPECTED): RecordValue | undefined {
  for (const extension of ['.yaml', '.yml', '.json']) {
    const file = path.join(expectedFolder, baseName + extension);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    return (extension === '.json' ? JSON.parse(text) : parse(text, { version: '1.2' })) as RecordValue;
  }
  return undefined;
}

/** Pages of a folder that have an expected record in the other folder; the format is the name's prefix. */
function pageCases(pagesFolder: string, expectedFolder: string): EvalCase[] {
  const knownFormats = new Set(PAGE_FORMATS.map((format) => format.id));
  const cases: EvalCase[] = [];
  for (const name of listFiles(pagesFolder)) {
    const extension = path.extname(name);
    const expected = expectedRecordFor(name.slice(0, -extension.length), expectedFolder);
    if (expected === undefined) continue;
    const prefix = name.split('-')[0];
    const formatId = knownFormats.has(prefix) ? prefix : prefix === 'ctgov' ? 'ctgov-json' : prefix;
    const html = /^\.html?$/i.test(extension);
    cases.push({ group: html ? `${formatId} (HTML)` : formatId, formatId, name, text: readFileSync(path.join(pagesFolder, name), 'utf8'), expected });
  }
  return cases;
}

function collectCases(): EvalCase[] {
  const cases = pageCases(PAGES, EXPECTED);
  for (const name of listFiles(CTGOV_JSON).filter((file) => file.endsWith('.json'))) {
    const value = JSON.parse(readFileSync(path.join(CTGOV_JSON, name), 'utf8')) as JsonObject;
    const studies = Array.isArray(value.studies) ? (value.studies as JsonObject[]) : [value];
    for (const study of studies) {
      const expected = study.protocolSection;
      cases.push({ group: 'ctgov-json', formatId: 'ctgov-json', name, text: JSON.stringify(study, null, 2), expected });
      cases.push({ group: 'ignite (Python literal of API JSON)', formatId: 'ignite', name, text: ignitePage(study), expected });
    }
  }
  for (const name of listFiles(CTGOV_XML).filter((file) => file.endsWith('.xml'))) {
    const expected = expectedRecordFor(name.slice(0, -4));
    if (expected !== undefined) cases.push({ group: 'ctgov-xml', formatId: 'ctgov-xml', name, text: readFileSync(path.join(CTGOV_XML, name), 'utf8'), expected });
  }
  return cases;
}

/** Leaf values by path; texts with whitespace runs as one space. */
function leaves(value: RecordValue | undefined, at = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${at}[${index}]`, into));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) leaves(item, at === '' ? key : `${at}.${key}`, into);
  else if (value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')) into.set(at, typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : JSON.stringify(value));
  return into;
}

function evaluate(cases: readonly EvalCase[]): { rows: Map<string, Tally>; failures: string[] } {
  const rows = new Map<string, Tally>();
  const failures: string[] = [];
  for (const evalCase of cases) {
    const tally = rows.get(evalCase.group) ?? { cases: 0, detected: 0, expected: 0, imported: 0, correct: 0 };
    rows.set(evalCase.group, tally);
    const expected = leaves(evalCase.expected);
    tally.cases++;
    tally.expected += expected.size;
    let imported = new Map<string, string>();
    try {
      const result = importPage(evalCase.text, { sourceName: evalCase.name });
      if (result.format === evalCase.formatId) tally.detected++;
      imported = leaves(result.record as RecordValue);
    } catch (error) {
      failures.push(`${evalCase.name}: ${error instanceof ImportRefusal ? error.message : String(error)}`);
    }
    tally.imported += imported.size;
    for (const [at, value] of imported) if (expected.get(at) === value) tally.correct++;
  }
  return { rows, failures };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

function table(rows: Map<string, Tally>): string {
  const lines = ['| format | pages | detected | expected fields | imported fields | correct | precision | recall |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  const total: Tally = { cases: 0, detected: 0, expected: 0, imported: 0, correct: 0 };
  for (const [group, tally] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${group} | ${tally.cases} | ${tally.detected}/${tally.cases} | ${tally.expected} | ${tally.imported} | ${tally.correct} | ${percent(tally.correct, tally.imported)} | ${percent(tally.correct, tally.expected)} |`);
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += tally[key];
  }
  lines.push(`| **all** | ${total.cases} | ${total.detected}/${total.cases} | ${total.expected} | ${total.imported} | ${total.correct} | ${percent(total.correct, total.imported)} | ${percent(total.correct, total.expected)} |`);
  return lines.join('\n');
}

const { rows, failures } = evaluate(collectCases());
process.stdout.write(`${table(rows)}\n`);
const byHand = evaluate(pageCases(PAGES, EXPECTED_BY_HAND));
process.stdout.write(`\nAgainst independent hand-written records (the shared registry pages)\n\n${table(byHand.rows)}\n`);
const allFailures = [...failures, ...byHand.failures];
if (allFailures.length > 0) process.stderr.write(`\nNot imported:\n${allFailures.map((failure) => `- ${failure}`).join('\n')}\n`);
