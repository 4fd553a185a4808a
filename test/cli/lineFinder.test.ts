// The CLI's offset-to-position lookup counts lines exactly as LineIndex (what the editor uses) does.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineFinder } from '../../server/src/cli/lineFinder';
import { LineIndex } from '../../server/src/service/text/lineIndex';

describe('lineFinder', () => {
  it('gives the position LineIndex gives, for any text and offsets in any order', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '\u2028'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 65 }), { maxLength: 12 }), (sample, offsets) => {
        const find = lineFinder(sample);
        const index = new LineIndex(sample);
        for (const offset of offsets) assert.deepEqual(find(offset), index.positionAt(offset), `${JSON.stringify(sample)} @ ${offset}`);
      }),
      { numRuns: 2000 },
    );
  });
});
