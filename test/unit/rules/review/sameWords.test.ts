// Two criteria compare texts word by word (a detailed description copied from the summary, an intervention
// described by its name alone); the early-exit comparison must agree with comparing the normalized texts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasWords, normalizedWords, sameWords } from '../../../../server/src/service/rules/review/textHelpers';

/** Words, case, punctuation and letters whose lower case is longer (`İ`) or not a letter alone. */
const wordyText = fc.string({
  unit: fc.constantFrom('a', 'B', 'é', 'İ', 'ß', '1', ' ', '.', '-', '\n', 'word', 'Word', '😀', '\u0307'),
  maxLength: 12,
});

describe('comparing texts word by word', () => {
  it('agrees with comparing the normalized words, for any two texts', () => {
    fc.assert(
      fc.property(wordyText, wordyText, (first, second) => {
        assert.equal(sameWords(first, second), normalizedWords(first) === normalizedWords(second));
      }),
      { numRuns: 3000 },
    );
  });

  it('calls a text and its copy in other case and punctuation the same words', () => {
    assert.equal(sameWords('A study of Drug X, in adults.', 'a STUDY of drug-x in adults'), true);
    assert.equal(sameWords('A study of Drug X', 'A study of Drug Y'), false);
    assert.equal(sameWords('A study', 'A study of'), false);
  });

  it('finds words in a text exactly when its normalized words are not empty', () => {
    fc.assert(fc.property(wordyText, (text) => assert.equal(hasWords(text), normalizedWords(text) !== '')));
  });
});
