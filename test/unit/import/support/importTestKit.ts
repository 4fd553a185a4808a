// Shared helpers of the import tests: fixtures, Python repr, schema check of emitted records.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { RecordValue } from '../../../../server/src/service/parse/parsedRecord';
import { RecordAnalyzer } from '../../../../server/src/service/recordAnalyzer';

export const REPOSITORY_ROOT = path.resolve(__dirname, '../../../..');
export const PAGES_FOLDER = path.join(REPOSITORY_ROOT, 'test/fixtures/import/pages');
export const EXPECTED_FOLDER = path.join(REPOSITORY_ROOT, 'test/fixtures/import/expected');
/** Records written blind from the shared registry pages (copies of them are in PAGES_FOLDER). */
export const EXPECTED_BY_HAND_FOLDER = path.join(REPOSITORY_ROOT, 'test/fixtures/import/expected-by-hand');
export const CTGOV_JSON_FOLDER = path.join(REPOSITORY_ROOT, 'test/fixtures/ctgov/json');
export const CTGOV_XML_FOLDER = path.join(REPOSITORY_ROOT, 'test/fixtures/ctgov/xml');
/** The 70 real registry and aggregator pages of the evaluation corpus (both halves). */
export const CORPUS_PAGES_FOLDER = path.join(REPOSITORY_ROOT, 'test/fixtures/import/corpus/pages');

export interface Fixture {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

function filesIn(folder: string, pattern: RegExp): Fixture[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, file: path.join(folder, name), text: readFileSync(path.join(folder, name), 'utf8') }));
}

/** Every input the importer is tested on: registry pages, API JSON and legacy XML. */
export function allFixtures(): Fixture[] {
  return [
    ...filesIn(PAGES_FOLDER, /\.(txt|html?|json|xml)$/i),
    ...filesIn(CORPUS_PAGES_FOLDER, /\.txt$/i),
    ...filesIn(CTGOV_JSON_FOLDER, /\.json$/i),
    ...filesIn(CTGOV_XML_FOLDER, /\.xml$/i),
  ];
}

export function ctgovJsonFixtures(): Fixture[] {
  return filesIn(CTGOV_JSON_FOLDER, /\.json$/i);
}

type JsonObject = { [key: string]: RecordValue };

/** Each study of an API file (a search response holds several). */
export function studiesOf(text: string): JsonObject[] {
  const value = JSON.parse(text) as JsonObject;
  return Array.isArray(value.studies) ? (value.studies as JsonObject[]) : [value];
}

/** `repr()` of a JSON value as Python 3 prints it (the form of Ignite's "Raw JSON" dumps). */
export function pythonRepr(value: RecordValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pythonStringRepr(key)}: ${pythonRepr(item)}`)
    .join(', ')}}`;
}

function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') body += '\\\\';
    else if (char === quote) body += `\\${quote}`;
    else if (char === '\n') body += '\\n';
    else if (char === '\r') body += '\\r';
    else if (char === '\t') body += '\\t';
    else if (code < 0x20 || code === 0x7f) body += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code >= 0x80 && code < 0xa0) body += `\\x${code.toString(16)}`;
    else if (code === 0x2028 || code === 0x2029) body += `\\u${code.toString(16)}`;
    else body += char;
  }
  return `${quote}${body}${quote}`;
}

/** A text or number field as the page prints it; a missing (or non-scalar) field prints as nothing. */
function scalarText(value: RecordValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** An Ignite "Viewing Study" page around a study, as the site lays it out. */
export function ignitePage(study: JsonObject): string {
  const identification = (study.protocolSection as JsonObject | undefined)?.identificationModule as JsonObject | undefined;
  const status = (study.protocolSection as JsonObject | undefined)?.statusModule as JsonObject | undefined;
  const nctId = scalarText(identification?.nctId);
  return [
    `Viewing Study ${nctId}`,
    '',
    '',
    'Ignite Creation Date: 2025-12-24 @ 3:51 PM',
    'Ignite Modification Date: 2026-01-05 @ 6:16 PM',
    `Study NCT ID: ${nctId}`,
    `Status: ${scalarText(status?.overallStatus)}`,
    `Brief Title: ${scalarText(identification?.briefTitle)}`,
    'Sponsor:',
    '',
    'Raw JSON',
    '',
    pythonRepr(study),
  ].join('\n');
}

/** Schema problems of an emitted record other than fields the page did not give (`schema/required`). */
export function schemaProblemsOf(yaml: string): string[] {
  const analysis = new RecordAnalyzer('yaml').analyze(yaml, { today: '2026-01-01', rulesEnabled: false });
  return analysis.diagnostics
    .filter((diagnostic) => diagnostic.code !== 'schema/required')
    .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
}

/** The record an emitted YAML text holds. */
export function recordOf(yaml: string): JsonObject {
  return (parse(yaml, { version: '1.2' }) as JsonObject | null) ?? {};
}

/** The comment lines of the block of kept lines at the end, with their `# ` removed. */
export function keptCommentLines(yaml: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => /^# ── \d+ lines? of the page not mapped to a field, kept verbatim ──$/.test(line));
  if (start < 0) return [];
  return lines
    .slice(start + 1)
    .filter((line) => line.startsWith('#'))
    .map((line) => (line === '#' ? '' : line.slice(2)));
}

/** Every leaf value of a record by its path (`designModule.phases[1]`): what field-by-field comparisons compare. */
export function leaves(value: unknown, at = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${at}[${index}]`, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leaves(item, at ? `${at}.${key}` : key, into);
  else into.set(at, value);
  return into;
}
