import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import type { ParsedRecord } from '../../../server/src/service/parse/parsedRecord';

function slice(text: string, parsed: ParsedRecord, pointer: string, part: 'key' | 'value'): string | undefined {
  const location = parsed.locations.get(pointer);
  const range = part === 'key' ? location?.keyRange : location?.valueRange;
  return range ? text.slice(range.start, range.end) : undefined;
}

describe('YAML records', () => {
  it('reads YAML 1.2 core schema: NO, dates and NCT IDs stay strings', () => {
    const text = 'a: NO\nb: 2024-02\nc: NCT06954740\nd: yes\ne: true\nf: 40\ng: ~\n';
    const parsed = parseRecord(text, 'yaml');
    assert.deepEqual(parsed.value, { a: 'NO', b: '2024-02', c: 'NCT06954740', d: 'yes', e: true, f: 40, g: null });
    assert.deepEqual(parsed.syntaxProblems, []);
  });

  it('maps JSON pointers to exact key and value ranges', () => {
    const text =
      'statusModule:\n  overallStatus: RECRUITING # comment\n  startDateStruct:\n    date: 2024-02\narmsInterventionsModule:\n  armGroups:\n    - label: Arm A\n    - label: "Arm B"\n';
    const parsed = parseRecord(text, 'yaml');
    assert.equal(slice(text, parsed, '/statusModule/overallStatus', 'key'), 'overallStatus');
    assert.equal(slice(text, parsed, '/statusModule/overallStatus', 'value'), 'RECRUITING');
    assert.equal(slice(text, parsed, '/statusModule/startDateStruct/date', 'value'), '2024-02');
    assert.equal(slice(text, parsed, '/statusModule', 'key'), 'statusModule');
    assert.equal(slice(text, parsed, '/armsInterventionsModule/armGroups/1/label', 'value'), '"Arm B"');
    assert.equal(slice(text, parsed, '/armsInterventionsModule/armGroups/0/label', 'key'), 'label');
  });

  it('escapes pointer segments (RFC 6901)', () => {
    const text = 'a/b:\n  c~d: 1\n';
    const parsed = parseRecord(text, 'yaml');
    assert.equal(slice(text, parsed, '/a~1b/c~0d', 'value'), '1');
  });

  it('gives an empty value a location right after its key', () => {
    const text = 'statusModule:\n  whyStopped:\n';
    const parsed = parseRecord(text, 'yaml');
    const location = parsed.locations.get('/statusModule/whyStopped');
    assert.ok(location?.keyRange);
    assert.equal(text.slice(location.keyRange.start, location.keyRange.end), 'whyStopped');
  });

  it('reports a syntax error with a position and keeps what it could read', () => {
    const text = 'identificationModule:\n  briefTitle: "unclosed\nstatusModule:\n  overallStatus: RECRUITING\n';
    const parsed = parseRecord(text, 'yaml');
    assert.ok(parsed.syntaxProblems.length > 0);
    for (const problem of parsed.syntaxProblems) {
      assert.ok(problem.range.start >= 0 && problem.range.end <= text.length);
      assert.match(problem.code, /^syntax\//);
      assert.doesNotMatch(problem.message, /\n/);
    }
  });

  it('reports duplicate keys with their own code', () => {
    const text = 'statusModule:\n  overallStatus: RECRUITING\n  overallStatus: COMPLETED\n';
    const parsed = parseRecord(text, 'yaml');
    const duplicate = parsed.syntaxProblems.find((p) => p.code === 'syntax/duplicate-key');
    assert.ok(duplicate);
    assert.equal(text.slice(duplicate.range.start, duplicate.range.end), 'overallStatus');
  });

  it('stops an alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const parsed = parseRecord(lines.join('\n') + '\n', 'yaml');
    assert.ok(parsed.syntaxProblems.some((p) => p.code === 'syntax/alias-limit'));
  });

  it('keeps __proto__ keys as data without touching prototypes', () => {
    const parsed = parseRecord('__proto__:\n  polluted: yes\nconstructor: x\n', 'yaml');
    const value = parsed.value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.deepEqual(Object.keys(value), ['__proto__', 'constructor']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('treats custom and js tags as plain data, with a warning', () => {
    const parsed = parseRecord('a: !!js/function "function() { return 1 }"\nb: !custom x\n', 'yaml');
    assert.deepEqual(parsed.value, { a: 'function() { return 1 }', b: 'x' });
    assert.ok(parsed.syntaxProblems.every((p) => p.severity === 'warning'));
  });

  it('detects a whole API study object', () => {
    const parsed = parseRecord('protocolSection:\n  statusModule:\n    overallStatus: RECRUITING\nhasResults: false\n', 'yaml');
    assert.equal(parsed.recordPointer, '/protocolSection');
  });

  it('handles an empty document', () => {
    const parsed = parseRecord('', 'yaml');
    assert.equal(parsed.value, undefined);
    assert.deepEqual(parsed.syntaxProblems, []);
  });
});

describe('JSON records', () => {
  it('maps pointers to key and value ranges', () => {
    const text = '{\n  "statusModule": {\n    "overallStatus": "RECRUITING"\n  },\n  "x": [1, {"y": null}]\n}';
    const parsed = parseRecord(text, 'json');
    assert.equal(slice(text, parsed, '/statusModule/overallStatus', 'key'), '"overallStatus"');
    assert.equal(slice(text, parsed, '/statusModule/overallStatus', 'value'), '"RECRUITING"');
    assert.equal(slice(text, parsed, '/x/1/y', 'value'), 'null');
    assert.deepEqual(parsed.value, { statusModule: { overallStatus: 'RECRUITING' }, x: [1, { y: null }] });
  });

  it('reports syntax errors in words and duplicate keys', () => {
    const text = '{ "a": 1, "a": 2, "b": }';
    const parsed = parseRecord(text, 'json');
    assert.ok(parsed.syntaxProblems.some((p) => p.code === 'syntax/duplicate-key'));
    assert.ok(parsed.syntaxProblems.some((p) => p.code === 'syntax/json' && p.message === 'A value is expected here.'));
  });
});

describe('hostile input to the parsers', () => {
  it('reports JSON nested 10,000 levels deep as too deep instead of overflowing the stack', () => {
    const parsed = parseRecord(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'json');
    assert.deepEqual(
      parsed.syntaxProblems.map((problem) => [problem.code, problem.range.start]),
      [['syntax/too-deep', 201]],
    );
  });

  it('still reads JSON nested deeper than the walker goes but within the parser, with the problem at the same place', () => {
    const parsed = parseRecord(`${'['.repeat(300)}${']'.repeat(300)}`, 'json');
    assert.deepEqual(
      parsed.syntaxProblems.map((problem) => [problem.code, problem.range.start]),
      [['syntax/too-deep', 201]],
    );
    assert.ok(Array.isArray(parsed.value));
  });

  it('skips a JSON byte order mark without moving any range', () => {
    const text = '\uFEFF{"acronym": "X"}';
    const parsed = parseRecord(text, 'json');
    assert.deepEqual(parsed.syntaxProblems, []);
    assert.deepEqual(parsed.value, { acronym: 'X' });
    const range = parsed.locations.get('/acronym')!.valueRange;
    assert.equal(text.slice(range.start, range.end), '"X"');
  });

  it('names a lone carriage return as the line-end problem it is', () => {
    const parsed = parseRecord('identificationModule:\r\n  orgStudyIdInfo:\r    id: X\n', 'yaml');
    const problem = parsed.syntaxProblems.find((p) => /carriage return/.test(p.message));
    assert.ok(problem);
    assert.equal(problem.range.start, 'identificationModule:\r\n  orgStudyIdInfo:'.length);
  });
});
