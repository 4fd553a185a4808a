// Differential fuzzing of the incremental analysis: one RecordAnalyzer (which re-parses YAML
// incrementally, keeping state between versions) is fed a sequence of edited versions of a
// record, as the server feeds it while the user types; after every version its result must be
// exactly what a fresh analyzer gives for the same text. Otherwise the editor would show a
// state that is not the text's.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { RecordFormat } from '../../server/src/service/parse/parsedRecord';
import { RecordAnalyzer, type RecordAnalysis } from '../../server/src/service/recordAnalyzer';
import { recordCorpus } from './support/corpus';
import { applyMutations, checkProperty, insertedText, mutations, type Mutation } from './support/fuzz';

const corpus = recordCorpus();
const TODAY = '2026-11-22';

/** What the user sees of an analysis: the data, where each node is, and the diagnostics. */
function visible(analysis: RecordAnalysis): unknown {
  return {
    value: analysis.parsed.value,
    recordPointer: analysis.parsed.recordPointer,
    locations: [...analysis.parsed.locations.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    diagnostics: analysis.diagnostics
      .map((diagnostic) => `${diagnostic.range.start}-${diagnostic.range.end} ${diagnostic.code} ${diagnostic.message}`)
      .sort(),
  };
}

function assertIncrementalMatchesFresh(start: string, format: RecordFormat, versions: readonly string[]): void {
  const analyzer = new RecordAnalyzer(format);
  analyzer.analyze(start, { today: TODAY });
  versions.forEach((text, index) => {
    const incremental = visible(analyzer.analyze(text, { today: TODAY }));
    const fresh = visible(new RecordAnalyzer(format).analyze(text, { today: TODAY }));
    assert.deepEqual(incremental, fresh, `version ${index + 1} differs from a fresh analysis:\n${text.slice(0, 3000)}`);
  });
}

/** Typing `token` one character at a time at `at`: one version per keystroke. */
function typing(text: string, at: number, token: string): string[] {
  const offset = at % (text.length + 1);
  return Array.from({ length: token.length }, (_, i) => text.slice(0, offset) + token.slice(0, i + 1) + text.slice(offset));
}

describe('incremental analysis equals a fresh analysis after every edit', () => {
  it('after sequences of random edits', () => {
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(mutations, { minLength: 1, maxLength: 6 }), (index, steps: Mutation[][]) => {
        const seed = corpus[index];
        const versions: string[] = [];
        let current = seed.text;
        for (const step of steps) versions.push((current = applyMutations(current, step)));
        assertIncrementalMatchesFresh(seed.text, seed.format, versions);
      }),
      150,
    );
  });

  it('while typing a token character by character, then deleting it', () => {
    checkProperty(
      fc.property(
        fc.nat({ max: corpus.length - 1 }),
        fc.nat(),
        insertedText,
        fc.constantFrom('\n  newKey: value', '\n  - item', 'RECRUITING', ': ', '\n    ', '#c', '"x'),
        (index, at, typed, structural) => {
          const seed = corpus[index];
          const token = typed + structural;
          const forward = typing(seed.text, at, token);
          // Then back to the start, one keystroke at a time (undo-like), ending on the original text.
          const backward = [...forward].reverse().slice(1).concat(seed.text);
          assertIncrementalMatchesFresh(seed.text, seed.format, [...forward, ...backward]);
        },
      ),
      50,
    );
  });
});
