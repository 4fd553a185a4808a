import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_RECORD_CHARS,
  MAX_RECORD_VALUES,
  MAX_VALUE_CHARS,
  recordLimits,
  refusedAsWhole,
  scanJson,
  scanYaml,
} from '../../../server/src/service/parse/parseGuards';
import { wasRefusedAsTooLarge } from '../../../server/src/service/parse/sizeRefusal';
import { complete } from '../../../server/src/service/language/completion';
import { hover } from '../../../server/src/service/language/hover';
import { parseJsonRecord } from '../../../server/src/service/parse/jsonRecordParser';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { parseYamlTree } from '../../../server/src/service/parse/yamlRecordParser';

const limits = { nesting: 1000, values: 5 };
const MB = 1024 * 1024;
const REFUSED = /This file is too large to check: .+\. Nothing in it was checked; its text is left as it is\.$/;

/** A record whose brief title (on line 4) is `value`, as YAML. */
function yamlWithTitle(value: string): string {
  return `identificationModule:\n  orgStudyIdInfo:\n    id: X-1\n  briefTitle: ${value}\n`;
}

describe('size guard before parsing', () => {
  it('counts YAML content lines and list dashes, not comments or blank lines', () => {
    assert.equal(scanYaml('a:\n  # note\n\n  - x\n  - y\n', limits), undefined);
    assert.deepEqual(scanYaml('a:\n  - x\n  - y\n  - z\n', { ...limits, values: 6 }), { exceeded: 'values', offset: 17 });
  });

  it('counts YAML flow items but not commas in plain text or quotes', () => {
    assert.equal(scanYaml('title: one, two, three, four, five, six\nquoted: "a, b, c, d, e, f"\n', limits), undefined);
    assert.deepEqual(scanYaml('a: [1, 2, 3, 4, 5]\n', limits), { exceeded: 'values', offset: 14 });
  });

  it('counts each key after the first on a line (`a: b: c:` is a chain of mappings)', () => {
    assert.equal(scanYaml('a: b\nc: d\n', { ...limits, values: 2 }), undefined);
    assert.deepEqual(scanYaml('a: x: x: x: x: x:\n', limits), { exceeded: 'values', offset: 16 });
  });

  it('counts JSON items but not commas inside strings or comments', () => {
    assert.equal(scanJson('{"a": "1,2,3,4,5,6,7", // ,,,,,,\n "b": 1}', limits), undefined);
    assert.deepEqual(scanJson('[1,2,3,4,5,6]', limits), { exceeded: 'values', offset: 10 });
  });

  it('reports a file past the values limit as one problem on its first character and keeps no value', () => {
    for (const [format, text] of [
      ['yaml', `a: [${'0,'.repeat(MAX_RECORD_VALUES)}0]\n`],
      ['json', `[${'0,'.repeat(MAX_RECORD_VALUES)}0]`],
    ] as const) {
      const parsed = parseRecord(text, format);
      assert.deepEqual(
        parsed.syntaxProblems.map((problem) => [problem.code, problem.range.start, problem.range.end]),
        [['syntax/too-large', 0, 1]],
        format,
      );
      assert.match(
        parsed.syntaxProblems[0].message,
        /too large to check: it holds more than 500,000 values and lines \(a trial record has a few thousand\)\./,
      );
      assert.match(parsed.syntaxProblems[0].message, REFUSED);
      assert.equal(parsed.value, undefined);
    }
  });

  it('lets a list just under the limit through', () => {
    const limit = recordLimits();
    assert.equal(scanYaml(`a: [${'0,'.repeat(MAX_RECORD_VALUES - 10)}0]\n`, limit), undefined);
    assert.equal(scanYaml(`a:\n${'  - x\n'.repeat(MAX_RECORD_VALUES / 2 - 10)}`, limit), undefined);
    assert.equal(scanJson(`[${'0,'.repeat(MAX_RECORD_VALUES - 10)}0]`, limit), undefined);
  });

  it('still refuses a 10 MB one-line flow list as too many values, not as one long value', () => {
    const list = `a: [${'0,'.repeat(5 * MB)}0]\n`;
    assert.equal(scanYaml(list, recordLimits())?.exceeded, 'values');
    assert.equal(scanJson(`{"a": [${'0,'.repeat(5 * MB)}0]}`, recordLimits())?.exceeded, 'values');
    assert.match(parseRecord(list, 'yaml').syntaxProblems[0].message, /more than 500,000 values/);
  });
});

