// The scan for anchors, aliases and tags where a node starts decides whether a YAML record may be read by
// its value (fastYamlValue.ts); it must find exactly what the pattern it replaced found.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasNodeProperty } from '../../../server/src/service/parse/fastYamlValue';

const NODE_PROPERTY_PATTERN = /(?:^[ ]*(?:-[ ]+)*|:[ ]*|[[{,][ ]*)[&*!][^\s,[\]{}]/m;

describe('finding anchors, aliases and tags where a node starts', () => {
  it('agrees with the pattern on any text of the characters that matter', () => {
    const unit = fc.constantFrom('&', '*', '!', ' ', '-', ':', '[', '{', ',', ']', '\n', '\r', '\u2028', '\t', 'a', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        assert.equal(hasNodeProperty(text), NODE_PROPERTY_PATTERN.test(text), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds one in record-like lines and not in prose', () => {
    assert.equal(hasNodeProperty('a:\n  - &anchor x\n'), true);
    assert.equal(hasNodeProperty('a: *alias\n'), true);
    assert.equal(hasNodeProperty('a: [x, !tag y]\n'), true);
    assert.equal(hasNodeProperty('title: Safety & efficacy *after* dosing!\n'), false);
  });

  it('answers for a long line of marks without walking back over it for each one', () => {
    const text = `${'- '.repeat(200_000)}x ${'&y '.repeat(200_000)}`;
    assert.equal(hasNodeProperty(text), NODE_PROPERTY_PATTERN.test(text));
  });
});
