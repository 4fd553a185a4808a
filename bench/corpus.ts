// A large corpus for the throughput and memory runs, built by mutating the real records in
// test/fixtures/ctgov/json and json-more: one `NCT….json` file per study as the registry ships them
// (or `NCT….trial.yaml`, the same study as YAML). Record i depends only on the seed and i, so the
// first N records of any corpus are the same and runs of N and 2N records compare like for like.
// Mutations: a new NCT ID, the status dates moved back together by whole months, a varied title,
// locations dropped or duplicated, keywords shuffled, the enrollment of studies without results
// perturbed, and in about 1 record in 25 a planted mistake, so findings exist.
// `npm run bench:corpus -- [--count N] [--format json|yaml] [--seed S] [--zip]` writes
// .bench-corpus/<format>-<N>-s<S>/ (and with --zip the same files as <folder>.zip, the registry's
// bulk-download shape, made with the system's `zip`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toYaml } from './documents';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type CorpusFormat = 'json' | 'yaml';

export const DEFAULT_CORPUS_SIZE = 100_000;
export const DEFAULT_SEED = 18;
/** Bump when the mutations change, so a cached corpus is rebuilt. */
const GENERATOR_VERSION = 1;

/** The mistakes planted in about 1 record in 25 (the name is kept in the manifest's counts). */
export const PLANTED_MISTAKES = ['status typo', 'negative enrollment', 'start after completion', 'brief title removed'] as const;
export type PlantedMistake = (typeof PLANTED_MISTAKES)[number];
const PLANT_RATE = 0.04;

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The real studies the corpus is mutated from, sorted by file name (a search response gives its first study). */
export function sourceStudies(root: string): JsonObject[] {
  const studies: JsonObject[] = [];
  for (const folder of ['json', 'json-more']) {
    const dir = path.join(root, 'test', 'fixtures', 'ctgov', folder);
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const parsed = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as JsonObject & { studies?: JsonObject[] };
      const study = parsed.protocolSection ? parsed : parsed.studies?.[0];
      if (study?.protocolSection) studies.push(study);
    }
  }
  if (studies.length === 0) throw new Error('no real records under test/fixtures/ctgov');
  return studies;
}

/** The NCT ID of corpus record `index`: NCT9 and seven digits, clear of today's registry numbers. */
export function corpusNctId(index: number): string {
  return `NCT9${String(index).padStart(7, '0')}`;
}

export interface MutatedStudy {
  readonly nctId: string;
  readonly study: JsonObject;
  readonly planted?: PlantedMistake;
}

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Record `index` of the corpus seeded with `seed`. */
export function mutatedStudy(sources: readonly JsonObject[], index: number, seed: number): MutatedStudy {
  const random = seededRandom(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const pick = (count: number) => Math.floor(random() * count);
  const study = structuredClone(sources[pick(sources.length)]);
  const protocol = study.protocolSection as JsonObject;
  const nctId = corpusNctId(index);
  const identification = protocol.identificationModule;
  if (isObject(identification)) {
    identification.nctId = nctId;
    if (typeof identification.briefTitle === 'string') identification.briefTitle = variedTitle(identification.briefTitle, random);
  }
  const status = protocol.statusModule;
  if (isObject(status)) shiftDates(status, -pick(25));
  const locations = isObject(protocol.contactsLocationsModule) ? protocol.contactsLocationsModule.locations : undefined;
  if (Array.isArray(locations) && locations.length > 1) {
    if (random() < 0.5) locations.splice(pick(locations.length), 1 + pick(Math.min(3, locations.length - 1)));
    else locations.push(structuredClone(locations[pick(locations.length)]));
  }
  const keywords = isObject(protocol.conditionsModule) ? protocol.conditionsModule.keywords : undefined;
  if (Array.isArray(keywords)) shuffle(keywords, random);
  const enrollment = isObject(protocol.designModule) ? protocol.designModule.enrollmentInfo : undefined;
  // With results, the enrollment must match the participant flow; perturb it only without.
  if (isObject(enrollment) && typeof enrollment.count === 'number' && study.resultsSection === undefined) {
    enrollment.count = Math.max(1, Math.round(enrollment.count * (0.5 + random())));
  }
  let planted: PlantedMistake | undefined;
  if (random() < PLANT_RATE) {
    planted = PLANTED_MISTAKES[pick(PLANTED_MISTAKES.length)];
    plant(protocol, planted);
  }
  return { nctId, study, planted };
}

function variedTitle(title: string, random: () => number): string {
  const words = title.split(' ');
  if (words.length > 3 && random() < 0.5) {
    const at = 1 + Math.floor(random() * (words.length - 2));
    [words[at], words[at + 1]] = [words[at + 1], words[at]];
  }
  return random() < 0.3 ? `${words.join(' ')} (Cohort ${1 + Math.floor(random() * 9)})` : words.join(' ');
}

const DATE = /^(\d{4})-(\d{2})(-(\d{2}))?$/;

/** Moves every date under `value` by `months`, keeping each date's precision (day clamped to 28). */
function shiftDates(value: JsonObject | Json[], months: number): void {
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    let next: Json = item;
    if (typeof item === 'string') {
      const match = DATE.exec(item);
      if (match) {
        const total = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
        const month = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
        next = match[4] === undefined ? month : `${month}-${String(Math.min(28, Number(match[4]))).padStart(2, '0')}`;
      }
    } else if (typeof item === 'object' && item !== null) {
      shiftDates(item, months);
    }
    if (Array.isArray(value)) value[key as number] = next;
    else value[key as string] = next;
  }
}

