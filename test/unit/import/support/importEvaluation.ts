// The importer's evaluation against records written blind, as Markdown tables: shared by
// `npm run eval:import` (scripts/eval-import.ts) and the test that keeps docs/import-evaluation.md's tables current.
// See scripts/eval-import.ts for what each table measures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ImportRefusal, importPage } from '../../../../server/src/import/importPage';
import { corpusPages, scoreFields, type FieldScore, type Half } from './corpusScoring';
import { ignitePage, REPOSITORY_ROOT } from './importTestKit';

const PAGES = path.join(REPOSITORY_ROOT, 'test/fixtures/import/pages');
const SNAPSHOTS = path.join(REPOSITORY_ROOT, 'test/fixtures/import/expected');
const BY_HAND = path.join(REPOSITORY_ROOT, 'test/fixtures/import/expected-by-hand');
const CTGOV_JSON = path.join(REPOSITORY_ROOT, 'test/fixtures/ctgov/json');
const CTGOV_XML = path.join(REPOSITORY_ROOT, 'test/fixtures/ctgov/xml');

interface EvalCase {
  readonly group: string;
  readonly name: string;
  readonly text: string;
  readonly expected: unknown;
}

interface Tally {
  pages: number;
  detected: number;
  expected: number;
  imported: number;
  correct: number;
}

interface CaseResult {
  readonly evalCase: EvalCase;
  readonly format: string;
  readonly score: FieldScore;
}

export interface EvaluationOptions {
  /** Which corpus halves to score (default both). */
  readonly halves?: readonly Half[];
  /** Also list each page's wrong and missed fields. */
  readonly details?: boolean;
}

export interface Evaluation {
  /** The corpus tables by half (Markdown, without a heading). */
  readonly halves: Partial<Record<Half, string>>;
  /** Everything, with headings, as `npm run eval:import` prints it. */
  readonly report: string;
  /** Pages that could not be imported at all, with the reason. */
  readonly failures: readonly string[];
}

function listFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

function readRecordFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parse(text, { version: '1.2' });
}

