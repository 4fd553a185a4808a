// A finding in a list item is placed by reading that item alone (lazyListItems.ts), the last item of a list
// too: whatever follows the item (blank lines, comments at any indentation, the next key, another module or
// the end of the text) and whatever the item holds (block scalars of every chomping), the location of every
// node must be the one a reading of the whole text gives, or the item must not be read alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fastYamlValue } from '../../../server/src/service/parse/fastYamlValue';
import { LazyYamlLocations } from '../../../server/src/service/parse/lazyYamlLocations';
import { parseYamlTree } from '../../../server/src/service/parse/yamlRecordParser';

/** What may stand between items and after the last: nothing, blank lines, comments at any column. */
const filler = fc.array(fc.constantFrom('\n', '# top\n', '  # module\n', '    # list\n', '      # item\n', '        # deep\n'), {
  maxLength: 3,
});

/** A measure in each scalar style, block scalars with every chomping indicator and trailing blank lines. */
const measure = fc.constantFrom(
  'Pain score',
  '"Quoted: score"',
  '|\n        line one\n        line two\n',
  '|+\n        kept\n\n',
  '|-\n        stripped\n',
  '>\n        folded\n        text\n\n',
  'plain over\n        two lines',
);

const item = fc.record({ measure, timeFrame: fc.constantFrom('Week 12', '"Up to 1 year"', ''), after: filler });

interface GeneratedRecord {
  readonly items: readonly { measure: string; timeFrame: string; after: string[] }[];
  readonly dashIndent: string;
  readonly next: string;
  readonly nextModule: boolean;
}

const record: fc.Arbitrary<GeneratedRecord> = fc.record({
  items: fc.array(item, { minLength: 1, maxLength: 3 }),
  // The list's dashes indented under its key, or at the key's own column.
  dashIndent: fc.constantFrom('    ', '  '),
  next: fc.constantFrom('', '  secondaryOutcomes:\n    - measure: Other\n      timeFrame: Day 1\n', '  otherKey: value\n'),
  nextModule: fc.boolean(),
});

function recordText({ items, dashIndent, next, nextModule }: GeneratedRecord): string {
  const fieldIndent = `${dashIndent}  `;
  const lines = ['outcomesModule:\n', '  primaryOutcomes:\n'];
  for (const { measure: title, timeFrame, after } of items) {
    const body = title.replace(/\n {8}/g, `\n${fieldIndent}  `);
    lines.push(
      `${dashIndent}- measure: ${body}${body.endsWith('\n') ? '' : '\n'}`,
      `${fieldIndent}timeFrame:${timeFrame === '' ? '' : ` ${timeFrame}`}\n`,
      ...after,
    );
  }
  lines.push(next);
  if (nextModule) lines.push('statusModule:\n  overallStatus: RECRUITING\n');
  return lines.join('');
}

describe('placing a finding by reading its list item alone', () => {
  it('gives every node of every item, the last included, the location the whole reading gives', () => {
    let lastReadAlone = 0;
    fc.assert(
      fc.property(record, (generated) => {
        const text = recordText(generated);
        const whole = parseYamlTree(text);
        const value = fastYamlValue(text);
        if (whole.problems.length > 0 || value === undefined) return;
        for (const [pointer, location] of whole.locations) {
          if (!/^\/outcomesModule\/primaryOutcomes\/\d+(?:\/|$)/.test(pointer)) continue;
          // A fresh map per pointer, so that each lookup reads the item (not a module read for an earlier one).
          const lazy: LazyYamlLocations = new LazyYamlLocations(text, value, (all) => parseYamlTree(all));
          assert.deepEqual(lazy.get(pointer), location, `${pointer} in\n${text}`);
          // Read alone when the module is still unread: asking for it reads one more piece.
          const index = Number(pointer.split('/')[3]);
          lazy.get('/outcomesModule');
          if (index === generated.items.length - 1 && lazy.pieceReads === 2) lastReadAlone++;
        }
      }),
      { numRuns: 400 },
    );
    assert.ok(lastReadAlone > 0, 'no last item was read alone');
  });

  it('reads the last item of a short list alone, blank lines after it or not', () => {
    const text =
      'outcomesModule:\n  primaryOutcomes:\n    - measure: Pain\n      timeFrame: Week 12\n\n\nstatusModule:\n  overallStatus: RECRUITING\n';
    const lazy = new LazyYamlLocations(text, fastYamlValue(text)!, (all) => parseYamlTree(all));
    assert.deepEqual(
      lazy.get('/outcomesModule/primaryOutcomes/0/timeFrame'),
      parseYamlTree(text).locations.get('/outcomesModule/primaryOutcomes/0/timeFrame'),
    );
    assert.equal(lazy.pieceReads, 1);
    // The item, not its module: asking for the module's own key then reads the module.
    lazy.get('/outcomesModule');
    assert.equal(lazy.pieceReads, 2);
  });
});