describe('block and quoted scalars that run over several lines are one value each', () => {
  it('counts a block scalar of 1,000,000 lines as one value, and refuses it as one value too long', () => {
    const text = `description: |\n${'  x\n'.repeat(1_000_000)}`;
    // Values alone: the scalar and its key line are one value, far under ten.
    assert.equal(scanYaml(text, { nesting: 1000, values: 10 }), undefined);
    // All limits: 4 MB in one value (from its `|` to its last line) is over the value limit, not the values limit.
    assert.deepEqual(scanYaml(text, recordLimits()), { exceeded: 'value', offset: 13, length: 4_000_001 });
  });

  it('reads every header form, after `key:` and `- `, and ends the scalar at the first line indented less than its own', () => {
    for (const header of ['|', '>', '|-', '>+', '|2', '>-2', '|+ # keep', '>  # note']) {
      assert.equal(scanYaml(`a: ${header}\n  one\n\n  two\n  three\n  four\n  five\nb: 1\n`, { ...limits, values: 2 }), undefined, header);
      assert.equal(scanYaml(`- ${header}\n  one\n  two\n  three\n  four\n  five\n- x\n`, { ...limits, values: 4 }), undefined, header);
    }
    // `a: |x` is not a block scalar header: its lines are counted one by one.
    assert.equal(scanYaml('a: |x\n  one\n  two\n  three\n  four\n  five\n', limits)?.exceeded, 'values');
    // Lines after the scalar are counted, also a line between the key's indent and the scalar's (as the yaml package ends it there).
    assert.deepEqual(scanYaml('a: |\n  one\nb:\n  - x\n  - y\n', limits), { exceeded: 'values', offset: 22 });
    assert.equal(scanYaml('a: |\n    text\n  b: [1, 2, 3, 4, 5, 6]\n', limits)?.exceeded, 'values');
    // A `- key: |` scalar belongs to the key: a sibling key at the key's column is not in it.
    assert.equal(scanYaml('- k: |\n    text\n  other: [1, 2, 3, 4, 5, 6]\n', limits)?.exceeded, 'values');
  });

  it('reads a block scalar of 1,000 lines whole, as the value of its field', () => {
    const lines = Array.from({ length: 1000 }, (_, index) => `Line ${index} of the description.`);
    const text = `identificationModule:\n  orgStudyIdInfo:\n    id: X-1\n  briefTitle: T\ndescriptionModule:\n  detailedDescription: |\n${lines.map((line) => `    ${line}\n`).join('')}`;
    assert.equal(scanYaml(text, { ...recordLimits(), values: 10 }), undefined);
    const parsed = parseRecord(text, 'yaml');
    assert.deepEqual(parsed.syntaxProblems, []);
    const record = parsed.value as { descriptionModule: { detailedDescription: string } };
    assert.equal(record.descriptionModule.detailedDescription, `${lines.join('\n')}\n`);
  });

  it('counts a quoted scalar that runs over several lines once, and goes on after its closing quote', () => {
    const continued = '\n  two\n  three\n  four\n  five\n  six';
    assert.equal(scanYaml(`a: "one${continued}"\nb: 1\n`, { ...limits, values: 2 }), undefined);
    assert.equal(scanYaml(`a: 'one''s${continued}'\nb: 1\n`, { ...limits, values: 2 }), undefined);
    assert.equal(scanYaml(`a: "one \\"${continued} \\\\"\nb: 1\n`, { ...limits, values: 2 }), undefined);
    assert.equal(scanYaml(`- !!str "one${continued}"\n`, { ...limits, values: 2 }), undefined);
    // After the closing quote the line is read as usual: this flow list's items are counted.
    assert.equal(scanYaml(`a: "one${continued}": [1, 2, 3, 4, 5, 6]\n`, limits)?.exceeded, 'values');
    // A quote inside a plain scalar is text: the lines after it are counted.
    assert.equal(scanYaml("a: it's\nb: 1\nc: 1\nd: 1\ne: 1\nf: 1\n", limits)?.exceeded, 'values');
    // An unclosed quote ends, as in the yaml package, before a line not indented past its key: the lines after are counted.
    assert.equal(scanYaml('a: "one\n- x\n- y\n- z\n', limits)?.exceeded, 'values');
  });
});

