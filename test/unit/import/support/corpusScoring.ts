// The registry-page corpus (test/fixtures/import/corpus) and how an import is scored against a record
// written blind: shared by `npm run eval:import` and the corpus tests, so both count the same way.
//
// A field is a leaf value at a path (`designModule.phases[1]`). An imported field is correct when the
// expected record has the same value at the same path (text compared with whitespace runs as one space).
// Precision = correct / imported fields; recall = correct / expected fields.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from './importTestKit';

export const CORPUS_FOLDER = path.join(REPOSITORY_ROOT, 'test/fixtures/import/corpus');
export const CORPUS_PAGES_FOLDER = path.join(CORPUS_FOLDER, 'pages');

export type Half = 'development' | 'test';

export interface CorpusPage {
  /** File name in `pages/`, e.g. `ctri-CTRI-2020-05-025213.txt`. */
  readonly name: string;
  readonly half: Half;
  /** The site group it is stratified and reported in (split.json). */
  readonly group: string;
  readonly text: string;
  /** The record written blind from the page, or undefined while it is not written yet. */
  readonly expected: unknown;
}

interface Split {
  readonly groups: Record<string, string>;
  readonly development: string[];
  readonly test: string[];
}

/** The corpus pages of one half (or both), with their expected records, in file-name order. */
export function corpusPages(halves: readonly Half[] = ['development', 'test']): CorpusPage[] {
  const split = JSON.parse(readFileSync(path.join(CORPUS_FOLDER, 'split.json'), 'utf8')) as Split;
  const pages: CorpusPage[] = [];
  for (const half of halves) {
    for (const name of split[half]) {
      const expectedFile = path.join(CORPUS_FOLDER, 'expected', half, name.replace(/\.txt$/, '.json'));
      pages.push({
        name,
        half,
        group: split.groups[name] ?? 'ungrouped',
        text: readFileSync(path.join(CORPUS_PAGES_FOLDER, name), 'utf8'),
        expected: existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as unknown) : undefined,
      });
    }
  }
  return pages.sort((a, b) => a.name.localeCompare(b.name));
}

/** Leaf values by path, texts with whitespace runs as one space; empty texts and nulls are not fields. */
export function fieldValues(value: unknown, at = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, index) => fieldValues(item, `${at}[${index}]`, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) fieldValues(item, at === '' ? key : `${at}.${key}`, into);
  else if (value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')) {
    into.set(at, typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : JSON.stringify(value));
  }
  return into;
}

export interface FieldScore {
  readonly expected: number;
  readonly imported: number;
  readonly correct: number;
  /** Imported fields whose value differs from the expected one, or that the expected record does not have. */
  readonly wrong: ReadonlyArray<{ readonly at: string; readonly imported: string; readonly expected?: string }>;
  /** Expected fields the import left out or got wrong. */
  readonly missed: ReadonlyArray<{ readonly at: string; readonly expected: string }>;
}

/** Compares an imported record with the expected one, field by field. */
export function scoreFields(imported: unknown, expected: unknown): FieldScore {
  const want = fieldValues(expected);
  const got = fieldValues(imported);
  const wrong: Array<{ at: string; imported: string; expected?: string }> = [];
  let correct = 0;
  for (const [at, value] of got) {
    if (want.get(at) === value) correct++;
    else wrong.push({ at, imported: value, expected: want.get(at) });
  }
  const missed = [...want].filter(([at, value]) => got.get(at) !== value).map(([at, value]) => ({ at, expected: value }));
  return { expected: want.size, imported: got.size, correct, wrong, missed };
}
