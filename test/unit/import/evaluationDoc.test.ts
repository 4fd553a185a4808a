// docs/import-evaluation.md quotes the corpus tables `npm run eval:import` prints; this keeps them current
// (`npm run eval:import -- --update-docs` rewrites them).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateImport } from './support/importEvaluation';
import { REPOSITORY_ROOT } from './support/importTestKit';
import { EVALUATION_DOC, quotedTable } from './support/evaluationTables';

describe('the import evaluation page', () => {
  it('quotes the development and test tables exactly as eval:import prints them', () => {
    const page = readFileSync(path.join(REPOSITORY_ROOT, EVALUATION_DOC), 'utf8');
    const evaluation = evaluateImport({ halves: ['development', 'test'] });
    for (const half of ['development', 'test'] as const) {
      assert.equal(
        quotedTable(page, half),
        evaluation.halves[half],
        `the ${half} table of ${EVALUATION_DOC} is stale: run npm run eval:import -- --update-docs`,
      );
    }
  });
});
