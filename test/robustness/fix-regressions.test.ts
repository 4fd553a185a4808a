// Quick-fix failures the fuzzer found (fuzz-fixes.test.ts), kept as regression tests now that
// they are fixed (focused before/after tests are in test/unit/fixes/).
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
  it('"Add `allocation`" on a present but empty `allocation:` fills it in instead of adding a duplicate key', () => {
    const text = 'designModule:\n  studyType: INTERVENTIONAL\n  designInfo:\n    allocation: null\n    interventionModel: SINGLE_GROUP\n';
    const { analysis, document } = analyzed(text);
    const diagnostic = analysis.diagnostics.find(
      (candidate) => candidate.code === 'design/interventional-required' && /allocation/i.test(candidate.message),
    );
    assert.ok(diagnostic, analysis.diagnostics.map((candidate) => `${candidate.code}: ${candidate.message}`).join('\n'));
    const fix = quickFixFor(document, diagnostic);
    assert.ok(fix);
    assert.deepEqual(syntaxMessages(applyEdits(text, fix.edits)), []);
  });

  it('"Fix all" on samples/invalid-example.trial.yaml leaves a document that parses (no duplicate `briefTitle`)', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'samples', 'invalid-example.trial.yaml'), 'utf8');
    const { analysis, document } = analyzed(text);
    assert.deepEqual(syntaxMessages(applyEdits(text, combineFixes(document, analysis.diagnostics).edits)), []);
  });

  it('a fix offered on a document with a syntax error edits inside the document', () => {
    const text = `{${readFileSync(path.join(REPO_ROOT, 'samples', 'NCT06731192.trial.yaml'), 'utf8')}`;
    const { analysis, document } = analyzed(text);
    for (const diagnostic of analysis.diagnostics) {
      const fix = quickFixFor(document, diagnostic);
      for (const edit of fix?.edits ?? []) assertRangeInside(edit.range, text, `fix "${fix?.title}"`);
    }
  });

  it('"Add `contacts`" leaves a value that only parses as empty (a stray `? ` before the list) and its comment alone', () => {
    const text = [
      'statusModule:',
      '  overallStatus: RECRUITING',
      'contactsLocationsModule:',
      '  locations:',
      '    - facility: Anhui Provincial Hospital',
      '      city: Hefei',
      '      country: China',
      '      contacts:      ?  # from the glued site line',
      '        - name: Zhu Xiaoyu',
      '          role: CONTACT',
      '',
    ].join('\n');
    const { analysis, document } = analyzed(text);
    for (const diagnostic of analysis.diagnostics) {
      const fix = quickFixFor(document, diagnostic);
      if (!fix) continue;
      const after = applyEdits(text, fix.edits);
      assert.ok(after.includes('# from the glued site line') && after.includes('Zhu Xiaoyu'), `fix "${fix.title}" dropped text:\n${after}`);
    }
  });

  it('a single value on its own line under its key becomes a list there, keeping the comment above it', () => {
    const text = 'contactsLocationsModule:\n  locations:\n    # copied from the page\n        urine tests\n';
    const { analysis, document } = analyzed(text);
    const diagnostic = analysis.diagnostics.find((candidate) => candidate.code === 'schema/type');
    assert.ok(diagnostic);
    const fix = quickFixFor(document, diagnostic);
    assert.ok(fix);
    assert.equal(
      applyEdits(text, fix.edits),
      'contactsLocationsModule:\n  locations:\n    # copied from the page\n        - urine tests\n',
    );
  });
});