function runCase(evalCase: EvalCase, failures: string[]): CaseResult {
  try {
    const result = importPage(evalCase.text, { sourceName: evalCase.name });
    return { evalCase, format: result.format, score: scoreFields(result.record, evalCase.expected) };
  } catch (error) {
    failures.push(`${evalCase.name}: ${error instanceof ImportRefusal ? error.message : String(error)}`);
    return { evalCase, format: 'refused', score: scoreFields({}, evalCase.expected) };
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

function table(results: readonly CaseResult[], groupTitle: string): string {
  const rows = new Map<string, Tally>();
  for (const { evalCase, format, score } of results) {
    const tally = rows.get(evalCase.group) ?? { pages: 0, detected: 0, expected: 0, imported: 0, correct: 0 };
    rows.set(evalCase.group, tally);
    tally.pages++;
    if (format !== 'unrecognised' && format !== 'refused') tally.detected++;
    tally.expected += score.expected;
    tally.imported += score.imported;
    tally.correct += score.correct;
  }
  const lines = [
    `| ${groupTitle} | pages | detected | expected fields | imported | correct | precision | recall |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const total: Tally = { pages: 0, detected: 0, expected: 0, imported: 0, correct: 0 };
  for (const [group, tally] of [...rows].sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))) {
    lines.push(
      `| ${group} | ${tally.pages} | ${tally.detected} | ${tally.expected} | ${tally.imported} | ${tally.correct} | ${percent(tally.correct, tally.imported)} | ${percent(tally.correct, tally.expected)} |`,
    );
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += tally[key];
  }
  lines.push(
    `| **all** | ${total.pages} | ${total.detected} | ${total.expected} | ${total.imported} | ${total.correct} | **${percent(total.correct, total.imported)}** | **${percent(total.correct, total.expected)}** |`,
  );
  return lines.join('\n');
}

function details(results: readonly CaseResult[]): string {
  const out: string[] = [];
  for (const { evalCase, format, score } of results) {
    out.push(`\n### ${evalCase.name} (${format}): ${score.correct}/${score.expected} expected fields, ${score.imported} imported`);
    for (const wrong of score.wrong)
      out.push(
        `- WRONG ${wrong.at}: imported ${JSON.stringify(wrong.imported.slice(0, 120))}${wrong.expected === undefined ? ' (not expected)' : `, expected ${JSON.stringify(wrong.expected.slice(0, 120))}`}`,
      );
    for (const missed of score.missed)
      if (!score.wrong.some((wrong) => wrong.at === missed.at))
        out.push(`- missed ${missed.at}: ${JSON.stringify(missed.expected.slice(0, 120))}`);
  }
  return out.join('\n');
}

export function evaluateImport(options: EvaluationOptions = {}): Evaluation {
  const failures: string[] = [];
  const out: string[] = [];

  // 1 and 2: the corpus halves.
  const tables: Partial<Record<Half, string>> = {};
  for (const half of options.halves ?? (['development', 'test'] as const)) {
    const pages = corpusPages([half]);
    const missing = pages.filter((page) => page.expected === undefined).map((page) => page.name);
    const results = pages
      .filter((page) => page.expected !== undefined)
      .map((page) => runCase({ group: page.group, name: page.name, text: page.text, expected: page.expected }, failures));
    out.push(
      `## Registry-page corpus, ${half} half${half === 'test' ? ' (the readers were not tuned on it)' : ' (the readers are tuned on it)'}\n`,
    );
    tables[half] = table(results, 'site group');
    out.push(tables[half] ?? '');
    if (missing.length > 0) out.push(`\nNo expected record yet: ${missing.join(', ')}`);
    if (options.details) out.push(details(results));
    out.push('');
  }

  // 3: the five shared pages, apart; the HTML copy of the Ignite page is the same page and is not counted.
  const shared = listFiles(BY_HAND)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const base = name.slice(0, -5);
      return {
        group: base.split('-')[0],
        name: `${base}.txt`,
        text: readFileSync(path.join(PAGES, `${base}.txt`), 'utf8'),
        expected: readRecordFile(path.join(BY_HAND, name)),
      };
    });
  const sharedResults = shared.map((evalCase) => runCase(evalCase, failures));
  out.push('## The five shared registry pages (the first readers were built on them: not a measure of unseen pages)\n');
  out.push(table(sharedResults, 'site'));
  if (options.details) out.push(details(sharedResults));
  out.push('');

  // 4: API study records against their own protocolSection.
  const apiCases: EvalCase[] = [];
  for (const name of listFiles(CTGOV_JSON).filter((file) => file.endsWith('.json'))) {
    const value = JSON.parse(readFileSync(path.join(CTGOV_JSON, name), 'utf8')) as { studies?: unknown[] } & Record<string, unknown>;
    const studies = (Array.isArray(value.studies) ? value.studies : [value]) as Array<Record<string, unknown>>;
    for (const study of studies) {
      apiCases.push({ group: 'API JSON', name, text: JSON.stringify(study, null, 2), expected: study.protocolSection });
      apiCases.push({
        group: 'API JSON in an Ignite page (Python literal)',
        name,
        text: ignitePage(study as never),
        expected: study.protocolSection,
      });
    }
  }
  out.push("## API study records (expected: the study's own protocolSection)\n");
  out.push(
    table(
      apiCases.map((evalCase) => runCase(evalCase, failures)),
      'input',
    ),
  );
  out.push('');

  // Regression snapshots: identical or not, never a precision or recall.
  const snapshotInputs = [
    ...listFiles(PAGES).map((name) => path.join(PAGES, name)),
    ...listFiles(CTGOV_XML).map((name) => path.join(CTGOV_XML, name)),
  ];
  let identical = 0;
  const differing: string[] = [];
  for (const input of snapshotInputs) {
    const base = path.basename(input).replace(/\.[^.]+$/, '');
    const snapshot = ['.yaml', '.yml', '.json'].map((extension) => path.join(SNAPSHOTS, base + extension)).find((file) => existsSync(file));
    if (!snapshot || /\.html?$/i.test(input)) continue;
    const score = runCase(
      { group: '', name: path.basename(input), text: readFileSync(input, 'utf8'), expected: readRecordFile(snapshot) },
      failures,
    ).score;
    if (score.wrong.length === 0 && score.missed.length === 0) identical++;
    else differing.push(path.basename(input));
  }
  out.push(
    `Regression snapshots (records started from the importer's own output; not a measure of correctness): ${identical} of ${identical + differing.length} identical${differing.length > 0 ? `; differing: ${differing.join(', ')}` : ''}.`,
  );

  return { halves: tables, report: `${out.join('\n')}\n`, failures };
}
