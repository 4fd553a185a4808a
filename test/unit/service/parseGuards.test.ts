import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RECORD_VALUES, scanJson, scanYaml } from '../../../server/src/service/parse/parseGuards';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';

const limits = { nesting: 1000, values: 5 };

describe('size guard before parsing', () => {
  it('counts YAML content lines and list dashes, not comments or blank lines', () => {
    assert.equal(scanYaml('a:\n  # note\n\n  - x\n  - y\n', limits), undefined);
    assert.deepEqual(scanYaml('a:\n  - x\n  - y\n  - z\n', { ...limits, values: 6 }), { exceeded: 'values', offset: 17 });
  });

  it('counts YAML flow items but not commas in plain text or quotes', () => {
    assert.equal(scanYaml('title: one, two, three, four, five, six\nquoted: "a, b, c, d, e, f"\n', limits), undefined);
    assert.deepEqual(scanYaml('a: [1, 2, 3, 4, 5]\n', limits), { exceeded: 'values', offset: 14 });
  });

  it('counts JSON items but not commas inside strings or comments', () => {
    assert.equal(scanJson('{"a": "1,2,3,4,5,6,7", // ,,,,,,\n "b": 1}', limits), undefined);
    assert.deepEqual(scanJson('[1,2,3,4,5,6]', limits), { exceeded: 'values', offset: 10 });
  });

  it('reports a file past the limit as one problem on its first character and keeps no value', () => {
    for (const [format, text] of [
      ['yaml', `a: [${'0,'.repeat(MAX_RECORD_VALUES)}0]\n`],
      ['json', `[${'0,'.repeat(MAX_RECORD_VALUES)}0]`],
    ] as const) {
      const parsed = parseRecord(text, format);
      assert.deepEqual(parsed.syntaxProblems.map((problem) => [problem.code, problem.range.start, problem.range.end]), [['syntax/too-large', 0, 1]], format);
      assert.match(parsed.syntaxProblems[0].message, /too large to check: it holds more than 500,000 values/);
      assert.equal(parsed.value, undefined);
    }
  });

  it('lets a list just under the limit through', () => {
    const limit = { nesting: 1000, values: MAX_RECORD_VALUES };
    assert.equal(scanYaml(`a: [${'0,'.repeat(MAX_RECORD_VALUES - 10)}0]\n`, limit), undefined);
    assert.equal(scanYaml(`a:\n${'  - x\n'.repeat(MAX_RECORD_VALUES / 2 - 10)}`, limit), undefined);
    assert.equal(scanJson(`[${'0,'.repeat(MAX_RECORD_VALUES - 10)}0]`, limit), undefined);
  });
});
