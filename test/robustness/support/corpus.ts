import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** One seed document for the fuzzers. */
export interface CorpusRecord {
  readonly name: string;
  readonly format: RecordFormat;
  readonly text: string;
}

/**
 * Protocol sections bigger than this (as YAML) are left out of the fuzzing corpus: a few
 * fixtures are half a megabyte, and hundreds of mutated copies of them would make the suite
 * slow without reaching code the smaller records do not reach. The hostile-document tests
 * cover size on its own.
 */
const MAX_SEED_CHARS = 40_000;

/** The samples as written, plus every ClinicalTrials.gov fixture's protocol section as YAML and as JSON. */
export function recordCorpus(): CorpusRecord[] {
  const corpus: CorpusRecord[] = [];
  const samples = path.join(REPO_ROOT, 'samples');
  for (const name of readdirSync(samples).sort()) {
    const match = /\.trial\.(yaml|yml|json)$/.exec(name);
    if (!match) continue;
    corpus.push({
      name: `samples/${name}`,
      format: match[1] === 'json' ? 'json' : 'yaml',
      text: readFileSync(path.join(samples, name), 'utf8'),
    });
  }
  const fixtures = path.join(REPO_ROOT, 'test', 'fixtures', 'ctgov', 'json');
  for (const name of readdirSync(fixtures).sort()) {
    if (!name.endsWith('.json')) continue;
    const study = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as { protocolSection?: unknown };
    if (study.protocolSection === undefined) continue;
    const yamlText = stringify(study.protocolSection, { lineWidth: 0 });
    if (yamlText.length > MAX_SEED_CHARS) continue;
    corpus.push({ name: `ctgov/${name} (YAML)`, format: 'yaml', text: yamlText });
    corpus.push({ name: `ctgov/${name} (JSON)`, format: 'json', text: `${JSON.stringify(study.protocolSection, null, 2)}\n` });
  }
  return corpus;
}

/** Text files directly in `folder` (sorted), or nothing when the folder does not exist. */
export function textFilesIn(folder: string): Array<{ name: string; text: string }> {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
}

/** Every distinct object key in the corpus: the vocabulary random records are built from. */
export function keyVocabulary(corpus: readonly CorpusRecord[]): string[] {
  const keys = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        keys.add(key);
        visit(child);
      }
    }
  };
  for (const record of corpus) if (record.format === 'json') visit(JSON.parse(record.text));
  return [...keys].sort();
}

/** Every distinct short string value in the corpus (enum values, dates, ids). */
export function valueVocabulary(corpus: readonly CorpusRecord[]): string[] {
  const values = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && value.length <= 40) values.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const record of corpus) if (record.format === 'json') visit(JSON.parse(record.text));
  return [...values].sort();
}
