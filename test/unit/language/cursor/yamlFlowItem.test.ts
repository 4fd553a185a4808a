import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { flowSequenceItem, type FlowItem } from '../../../../server/src/service/language/cursor/yamlFlowItem';

/** The item at the `|` of a line holding one flow sequence, with its text. */
function itemAt(marked: string): (FlowItem & { text: string }) | undefined {
  const column = marked.indexOf('|');
  const line = marked.slice(0, column) + marked.slice(column + 1);
  const comment = line.indexOf(' #');
  const item = flowSequenceItem(line, line.indexOf('['), column, comment >= 0 ? comment : line.length);
  return item && { ...item, text: line.slice(item.start, item.end) };
}

describe('the item of a YAML flow sequence at the cursor', () => {
  it('finds the index and the text of plain items', () => {
    assert.deepEqual(itemAt('k: [|]'), { index: 0, start: 4, end: 4, quoted: false, text: '' });
    assert.deepEqual(itemAt('k: [A, B|]'), { index: 1, start: 7, end: 8, quoted: false, text: 'B' });
    assert.deepEqual(itemAt('k: [A, Bc|d, E]'), { index: 1, start: 7, end: 10, quoted: false, text: 'Bcd' });
    assert.equal(itemAt('k: [A,|]')?.index, 1);
    assert.equal(itemAt('k: [A, B, |')?.index, 2); // not closed yet
  });

  it('completes inside quotes, commas there included, and replaces a whole quoted item from before it', () => {
    assert.deepEqual(itemAt('k: ["A, b", "C|"]'), { index: 1, start: 13, end: 14, quoted: true, text: 'C' });
    assert.deepEqual(itemAt("k: ['it''s|']"), { index: 0, start: 5, end: 10, quoted: true, text: "it''s" });
    assert.deepEqual(itemAt('k: [A,| "B"]'), { index: 1, start: 6, end: 10, quoted: false, text: ' "B"' });
  });

  it('answers nothing outside the brackets, after a closing quote, in a nested collection or a comment', () => {
    assert.equal(itemAt('k: |[A]'), undefined);
    assert.equal(itemAt('k: [A]|'), undefined);
    assert.equal(itemAt('k: ["A"| ]'), undefined);
    assert.equal(itemAt('k: [[A|]]'), undefined);
    assert.equal(itemAt('k: [A] # [|'), undefined);
  });
});
