import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readYamlLine } from '../../../../server/src/service/language/cursor/yamlLine';

function keyOf(line: string): string | undefined {
  return readYamlLine(line, 0).key?.name;
}

describe('reading the key of a YAML line', () => {
  it('reads plain, single-quoted and double-quoted keys', () => {
    assert.equal(keyOf('  overallStatus: RECRUITING'), 'overallStatus');
    assert.equal(keyOf("'it''s': x"), "it's");
    assert.equal(keyOf('"caf\\u00e9": x'), 'café');
    assert.equal(keyOf('"a\\"b": x'), 'a"b');
  });

  it('keeps a double-quoted key as written when it is not a JSON string body (YAML-only escapes, raw tabs)', () => {
    assert.equal(keyOf('"\\x41": x'), '\\x41');
    assert.equal(keyOf('"a\tb": x'), 'a\tb');
    assert.equal(keyOf('"\\e": x'), '\\e');
  });
});
