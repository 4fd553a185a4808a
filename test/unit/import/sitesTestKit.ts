// Shared by the site-reader tests: read a page fixture, compare against its expected record,
// and check the record against the schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageFormat, PageReading, PageText } from '../../../server/src/import/pageFormat';
import { toPageText } from '../../../server/src/import/pageText';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';
import { PAGE_FORMATS } from '../../../server/src/import/formatRegistry';

const ROOT = path.resolve(__dirname, '../../..');
export const SITE_PAGES = path.join(ROOT, 'test/fixtures/import/pages');
export const SITE_EXPECTED = path.join(ROOT, 'test/fixtures/import/expected');

/** Every reader the importer chooses from. */
export const ALL_FORMATS: readonly PageFormat[] = PAGE_FORMATS;

/** The reader with this id (`meddatax`, `generic`…); fails the test when there is none. */
export function formatById(id: string): PageFormat {
  const format = PAGE_FORMATS.find((candidate) => candidate.id === id);
  assert.ok(format, `no reader with id ${id}`);
  return format;
}

export function pageOf(name: string, folder = SITE_PAGES): PageText {
  return toPageText(readFileSync(path.join(folder, name), 'utf8'));
}

export function expectedOf(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(SITE_EXPECTED, name.replace(/\.txt$/, '.json')), 'utf8')) as Record<string, unknown>;
}

/** The id of the reader that claims the page most strongly. */
export function winnerOf(page: PageText): string {
  const scored = ALL_FORMATS.map((format) => ({ id: format.id, score: format.detect(page) })).sort((a, b) => b.score - a.score);
  return scored[0].score > 0 ? scored[0].id : 'none';
}

/** Schema problems of a protocol-section record (missing required fields are fine for an import). */
export function schemaProblems(record: Record<string, unknown>): string[] {
  const analysis = new RecordAnalyzer('json').analyze(JSON.stringify(record, null, 2), { today: '2026-01-01', rulesEnabled: false });
  return analysis.diagnostics
    .filter((diagnostic) => diagnostic.code !== 'schema/required')
    .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
}

function leaves(value: unknown, at = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${at}[${index}]`, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leaves(item, at ? `${at}.${key}` : key, into);
  else into.set(at, value);
  return into;
}

/** Field by field: every expected leaf is there with its value, and nothing else was invented. */
export function assertSameFields(actual: Record<string, unknown>, expected: Record<string, unknown>): void {
  const want = leaves(expected);
  const got = leaves(actual);
  const wrong = [...want]
    .filter(([at, value]) => got.get(at) !== value)
    .map(([at, value]) => `${at}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got.get(at))}`);
  const invented = [...got.keys()].filter((at) => !want.has(at));
  assert.deepEqual({ wrong, invented }, { wrong: [], invented: [] });
}

/** The non-empty lines a reading left to be kept as comments. */
export function keptLines(page: PageText, reading: PageReading): string[] {
  return page.lines.filter((line, index) => line.trim() !== '' && !reading.usedLines.has(index));
}
