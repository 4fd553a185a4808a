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
});