function shuffle(list: Json[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}

function plant(protocol: JsonObject, mistake: PlantedMistake): void {
  const status = isObject(protocol.statusModule) ? protocol.statusModule : undefined;
  const design = isObject(protocol.designModule) ? protocol.designModule : undefined;
  const identification = isObject(protocol.identificationModule) ? protocol.identificationModule : undefined;
  if (mistake === 'status typo' && status) status.overallStatus = 'RECRUTING';
  if (mistake === 'negative enrollment' && design) design.enrollmentInfo = { count: -5, type: 'ESTIMATED' };
  if (mistake === 'start after completion' && status && isObject(status.startDateStruct) && isObject(status.completionDateStruct)) {
    [status.startDateStruct, status.completionDateStruct] = [status.completionDateStruct, status.startDateStruct];
  }
  if (mistake === 'brief title removed' && identification) delete identification.briefTitle;
}

export function corpusFileName(nctId: string, format: CorpusFormat): string {
  return format === 'json' ? `${nctId}.json` : `${nctId}.trial.yaml`;
}

export function corpusText(study: JsonObject, format: CorpusFormat): string {
  return format === 'json' ? `${JSON.stringify(study, null, 2)}\n` : toYaml(study);
}

export interface Corpus {
  readonly folder: string;
  readonly count: number;
  readonly format: CorpusFormat;
  readonly bytes: number;
  /** How many records carry each planted mistake. */
  readonly planted: Record<string, number>;
}

/**
 * The corpus of `count` records in `format`, under `<root>/.bench-corpus/`: reused when a complete
 * one is there (its manifest is written last), else written afresh.
 */
export function ensureCorpus(
  root: string,
  count: number,
  format: CorpusFormat,
  seed = DEFAULT_SEED,
  log: (line: string) => void = () => {},
): Corpus {
  const folder = path.join(root, '.bench-corpus', `${format}-${count}-s${seed}`);
  const manifestFile = path.join(folder, 'manifest.txt');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Corpus & { version: number };
    if (manifest.version === GENERATOR_VERSION && manifest.count === count) return { ...manifest, folder };
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const sources = sourceStudies(root);
  const planted: Record<string, number> = {};
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const record = mutatedStudy(sources, index, seed);
    if (record.planted) planted[record.planted] = (planted[record.planted] ?? 0) + 1;
    const text = corpusText(record.study, format);
    writeFileSync(path.join(folder, corpusFileName(record.nctId, format)), text);
    bytes += Buffer.byteLength(text);
    if (index > 0 && index % 10_000 === 0) log(`  corpus: ${index} of ${count} records written`);
  }
  const corpus: Corpus = { folder, count, format, bytes, planted };
  // Not *.json, so a check over the folder never reads it as a study.
  writeFileSync(manifestFile, JSON.stringify({ ...corpus, version: GENERATOR_VERSION }));
  return corpus;
}

/** The study files of a corpus folder, sorted. */
export function corpusFiles(corpus: Corpus): string[] {
  const suffix = corpus.format === 'json' ? '.json' : '.trial.yaml';
  return readdirSync(corpus.folder)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => path.join(corpus.folder, name));
}

/** The corpus's study files as one ZIP next to its folder (entries at the root, like the registry's bulk download). */
export function corpusZip(corpus: Corpus): string {
  const zipFile = `${corpus.folder}.zip`;
  rmSync(zipFile, { force: true });
  const pattern = corpus.format === 'json' ? '*.json' : '*.trial.yaml';
  const result = spawnSync('zip', ['-q', '-r', '-D', zipFile, '.', '-i', pattern], { cwd: corpus.folder, stdio: 'inherit' });
  if (result.error || result.status !== 0)
    throw new Error(`zip failed (${result.error?.message ?? `exit ${result.status}`}); is \`zip\` installed?`);
  return zipFile;
}

function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2);
  const count = Number(optionValue(args, '--count') ?? DEFAULT_CORPUS_SIZE);
  const format = (optionValue(args, '--format') ?? 'json') as CorpusFormat;
  const seed = Number(optionValue(args, '--seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(count) || count < 1 || (format !== 'json' && format !== 'yaml') || !Number.isInteger(seed)) {
    process.stderr.write('usage: bench/corpus.ts [--count N] [--format json|yaml] [--seed S] [--zip]\n');
    process.exit(2);
  }
  const corpus = ensureCorpus(path.resolve(__dirname, '..'), count, format, seed, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(
    `${corpus.folder}: ${corpus.count} records, ${(corpus.bytes / 1024 / 1024).toFixed(0)} MB, planted ${JSON.stringify(corpus.planted)}\n`,
  );
  if (args.includes('--zip')) process.stdout.write(`${corpusZip(corpus)}\n`);
}
