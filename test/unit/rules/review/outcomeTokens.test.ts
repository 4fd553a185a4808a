// The outcome criteria read time points from tokens; the hand-written tokenizer must split any text exactly as
// the pattern it replaced (kept here as the reference) and give each word its number and unit.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasAtWord, tokensOf } from '../../../../server/src/service/rules/review/timePointHelpers';

/** The reference: the pattern the tokenizer was written from, over the lower-cased text. */
function patternTokens(text: string): string[] {
  return [...text.toLowerCase().matchAll(/\d+(?:\.\d+)?|[a-z]+|[^\sa-z\d]/g)].map((match) => match[0]);
}

/** Text of the characters that decide a token's edges: digits, full stops, letters of both cases, Unicode spaces, a surrogate pair, a dotted capital I. */
const awkwardText = fc.string({
  unit: fc.constantFrom(
    '1',
    '2',
    '.',
    'a',
    'W',
    'week',
    'twelve',
    'Third',
    ' ',
    '\t',
    '\n',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '-',
    '–',
    ',',
    'é',
    'İ',
    '😀',
    'x',
  ),
  maxLength: 40,
});

/** Text around the letters of `at`, so that some texts hold the word and some only look close. */
const atText = fc.string({ unit: fc.constantFrom('a', 'A', 't', 'T', 'at', ' ', '1', '_', 'İ', '\u212a', 'é', '-'), maxLength: 10 });

describe('outcome text tokens', () => {
  it('splits any text as the reference pattern does', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardText, fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        assert.deepEqual(
          tokensOf(text).map((token) => token.text),
          patternTokens(text),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('says a text has the word `at` whenever its tokens hold it', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardText, atText), (text) => {
        if (tokensOf(text).some((token) => token.text === 'at')) assert.equal(hasAtWord(text), true);
      }),
      { numRuns: 2000 },
    );
    assert.equal(hasAtWord('Pain at Week 12'), true);
    assert.equal(hasAtWord('Pain AT week 12'), true);
    assert.equal(hasAtWord('Pain 12 weeks after treatment'), false);
  });

  it('reads numbers in digits and words, ordinals and units', () => {
    const tokens = tokensOf('At Week 12.5, twelve months or the Third day; 3.x hrs');
    assert.deepEqual(
      tokens.map(({ text, number, unit }) => [text, number, unit]),
      [
        ['at', undefined, undefined],
        ['week', undefined, 'week'],
        ['12.5', 12.5, undefined],
        [',', undefined, undefined],
        ['twelve', 12, undefined],
        ['months', undefined, 'month'],
        ['or', undefined, undefined],
        ['the', undefined, undefined],
        ['third', 3, undefined],
        ['day', undefined, 'day'],
        [';', undefined, undefined],
        ['3', 3, undefined],
        ['.', undefined, undefined],
        ['x', undefined, undefined],
        ['hrs', undefined, 'hour'],
      ],
    );
  });
});
