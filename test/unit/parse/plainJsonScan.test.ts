// The fast scan of a text JSON.parse accepted must hold it to the same guards as the scan of any JSON
// text (scanJson) and count its keys exactly: the fast JSON reading trusts both.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_RECORD_VALUES, scanJson, type ScanLimits } from '../../../server/src/service/parse/parseGuards';
import { fastJsonTree } from '../../../server/src/service/parse/fastJsonRead';
import { closingQuote, scanPlainJson } from '../../../server/src/service/parse/plainJsonScan';

/** Keys counted the slow way: every object's own keys, all the way down. */
function keysOf(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keysOf(item), 0);
  if (typeof value === 'object' && value !== null) return Object.values(value).reduce((sum: number, child) => sum + 1 + keysOf(child), 0);
  return 0;
}

const awkwardString = fc.string({ unit: fc.constantFrom('a', '"', '\\', ':', ',', '{', ']', ' ', 'é', '\n') });
const awkwardJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, awkwardString, fc.integer(), fc.constant(null), tie('list'), tie('object')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(awkwardString, tie('value'), { maxKeys: 4 }),
})).value;

describe('scanning plain JSON', () => {
  it('passes and refuses as scanJson does, and counts the keys, for any JSON with quotes, backslashes and colons in its strings', () => {
    fc.assert(
      fc.property(
        awkwardJson,
        fc.constantFrom(undefined, 1, '\t'),
        fc.record({
          nesting: fc.integer({ min: 1, max: 6 }),
          values: fc.integer({ min: 1, max: 40 }),
          valueChars: fc.integer({ min: 2, max: 30 }),
        }),
        (value, indent, limits: ScanLimits) => {
          const text = JSON.stringify({ record: value }, undefined, indent);
          const refused = scanJson(text, limits) !== undefined;
          const keys = scanPlainJson(text, limits);
          assert.equal(keys === undefined, refused, text);
          if (keys !== undefined) assert.equal(keys, keysOf(JSON.parse(text)), text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the quote that closes a string past escaped quotes and backslash runs', () => {
    const text = String.raw`"a\"b\\" : "c\\\"d"`;
    assert.equal(closingQuote(text, 0), 7);
    assert.equal(closingQuote(text, 11), text.length - 1);
    assert.equal(closingQuote('"never closed', 0), '"never closed'.length);
  });

  it('refuses a text past the guards before JSON.parse reads it (a parse of it could take seconds and gigabytes)', () => {
    const tooMany = `[${'{},'.repeat(MAX_RECORD_VALUES)}{}]`;
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsed++;
      return parse(...args) as unknown;
    };
    try {
      const whole = () => {
        throw new Error('not asked for here');
      };
      assert.equal(fastJsonTree(tooMany, whole), undefined);
      assert.equal(fastJsonTree('{"a": 1}', whole)?.value !== undefined, true);
    } finally {
      JSON.parse = parse;
    }
    assert.equal(parsed, 1, 'only the text within the guards was parsed');
  });
});
