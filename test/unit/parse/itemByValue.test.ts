// An edited list item read by its value (itemByValue.ts) is the item `yaml` reads: the same value, the same
// number of locations and, when asked for, the same locations; an item whose `yaml` reading differs says so,
// and the parser then reads the whole text again.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LazyItemLocations, readItemByValue } from '../../../server/src/service/parse/itemByValue';
import { IncrementalYamlParser } from '../../../server/src/service/parse/incrementalYamlParser';
import { parseItem } from '../../../server/src/service/parse/pieceParse';
import { parseYamlRecord } from '../../../server/src/service/parse/tolerantYaml';
import { dashColumnOf, MIN_SPLIT_LIST_ITEMS, type OwnLocations } from '../../../server/src/service/parse/recordPiece';
import { realRecordDocuments } from './recordDocuments';

interface ListItemText {
  readonly pointer: string;
  readonly text: string;
  readonly dashColumn: number;
  readonly depth: number;
}

/** The texts of the items of every long list of a record (each but the last, as the incremental parser cuts them). */
function longListItems(text: string): ListItemText[] {
  const tree = parseYamlRecord(text);
  const found: ListItemText[] = [];
  for (const [pointer, location] of tree.locations) {
    const match = /^(.*)\/(\d+)$/.exec(pointer);
    if (!match) continue;
    const next = tree.locations.get(`${match[1]}/${Number(match[2]) + 1}`);
    if (!next || !tree.locations.has(`${match[1]}/${MIN_SPLIT_LIST_ITEMS - 1}`)) continue;
    const dashColumn = dashColumnOf(text, location.valueRange.start, 0);
    if (dashColumn < 0) continue;
    const start = text.lastIndexOf('\n', location.valueRange.start - 1) + 1;
    const end = text.lastIndexOf('\n', next.valueRange.start - 1) + 1;
    found.push({ pointer, text: text.slice(start, end), dashColumn, depth: match[1].split('/').length - 1 });
  }
  return found;
}

describe('list items read by their value', () => {
  const documents = realRecordDocuments().filter((document) => document.name.endsWith('whole study as YAML'));

  it('read as `yaml` reads them: value, size and every location', () => {
    let byValue = 0;
    for (const document of documents) {
      for (const item of longListItems(document.text)) {
        const expected = parseItem(item.text, item.dashColumn, item.depth);
        const read = readItemByValue(item.text, item.dashColumn, item.depth);
        if (!read || !expected || expected === 'broken') continue;
        byValue++;
        const where = `${document.name} ${item.pointer}`;
        assert.deepEqual(read.piece.value, expected.value, where);
        assert.equal(read.piece.size, expected.size, where);
        const own = expected.parts[0] as OwnLocations;
        assert.deepEqual([...read.locations], [...own.entries], where);
        assert.equal(read.locations.agrees, true, where);
      }
    }
    assert.ok(byValue > 1000, `only ${byValue} items read by value`);
  });

  it('leave to `yaml` an item whose value does not start on its dash line, or that may read differently', () => {
    assert.equal(readItemByValue('  -\n    title: a\n', 2, 1), undefined);
    assert.equal(readItemByValue('  - title: &a x\n', 2, 1), undefined);
    assert.equal(readItemByValue('  - title: "unclosed\n', 2, 1), undefined);
    assert.equal(readItemByValue('    - title: a\n', 2, 1), undefined, 'the dash is not at the list’s column');
    // An implicit key over 1024 characters: `yaml` reports it, js-yaml would read it.
    assert.equal(readItemByValue(`  - ${'k'.repeat(1030)}: x\n`, 2, 1), undefined);
    assert.ok(readItemByValue(`  - title: ${'k'.repeat(1030)}: x\n`.replace(': x', ' x'), 2, 1), 'a long value is no long key');
    assert.ok(readItemByValue('  - title: a\n    count: 3\n', 2, 1));
  });

  it('say when their `yaml` reading differs', () => {
    const text = '  - title: a\n    count: 3\n';
    assert.equal(new LazyItemLocations(text, 2, 1, { title: 'a', count: 3 }, 3).agrees, true);
    assert.equal(new LazyItemLocations(text, 2, 1, { title: 'a', count: '3' }, 3).agrees, false);
    assert.equal(new LazyItemLocations(text, 2, 1, { title: 'a', count: 3 }, 4).agrees, false);
  });

  it('are read by value on an edit and checked when the parser prepares for the next one', () => {
    const document = documents.find((candidate) => candidate.text.includes('\nresultsSection:'));
    assert.ok(document);
    const parser = new IncrementalYamlParser();
    parser.parse(document.text);
    assert.equal(parser.prepareForEdits(), false);
    const title = parseYamlRecord(document.text).locations.get('/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/title');
    assert.ok(title);
    const edited = `${document.text.slice(0, title.valueRange.start + 1)}x${document.text.slice(title.valueRange.start + 1)}`;
    const result = parser.parse(edited);
    assert.equal(parser.lastPath, 'item');
    assert.deepEqual(result.value, parseYamlRecord(edited).value);
    const steps = parser.prepareForEditsInSteps();
    let count = 0;
    let step = steps.next();
    while (!step.done) {
      count++;
      step = steps.next();
    }
    assert.equal(step.value, false, 'the item agrees: nothing to analyse again');
    assert.ok(count >= 3, 'the check of the item is a step of its own');
  });

  it('are checked once each: an item replaced by a later edit is dropped, and a disagreement reads the whole text once', () => {
    const document = documents.find((candidate) => candidate.text.includes('\nresultsSection:'));
    assert.ok(document);
    const title = parseYamlRecord(document.text).locations.get('/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/title');
    assert.ok(title);
    const parser = new IncrementalYamlParser();
    parser.parse(document.text);
    parser.prepareForEdits();
    let text = document.text;
    for (let typed = 0; typed < 10; typed++) {
      text = `${text.slice(0, title.valueRange.start + 1)}x${text.slice(title.valueRange.start + 1)}`;
      parser.parse(text);
      assert.equal(parser.lastPath, 'item');
    }
    // As if js-yaml and `yaml` read the item differently (no such text is known: the scan refuses them).
    const agrees = Object.getOwnPropertyDescriptor(LazyItemLocations.prototype, 'agrees');
    assert.ok(agrees);
    Object.defineProperty(LazyItemLocations.prototype, 'agrees', { configurable: true, get: () => false });
    try {
      let again = 0;
      for (let round = 0; round < 3; round++) {
        const steps = parser.prepareForEditsInSteps();
        let step = steps.next();
        while (!step.done) step = steps.next();
        if (step.value) again++;
      }
      assert.equal(again, 1, 'one whole reading, one new analysis');
      assert.equal(parser.lastPath, 'full');
      assert.deepEqual(parser.parse(text).value, parseYamlRecord(text).value);
    } finally {
      Object.defineProperty(LazyItemLocations.prototype, 'agrees', agrees);
    }
  });
});
