// The README quotes the corpus tables `npm run eval:import` prints; this keeps them current
// (`npm run eval:import -- --update-readme` rewrites them).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateImport } from './support/importEvaluation';
import { REPOSITORY_ROOT } from './support/importTestKit';
import { readmeTable } from './support/readmeTables';

describe('README import evaluation', () => {
  it('quotes the development and test tables exactly as eval:import prints them', () => {
    const readme = readFileSync(path.join(REPOSITORY_ROOT, 'README.md'), 'utf8');
    const evaluation = evaluateImport({ halves: ['development', 'test'] });
    for (const half of ['development', 'test'] as const) {
      assert.equal(readmeTable(readme, half), evaluation.halves[half], `the README's ${half} table is stale: run npm run eval:import -- --update-readme`);
    }
  });
});
