import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete } from '../../../../server/src/service/language/completion';
import { hover } from '../../../../server/src/service/language/hover';
import { parseRecord } from '../../../../server/src/service/parse/parseRecord';
import type { RecordFormat } from '../../../../server/src/service/parse/parsedRecord';
import type { ServiceLog } from '../../../../server/src/service/serviceLog';
import { testSchema } from '../support';

// Each of these exhausted the stack of the cursor code before it bounded its walk (at 2,000 levels
// of YAML mappings, 4,000 of JSON). Text nested far deeper than any parser reads gets no answer
// there, and nothing to log.
const LEVELS = 5_000;
const DEEP_DOCUMENTS: readonly { readonly name: string; readonly format: RecordFormat; readonly text: string }[] = [
  { name: 'YAML mappings', format: 'yaml', text: `${Array.from({ length: LEVELS }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} end\n` },
  { name: 'YAML dashes on one line', format: 'yaml', text: `a:\n  ${'- '.repeat(LEVELS * 4)}k: v\n` },
  { name: 'JSON arrays', format: 'json', text: `${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}` },
  { name: 'JSON objects', format: 'json', text: `${'{"a":'.repeat(LEVELS)}1${'}'.repeat(LEVELS)}` },
];

describe('the cursor in very deeply nested text', () => {
  for (const { name, format, text } of DEEP_DOCUMENTS) {
    it(`answers without failing (${name})`, () => {
      const failures: string[] = [];
      const log: ServiceLog = { error: (message) => failures.push(message), warn: (message) => failures.push(message) };
      const parsed = parseRecord(text, format);
      for (const offset of [Math.floor(text.length / 2), text.length - 2, text.length - 1]) {
        const request = { log, uri: `file:///deep.${format}`, position: { line: 0, character: offset } };
        assert.deepEqual(complete(text, parsed, offset, testSchema, request).items, []);
        assert.equal(hover(text, parsed, offset, testSchema, [], request), undefined);
      }
      assert.deepEqual(failures, []);
    });
  }
});
