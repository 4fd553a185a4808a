// The corpus tables of `npm run eval:import` as the README quotes them, between markers: written by
// `npm run eval:import -- --update-readme`, checked by a test so the README never quotes stale figures.
import type { Half } from './corpusScoring';
import type { Evaluation } from './importEvaluation';

export const README_TABLE_MARKERS: Readonly<Record<Half, string>> = { development: 'eval:import development', test: 'eval:import test' };

function markedSection(marker: string): RegExp {
  return new RegExp(`(<!-- ${marker} -->\\n)[\\s\\S]*?\\n?(<!-- /${marker} -->)`);
}

/** The README's table for a half, or undefined when the markers are missing. */
export function readmeTable(readme: string, half: Half): string | undefined {
  const section = markedSection(README_TABLE_MARKERS[half]).exec(readme)?.[0];
  return section?.split('\n').slice(1, -1).join('\n');
}

/** The README with both corpus tables replaced by the evaluation's. */
export function withReadmeTables(readme: string, evaluation: Evaluation): string {
  let text = readme;
  for (const half of ['development', 'test'] as const) {
    const table = evaluation.halves[half];
    if (table !== undefined) text = text.replace(markedSection(README_TABLE_MARKERS[half]), `$1${table}\n$2`);
  }
  return text;
}
