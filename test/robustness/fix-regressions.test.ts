// Quick-fix failures the fuzzer found (fuzz-fixes.test.ts). server/src/service/fixes/ belongs to
// the quick-fixes helper, so these are reported to the lead and kept here as `todo` tests: they
// run and show their status every time, and the `todo` goes once the fix lands.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { combineFixes } from '../../server/src/service/fixes/fixAll';
import { FixDocument } from '../../server/src/service/fixes/fixDocument';
import { quickFixFor } from '../../server/src/service/fixes/quickFixes';
import { applyEdits } from '../../server/src/service/fixes/textEdit';
import { parseRecord } from '../../server/src/service/parse/parseRecord';
import { RecordAnalyzer } from '../../server/src/service/recordAnalyzer';
import { REPO_ROOT } from './support/corpus';
import { assertRangeInside } from './support/invariants';

function analyzed(text: string) {
  const analysis = new RecordAnalyzer('yaml').analyze(text, { today: '2026-11-22' });
  return { analysis, document: new FixDocument(text, analysis.parsed) };
}

function syntaxMessages(text: string): string[] {
  return parseRecord(text, 'yaml').syntaxProblems.map((problem) => problem.message);
}

describe('quick-fix regressions found by fuzzing', () => {
  it(
    '"Add `allocation`" on a present but empty `allocation:` fills it in instead of adding a duplicate key',
    { todo: 'insert-property inserts a second `allocation:` next to `allocation: null` (server/src/service/fixes/insertProperty.ts, quick-fixes helper)' },
    () => {
      const text = 'designModule:\n  studyType: INTERVENTIONAL\n  designInfo:\n    allocation: null\n    interventionModel: SINGLE_GROUP\n';
      const { analysis, document } = analyzed(text);
      const diagnostic = analysis.diagnostics.find((candidate) => candidate.code === 'design/interventional-required' && /allocation/i.test(candidate.message));
      assert.ok(diagnostic, analysis.diagnostics.map((candidate) => `${candidate.code}: ${candidate.message}`).join('\n'));
      const fix = quickFixFor(document, diagnostic);
      assert.ok(fix);
      assert.deepEqual(syntaxMessages(applyEdits(text, fix.edits)), []);
    },
  );

  it(
    '"Fix all" on samples/invalid-example.trial.yaml leaves a document that parses (no duplicate `briefTitle`)',
    { todo: 'fix all both renames the near-miss key to `briefTitle` and inserts `briefTitle: ""` (server/src/service/fixes/fixAll.ts, quick-fixes helper)' },
    () => {
      const text = readFileSync(path.join(REPO_ROOT, 'samples', 'invalid-example.trial.yaml'), 'utf8');
      const { analysis, document } = analyzed(text);
      assert.deepEqual(syntaxMessages(applyEdits(text, combineFixes(document, analysis.diagnostics).edits)), []);
    },
  );

  it(
    'a fix offered on a document with a syntax error edits inside the document',
    { todo: 'on `{` + a block YAML record, "Add `statusModule`" edits at offset -1 (server/src/service/fixes/insertProperty.ts, quick-fixes helper)' },
    () => {
      const text = `{${readFileSync(path.join(REPO_ROOT, 'samples', 'NCT06731192.trial.yaml'), 'utf8')}`;
      const { analysis, document } = analyzed(text);
      for (const diagnostic of analysis.diagnostics) {
        const fix = quickFixFor(document, diagnostic);
        for (const edit of fix?.edits ?? []) assertRangeInside(edit.range, text, `fix "${fix?.title}"`);
      }
    },
  );
});
