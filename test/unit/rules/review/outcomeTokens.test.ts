// The outcome criteria read time points from tokens; the hand-written tokenizer must split any text exactly as
// the pattern it replaced (kept here as the reference) and give each word its number and unit.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokensOf } from '../../../../server/src/service/rules/review/outcomeHelpers';

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
