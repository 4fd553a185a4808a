// The corpus tables of `npm run eval:import` as docs/import-evaluation.md quotes them, between markers: written
// by `npm run eval:import -- --update-docs`, checked by a test so the page never quotes stale figures.
import type { Half } from './corpusScoring';
import type { Evaluation } from './importEvaluation';

/** The page that quotes the tables, from the repository root. */
export const EVALUATION_DOC = 'docs/import-evaluation.md';

export const EVALUATION_TABLE_MARKERS: Readonly<Record<Half, string>> = {
  development: 'eval:import development',
  test: 'eval:import test',
};

function markedSection(marker: string): RegExp {
  return new RegExp(`(<!-- ${marker} -->\\n)[\\s\\S]*?\\n?(<!-- /${marker} -->)`);
}

/** The page's table for a half, or undefined when the markers are missing. */
export function quotedTable(page: string, half: Half): string | undefined {
  const section = markedSection(EVALUATION_TABLE_MARKERS[half]).exec(page)?.[0];
  return section?.split('\n').slice(1, -1).join('\n');
}

/** The page with both corpus tables replaced by the evaluation's. */
export function withEvaluationTables(page: string, evaluation: Evaluation): string {
  let text = page;
  for (const half of ['development', 'test'] as const) {
    const table = evaluation.halves[half];
    if (table !== undefined) text = text.replace(markedSection(EVALUATION_TABLE_MARKERS[half]), `$1${table}\n$2`);
  }
  return text;
}
