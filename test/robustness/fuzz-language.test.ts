// Fuzzing completion and hover at random offsets of random and mutated records. Properties:
// nothing throws; every completion replaces a single-line range around the cursor (VS Code
// drops items that do not) and hover ranges lie inside the document; and in a document without
// syntax errors, accepting any offered plain-text completion leaves it without syntax errors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { complete, type CompletionEntry } from '../../server/src/service/language/completion';
import { hover } from '../../server/src/service/language/hover';
import { parseRecord } from '../../server/src/service/parse/parseRecord';
import type { RecordFormat } from '../../server/src/service/parse/parsedRecord';
import { recordSchema } from '../../server/src/service/schema/recordSchema';
import { recordCorpus } from './support/corpus';
import { applyMutations, checkProperty, insertedText, mutations } from './support/fuzz';
import { assertNoPrototypePollution, assertRangeInside, prototypeSnapshot } from './support/invariants';

const corpus = recordCorpus();
const schema = recordSchema();
const prototypesBefore = prototypeSnapshot();
let acceptedCompletions = 0;

/** The text after accepting a plain-text item (snippets wait for the user to type their value). */
function accept(text: string, item: CompletionEntry): string {
  return text.slice(0, item.replaceRange.start) + item.insertText + text.slice(item.replaceRange.end);
}

/**
 * The text as an editor holds it: VS Code's text model turns a lone CR into a line break when it
 * loads or edits text, so completion and hover never see one (the analysis, which also reads
 * files from disk for the CLI, is fuzzed with them).
 */
function asEditorText(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}

function assertLanguageFeaturesAt(rawText: string, format: RecordFormat, offsets: readonly number[]): void {
  const text = asEditorText(rawText);
  const parsed = parseRecord(text, format);
  const syntaxClean = parsed.syntaxProblems.length === 0;
  for (const raw of offsets) {
    const offset = raw % (text.length + 1);
    const where = `at offset ${offset}: ${JSON.stringify(text.slice(Math.max(0, offset - 40), offset))}‸${JSON.stringify(text.slice(offset, offset + 20))}`;
    for (const item of complete(text, parsed, offset, schema).items) {
      assertRangeInside(item.replaceRange, text, `completion ${item.label} ${where}`);
      assert.ok(
        item.replaceRange.start <= offset && offset <= item.replaceRange.end,
        `completion ${item.label} does not cover the cursor ${where}`,
      );
      assert.doesNotMatch(
        text.slice(item.replaceRange.start, item.replaceRange.end),
        /[\r\n]/,
        `completion ${item.label} replaces more than one line ${where}`,
      );
      assert.ok(item.label.length > 0, `completion without a label ${where}`);
      if (syntaxClean && !item.isSnippet) {
        const after = accept(text, item);
        const problems = parseRecord(after, format).syntaxProblems;
        assert.deepEqual(
          problems.map((problem) => problem.message),
          [],
          `accepting ${item.label} ${where} breaks the document:\n${after}`,
        );
        acceptedCompletions++;
      }
    }
    const help = hover(text, parsed, offset, schema);
    if (help) {
      assertRangeInside(help.range, text, `hover ${where}`);
      assert.ok(help.markdown.trim().length > 0, `empty hover ${where}`);
    }
  }
  assertNoPrototypePollution(prototypesBefore, 'completion and hover');
}

const offsets = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

describe('fuzzing completion and hover at random offsets', () => {
  it('answers well-formed at random offsets of the seed records, unmutated', () => {
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), offsets, (index, at) =>
        assertLanguageFeaturesAt(corpus[index].text, corpus[index].format, at),
      ),
      200,
    );
  });

  it('answers well-formed in mutated records', () => {
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), mutations, offsets, (index, steps, at) => {
        const seed = corpus[index];
        assertLanguageFeaturesAt(applyMutations(seed.text, steps), seed.format, at);
      }),
      300,
    );
  });

  it('answers well-formed right after a token is typed at the cursor', () => {
    // The editor asks for completions exactly where the user just typed: put the cursor there.
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.nat(), insertedText, (index, rawAt, typed) => {
        const seed = corpus[index];
        const at = rawAt % (seed.text.length + 1);
        const text = seed.text.slice(0, at) + typed + seed.text.slice(at);
        assertLanguageFeaturesAt(text, seed.format, [at + typed.length, at]);
      }),
      300,
    );
  });

  it('accepted a meaningful number of completions in syntax-clean documents', (t) => {
    // Guards the property above against vacuity: the clean-document check must really run.
    t.diagnostic(`${acceptedCompletions} completions accepted and re-parsed`);
    assert.ok(acceptedCompletions >= 100, `only ${acceptedCompletions} completions were accepted and re-parsed`);
  });
});