describe('one value too long', () => {
  it('measures plain, quoted and block scalars, keys, flow items and JSON strings from where they start', () => {
    const short = { ...limits, values: 100, valueChars: 20 };
    const long = 'x'.repeat(21);
    assert.deepEqual(scanYaml(`a: ${long}\n`, short), { exceeded: 'value', offset: 3, length: 21 });
    assert.deepEqual(scanYaml(`a: ${long}\r\n`, short), { exceeded: 'value', offset: 3, length: 21 });
    assert.deepEqual(scanYaml(`${long}: 1\n`, short), { exceeded: 'value', offset: 0, length: 21 });
    assert.deepEqual(scanYaml(`a: [b, ${long}]\n`, short), { exceeded: 'value', offset: 7, length: 21 });
    assert.deepEqual(scanYaml(`a: "${long}"\n`, short), { exceeded: 'value', offset: 3, length: 23 });
    assert.deepEqual(scanYaml(`a: "${'x'.repeat(9)}\n  ${'x'.repeat(9)}"\n`, short), { exceeded: 'value', offset: 3, length: 23 });
    assert.deepEqual(scanYaml(`a: 1\nb: >\n  ${'x'.repeat(9)}\n  ${'x'.repeat(9)}\n`, short), { exceeded: 'value', offset: 8, length: 25 });
    assert.deepEqual(scanJson(`{"a": "${long}"}`, short), { exceeded: 'value', offset: 6, length: 23 });
    // Comments are not values; short values and words on a long line are not one value.
    assert.equal(scanYaml(`a: short # ${long}\n`, short), undefined);
    assert.equal(scanYaml(`a: [${'xxxxx, '.repeat(10)}x]\n`, short), undefined);
    assert.equal(scanJson(`{"a": "short", // ${long}\n "b": "${'x'.repeat(18)}"}`, short), undefined);
  });

  it('lets a value of the limit through and refuses one character more', () => {
    assert.equal(scanYaml(`a: ${'x'.repeat(MAX_VALUE_CHARS)}\n`, recordLimits()), undefined);
    assert.deepEqual(scanYaml(`a: ${'x'.repeat(MAX_VALUE_CHARS + 1)}\n`, recordLimits()), {
      exceeded: 'value',
      offset: 3,
      length: MAX_VALUE_CHARS + 1,
    });
  });

  it('refuses a 30 MB double-quoted YAML scalar as one value, at the value, naming its line and size', () => {
    const text = yamlWithTitle(`"${'x'.repeat(30 * MB)}"`);
    const start = text.indexOf('"');
    assert.deepEqual(scanYaml(text, recordLimits()), { exceeded: 'value', offset: start, length: 30 * MB + 2 });
    const tree = parseYamlTree(text);
    assert.equal(tree.value, undefined);
    assert.deepEqual(
      tree.problems.map((problem) => [problem.code, problem.range.start, problem.range.end]),
      [['syntax/too-large', start, start + 1]],
    );
    assert.equal(
      tree.problems[0].message,
      'This file is too large to check: one value, from line 4, is 30.0 MB long; the largest a record field allows is 32,000 characters. Nothing in it was checked; its text is left as it is.',
    );
    // The whole analysis refuses it too (no title is read), without handing the value to the yaml package.
    const parsed = parseRecord(text, 'yaml');
    assert.deepEqual(
      parsed.syntaxProblems.map((problem) => [problem.code, problem.range.start]),
      [['syntax/too-large', start]],
    );
    assert.match(
      parsed.syntaxProblems[0].message,
      /one value, from line \d+, is 30\.0 MB long; the largest a record field allows is 32,000 characters\./,
    );
    assert.equal(
      (parsed.value as { identificationModule?: { briefTitle?: unknown } } | undefined)?.identificationModule?.briefTitle,
      undefined,
    );
  });

  it('refuses it as a whole, naming its line, also when the document is read part by part', () => {
    const parsed = parseRecord(yamlWithTitle(`"${'x'.repeat(30 * MB)}"`), 'yaml');
    assert.equal(parsed.value, undefined);
    assert.match(parsed.syntaxProblems[0].message, /one value, from line 4, is 30\.0 MB long/);
  });

  it('refuses a 30 MB JSON string as one value, at the string, naming its line and size', () => {
    const text = `{\n  "identificationModule": {\n    "orgStudyIdInfo": {"id": "X-1"},\n    "briefTitle": "${'x'.repeat(30 * MB)}"\n  }\n}\n`;
    const start = text.indexOf('"xxx');
    const parsed = parseRecord(text, 'json');
    assert.equal(parsed.value, undefined);
    assert.deepEqual(
      parsed.syntaxProblems.map((problem) => [problem.code, problem.range.start, problem.range.end]),
      [['syntax/too-large', start, start + 1]],
    );
    assert.equal(
      parsed.syntaxProblems[0].message,
      'This file is too large to check: one value, from line 4, is 30.0 MB long; the largest a record field allows is 32,000 characters. Nothing in it was checked; its text is left as it is.',
    );
  });
});

