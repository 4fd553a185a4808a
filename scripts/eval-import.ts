// `npm run eval:import`: field-level precision and recall of the importer against records written blind.
//
//   npm run eval:import                        every table
//   npm run eval:import -- --half development  only the development half (what readers are tuned on)
//   npm run eval:import -- --details           also each page's wrong and missed fields (of the halves shown)
//   npm run eval:import -- --update-docs       also write the two corpus tables into docs/import-evaluation.md
//
// Tables (each page counts once, in one table):
// 1. the registry-page corpus, development half, per site group (test/fixtures/import/corpus, split.json);
// 2. the same, test half: pages the readers were never tuned on, scored as they come out;
// 3. the five shared registry pages (test/fixtures/import/pages with expected-by-hand/), reported apart
//    because the first readers were built on them; the Ignite page once (its HTML copy is the same page);
// 4. API study records (test/fixtures/ctgov/json), as JSON and inside an Ignite-style page: the expected
//    record is the study's own protocolSection, not something written from the importer's output.
// Regression snapshots (test/fixtures/import/expected/, started from the importer's own output) are only
// counted as identical or not: they are never a precision or recall figure.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateImport } from '../test/unit/import/support/importEvaluation';
import type { Half } from '../test/unit/import/support/corpusScoring';
import { EVALUATION_DOC, EVALUATION_TABLE_MARKERS, withEvaluationTables } from '../test/unit/import/support/evaluationTables';

const { values: options } = parseArgs({
  options: {
    half: { type: 'string', default: 'all' },
    details: { type: 'boolean', default: false },
    'update-docs': { type: 'boolean', default: false },
  },
});
if (!['all', 'development', 'test'].includes(options.half)) {
  process.stderr.write(`--half must be development, test or all (got ${options.half})\n`);
  process.exit(2);
}
const halves: Half[] = options.half === 'all' ? ['development', 'test'] : [options.half as Half];
const evaluation = evaluateImport({ halves, details: options.details });
process.stdout.write(evaluation.report);
if (evaluation.failures.length > 0)
  process.stderr.write(`\nNot imported:\n${evaluation.failures.map((failure) => `- ${failure}`).join('\n')}\n`);
if (options['update-docs']) {
  const page = path.resolve(__dirname, '..', EVALUATION_DOC);
  writeFileSync(page, withEvaluationTables(readFileSync(page, 'utf8'), evaluation));
  process.stderr.write(`${EVALUATION_DOC}: ${Object.keys(EVALUATION_TABLE_MARKERS).join(' and ')} tables updated\n`);
}
