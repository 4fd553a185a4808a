import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePythonLiteral } from '../../../server/src/import/pythonLiteral';
import { ctgovJsonFixtures, pythonRepr, studiesOf } from './support/importTestKit';

function value(text: string): unknown {
  const result = parsePythonLiteral(text);
  assert.equal(result.problem, undefined, result.problem?.message);
  return result.value;
}

describe('Python literal reader', () => {
  it('reads dicts, lists, tuples and the constants True, False and None', () => {
    assert.deepEqual(value("{'a': [1, -2.5, 3e2], 'b': (True, False, None), 'c': {}}"), {
      a: [1, -2.5, 300],
      b: [true, false, null],
      c: {},
    });
  });

  it('keeps apostrophes inside double-quoted strings and quotes escaped in single-quoted ones', () => {
    assert.deepEqual(value(`{'fullName': "Guangzhou Women and Children's Medical Center", 'x': 'it\\'s "quoted"'}`), {
      fullName: "Guangzhou Women and Children's Medical Center",
      x: 'it\'s "quoted"',
    });
  });

  it('reads escaped Markdown as Python does: `\\\\<` is a backslash and `<`, an unknown escape keeps its backslash', () => {
    assert.equal(value("'Age \\\\<3 years or \\\\>12 years, \\\\[x\\\\]'"), 'Age \\<3 years or \\>12 years, \\[x\\]');
    assert.equal(value("'a \\< b'"), 'a \\< b');
  });

  it('decodes \\n, \\t, \\x, \\u, \\U and octal escapes, and raw strings keep backslashes', () => {
    assert.equal(value("'line 1\\nline 2\\t\\x41\\u00e9\\U0001F600\\101'"), 'line 1\nline 2\tAé😀A');
    assert.equal(value("r'C:\\new'"), 'C:\\new');
  });

  it('joins adjacent string literals and reads triple-quoted strings', () => {
    assert.equal(value('\'abc\' "def"'), 'abcdef');
    assert.equal(value("'''one\ntwo'''"), 'one\ntwo');
  });

  it('reads pprint output: wrapped long strings in parentheses are one string, (x,) is a tuple', () => {
    const wrapped =
      "{'briefSummary': ('The goal of this study is '\n                  'to test the reader.'),\n 'phases': ('PHASE2',),\n 'empty': ()}";
    assert.deepEqual(value(wrapped), { briefSummary: 'The goal of this study is to test the reader.', phases: ['PHASE2'], empty: [] });
    assert.deepEqual(value("[('a' 'b'), ('c')]"), ['ab', 'c']);
  });

  it('accepts trailing commas and whitespace across lines', () => {
    assert.deepEqual(value("{\n  'a': [1, 2,],\n  'b': 'x',\n}"), { a: [1, 2], b: 'x' });
  });

  it('reports where the literal ends, so text after it stays text', () => {
    const text = "{'a': 1} and more";
    const result = parsePythonLiteral(text);
    assert.equal(result.end, 8);
    assert.equal(text.slice(result.end), ' and more');
  });

  it('reads every real study in its repr() form back to the same value', () => {
    for (const fixture of ctgovJsonFixtures()) {
      for (const study of studiesOf(fixture.text)) assert.deepEqual(value(pythonRepr(study)), study, fixture.name);
    }
  });

  it('returns what it read before a cut-off, closed, with a message saying so', () => {
    const result = parsePythonLiteral("{'a': {'b': [1, 2], 'c': 'unfinis");
    assert.equal(result.truncated, true);
    assert.match(result.problem?.message ?? '', /never closed/);
    assert.deepEqual(result.value, { a: { b: [1, 2] } });
    const unbalanced = parsePythonLiteral("{'a': [1, 2}");
    assert.match(unbalanced.problem?.message ?? '', /expected "," or "\]"/);
    assert.deepEqual(unbalanced.value, { a: [1, 2] });
  });

  it('rejects names that are not literals and keys that are containers, without throwing', () => {
    assert.match(parsePythonLiteral("{'a': datetime.date(2020, 1, 1)}").problem?.message ?? '', /"datetime" is not a Python literal/);
    assert.match(parsePythonLiteral('{[1]: 2}').problem?.message ?? '', /dict key/);
    assert.match(parsePythonLiteral('').problem?.message ?? '', /no Python literal/);
    assert.equal(parsePythonLiteral("{'__proto__': {'polluted': True}}").problem, undefined);
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  });

  it('reads JSON constants only when asked to', () => {
    assert.match(parsePythonLiteral('{"a": true}').problem?.message ?? '', /"true" is not a Python literal/);
    assert.deepEqual(parsePythonLiteral('{"a": true, "b": null, "c": "x\\/y"}', 0, { acceptJson: true }).value, {
      a: true,
      b: null,
      c: 'x/y',
    });
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    const result = parsePythonLiteral('['.repeat(100_000));
    assert.match(result.problem?.message ?? '', /nests deeper/);
  });
});