describe('a file too large in all', () => {
  it('refuses a 60 MB text by its size, before scanning it for anything else', () => {
    // Nested past every limit from its first character: a scan would stop there, so `size` says none ran.
    const nested = `${'['.repeat(2000)}${'x'.repeat(60 * MB)}`;
    assert.deepEqual(scanYaml(nested, recordLimits()), { exceeded: 'size', offset: 0, length: nested.length });
    assert.deepEqual(scanJson(nested, recordLimits()), { exceeded: 'size', offset: 0, length: nested.length });
    assert.equal(scanYaml(nested, { nesting: 1000, values: Infinity })?.exceeded, 'nesting');
    for (const parsed of [parseYamlTree(nested), parseJsonRecord(nested)]) {
      assert.equal(parsed.value, undefined);
      assert.deepEqual(
        parsed.problems.map((problem) => [problem.code, problem.range.start, problem.range.end]),
        [['syntax/too-large', 0, 1]],
      );
      assert.equal(
        parsed.problems[0].message,
        'This file is too large to check: it is 60.0 MB, and files over 50 MB are not read. Nothing in it was checked; its text is left as it is.',
      );
    }
  });

  it('lets a text of exactly 50 MB through to the scans, as VS Code still syncs it', () => {
    assert.equal(scanJson(' '.repeat(MAX_RECORD_CHARS), recordLimits()), undefined);
    assert.equal(scanJson(' '.repeat(MAX_RECORD_CHARS + 1), recordLimits())?.exceeded, 'size');
  });
});

describe('refusedAsWhole (a document read part by part is refused whole for these)', () => {
  it('refuses too many values, a value too long and a file too large; not nesting, which each part is held to', () => {
    assert.equal(refusedAsWhole(`a: [${'0,'.repeat(MAX_RECORD_VALUES)}0]\n`), true);
    assert.equal(refusedAsWhole(yamlWithTitle('x'.repeat(MAX_VALUE_CHARS + 1))), true);
    assert.equal(refusedAsWhole(`a: ${'x'.repeat(MAX_RECORD_CHARS)}`), true);
    assert.equal(refusedAsWhole(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\nb: ${'x'.repeat(MAX_VALUE_CHARS)}\n`), false);
    assert.equal(refusedAsWhole(yamlWithTitle('Short')), false);
  });
});

describe('a file refused as too large', () => {
  it('offers no completion or hover, and answers at once instead of scanning its lines', () => {
    const text = `a:\n${'  - x\n'.repeat(MAX_RECORD_VALUES)}`;
    const parsed = parseRecord(text, 'yaml');
    assert.equal(wasRefusedAsTooLarge(parsed), true);
    assert.deepEqual(complete(text, parsed, text.length - 2, recordSchema()).items, []);
    assert.equal(hover(text, parsed, text.length - 2, recordSchema()), undefined);
    // An empty document holds no value either, but is not refused: completion offers the modules there.
    const empty = parseRecord('', 'yaml');
    assert.equal(wasRefusedAsTooLarge(empty), false);
    assert.ok(complete('', empty, 0, recordSchema()).items.length > 0);
  });
});
