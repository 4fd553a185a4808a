import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { SchemaCheck, sameData } from '../../../server/src/service/schema/schemaCheck';

describe('schema check memo', () => {
  it('compares data, keys in order, and shares nothing by accident', () => {
    const shared = { facility: 'A', city: 'B' };
    assert.equal(sameData({ list: [shared, 1, 'x', null, true] }, { list: [shared, 1, 'x', null, true] }), true);
    assert.equal(sameData({ a: 1, b: 2 }, { b: 2, a: 1 }), false);
    assert.equal(sameData([1, 2], [1, 2, 3]), false);
    assert.equal(sameData({ a: [] }, { a: {} }), false);
    assert.equal(sameData({ a: '1' }, { a: 1 }), false);
    assert.equal(sameData({ a: null }, { b: null }), false);
  });

  it('gives the same findings as a fresh check after edits in and outside a module', () => {
    const check = new SchemaCheck();
    const versions = [
      'statusModule:\n  overallStatus: Recruiting\nconditionsModule:\n  conditions: [A]\n',
      'statusModule:\n  overallStatus: Recruiting\nconditionsModule:\n  conditions: [A, 2]\n',
      'statusModule:\n  overallStatus: RECRUITING\nconditionsModule:\n  conditions: [A, 2]\n',
      'statusModule:\n  overallStatus: RECRUITING\nconditionsModule:\n  conditions: [A]\n',
    ];
    for (const text of versions) {
      const parsed = parseRecord(text, 'yaml');
      const messages = (diagnostics: ReturnType<SchemaCheck['run']>) => diagnostics.map((d) => `${d.code} ${d.pointer}`).sort();
      assert.deepEqual(messages(check.run(text, parsed)), messages(new SchemaCheck().run(text, parsed)), text);
    }
  });
});
