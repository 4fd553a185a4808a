// Fuzzing the quick fixes: every fix offered on mutated and edited real records is applied, one
// at a time and all together ("fix all"). Properties: edits lie inside the document and do not
// overlap; a document that parsed cleanly still parses cleanly after any fix; fixes other than
// removals keep every comment; nothing throws.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { combineFixes } from '../../server/src/service/fixes/fixAll';
import { FixDocument } from '../../server/src/service/fixes/fixDocument';
import { quickFixFor } from '../../server/src/service/fixes/quickFixes';
import { applyEdits, type TextEdit } from '../../server/src/service/fixes/textEdit';
import { parseRecord } from '../../server/src/service/parse/parseRecord';
import type { RecordFormat } from '../../server/src/service/parse/parsedRecord';
import { analyzeChecked } from './support/checkedAnalysis';
import { recordCorpus, valueVocabulary } from './support/corpus';
import { applyMutations, checkProperty, mutations } from './support/fuzz';
import { assertRangeInside } from './support/invariants';
import { applyTreeEdits, serialize, treeEdits, type RandomValue } from './support/randomRecords';

const corpus = recordCorpus();
const values = valueVocabulary(corpus);
let fixesApplied = 0;

function commentsOf(text: string, format: RecordFormat): string[] {
  if (format === 'json') return [];
  return text
    .split(/\r?\n/)
    .map((line) => /(?:^|\s)(#.*)$/.exec(line)?.[1])
    .filter((comment): comment is string => comment !== undefined);
}

function applyChecked(text: string, edits: readonly TextEdit[], what: string): string {
  for (const edit of edits) assertRangeInside(edit.range, text, what);
  return applyEdits(text, edits); // throws on overlapping edits
}

function assertFixesSound(text: string, format: RecordFormat): void {
  const analysis = analyzeChecked(text, format);
  const document = new FixDocument(text, analysis.parsed);
  const clean = analysis.parsed.syntaxProblems.length === 0;
  const comments = commentsOf(text, format);
  for (const diagnostic of analysis.diagnostics) {
    const fix = quickFixFor(document, diagnostic);
    if (!fix) continue;
    const what = `fix "${fix.title}" for ${diagnostic.code}`;
    const after = applyChecked(text, fix.edits, what);
    fixesApplied++;
    if (clean)
      assert.deepEqual(
        parseRecord(after, format).syntaxProblems.map((problem) => problem.message),
        [],
        `${what} breaks the document:\n${after}`,
      );
    if (!diagnostic.fix?.kind.startsWith('remove-')) {
      const lost = comments.filter((comment) => !after.includes(comment));
      assert.deepEqual(lost, [], `${what} lost comments`);
    }
  }
  const all = combineFixes(document, analysis.diagnostics);
  const afterAll = applyChecked(text, all.edits, 'fix all');
  if (clean)
    assert.deepEqual(
      parseRecord(afterAll, format).syntaxProblems.map((problem) => problem.message),
      [],
      `fix all breaks the document:\n${afterAll}`,
    );
}

describe('fuzzing the quick fixes', () => {
  const jsonSeeds = corpus.filter((record) => record.format === 'json').map((record) => JSON.parse(record.text) as RandomValue);

  it('applies every fix offered on the seed records', () => {
    for (const record of corpus) assertFixesSound(record.text, record.format);
  });

  it('applies every fix offered on records with wrong values, wrong types and missing fields', () => {
    checkProperty(
      fc.property(
        fc.nat({ max: jsonSeeds.length - 1 }),
        treeEdits(values),
        fc.constantFrom<RecordFormat>('yaml', 'json'),
        (index, edits, format) => {
          assertFixesSound(serialize(applyTreeEdits(jsonSeeds[index], edits), format), format);
        },
      ),
      300,
    );
  });

  it('applies every fix offered on mutated records', () => {
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), mutations, (index, steps) =>
        assertFixesSound(applyMutations(corpus[index].text, steps), corpus[index].format),
      ),
      250,
    );
  });

  it('applied a meaningful number of fixes', (t) => {
    // Guards the properties above against vacuity.
    t.diagnostic(`${fixesApplied} quick fixes applied and re-parsed`);
    assert.ok(fixesApplied >= 200, `only ${fixesApplied} fixes were applied`);
  });
});
