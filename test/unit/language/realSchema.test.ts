import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { complete } from '../../../server/src/service/language/completion';
import { hover } from '../../../server/src/service/language/hover';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { MODULE_NAMES, STATUS_VALUES, vscodeAccepts, withCursor } from './support';

// The same behaviours against the bundled schema, and a sweep over real records.
const schema = recordSchema();

function completeAt(marked: string, format: 'yaml' | 'json' = 'yaml') {
  const document = withCursor(marked, format);
  return { ...document, items: complete(document.text, document.parsed, document.offset, schema).items };
}

function hoverAt(marked: string) {
  const document = withCursor(marked);
  return hover(document.text, document.parsed, document.offset, schema);
}

describe('with the bundled record schema', () => {
  it('offers exactly the 14 statuses and finds them by label', () => {
    assert.deepEqual(
      completeAt('statusModule:\n  overallStatus: |\n')
        .items.map((item) => item.label)
        .sort(),
      [...STATUS_VALUES].sort(),
    );
    const typed = completeAt('statusModule:\n  overallStatus: not yet|\n');
    const item = typed.items.find((candidate) => candidate.label === 'NOT_YET_RECRUITING');
    assert.ok(item && vscodeAccepts(typed.text, typed.offset, item.replaceRange, item.filterText));
    const phase = completeAt('designModule:\n  phases:\n    - phase 2|\n');
    const phase2 = phase.items.find((candidate) => candidate.label === 'PHASE2');
    assert.ok(phase2 && vscodeAccepts(phase.text, phase.offset, phase2.replaceRange, phase2.filterText));
  });

  it('offers the modules, module keys and list item keys', () => {
    assert.deepEqual(
      completeAt('|')
        .items.map((item) => item.label)
        .sort(),
      [...MODULE_NAMES].sort(),
    );
    const arm = completeAt('armsInterventionsModule:\n  armGroups:\n    - |\n').items.map((item) => item.label);
    assert.ok(arm.includes('label') && arm.includes('type'));
    const status = completeAt('statusModule:\n  overallStatus: RECRUITING\n  |\n').items.map((item) => item.label);
    assert.ok(status.includes('startDateStruct') && !status.includes('overallStatus'));
    assert.equal(completeAt('{"statusModule": {"overallStatus": |}}', 'json').items.length, 14);
  });

  it('hovers briefTitle and RECRUITING', () => {
    const title = hoverAt('identificationModule:\n  brief|Title: x\n');
    assert.match(title?.markdown ?? '', /Brief title/);
    assert.match(title?.markdown ?? '', /300/);
    assert.match(hoverAt('statusModule:\n  overallStatus: RECRUIT|ING\n')?.markdown ?? '', /Recruiting/);
    assert.match(hoverAt('statusModule:\n  status|VerifiedDate: 2024-02\n')?.markdown ?? '', /`2024-02`/);
  });
});

describe('real records: completion and hover at every line position never throw', () => {
  const folder = path.resolve(__dirname, '../../../samples');
  const files = readdirSync(folder).filter((name) => /\.trial\.(ya?ml|json)$/.test(name));
  for (const name of files) {
    it(name, () => {
      const text = readFileSync(path.join(folder, name), 'utf8');
      const format = name.endsWith('.json') ? 'json' : 'yaml';
      const parsed = parseRecord(text, format);
      let offered = 0;
      // Every line start, end and a few columns in between: keys, values, comments, blocks.
      for (let start = 0; start <= text.length; start = text.indexOf('\n', start) + 1 || text.length + 1) {
        const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
        for (const offset of new Set([start, start + 2, start + 4, start + 7, Math.floor((start + end) / 2), end])) {
          if (offset > text.length) continue;
          const result = complete(text, parsed, offset, schema);
          offered += result.items.length;
          for (const item of result.items) assert.ok(item.replaceRange.start <= offset && offset <= item.replaceRange.end);
          hover(text, parsed, offset, schema);
        }
      }
      assert.ok(offered > 0);
    });
  }
});
