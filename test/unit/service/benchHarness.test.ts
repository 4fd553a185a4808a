// The benchmark's own pieces (bench/): its statistics and the edits it replays must be right, or
// the published table means nothing. (tsc type-checks the rest of bench/ with the project.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { realRecords, smallSample } from '../../../bench/documents';
import { cursorPlaces, editScript } from '../../../bench/edits';
import { summarize } from '../../../bench/stats';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';

const root = path.resolve(__dirname, '..', '..', '..');

describe('benchmark harness', () => {
  it('summarizes with the median and the nearest-rank 95th percentile', () => {
    assert.deepEqual(summarize([5, 1, 3]), { count: 3, median: 3, p95: 5 });
    assert.deepEqual(summarize([4, 1, 3, 2]), { count: 4, median: 2.5, p95: 4 });
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(summarize(hundred).p95, 95);
    assert.equal(summarize([]).count, 0);
  });

  it('replays one-character edits in the title and the locations list, and a status error that comes and goes', () => {
    const record = realRecords(root).find((document) => document.name === 'NCT03064438');
    assert.ok(record);
    const edits = editScript(record.text, 2);
    assert.deepEqual(
      edits.map((edit) => edit.kind),
      ['top field', 'locations list', 'error in/out', 'top field', 'locations list', 'error in/out'],
    );
    let previous = record.text;
    for (const edit of edits) {
      // Typing adds one character; the status edit adds or removes one.
      assert.equal(Math.abs(edit.text.length - previous.length), 1, edit.kind);
      previous = edit.text;
    }
    const statusErrors = (text: string) =>
      new RecordAnalyzer('yaml')
        .analyze(text, { today: '2026-01-01' })
        .diagnostics.filter((d) => d.pointer === '/statusModule/overallStatus' && d.code === 'schema/enum').length;
    assert.equal(statusErrors(record.text), 0);
    assert.equal(statusErrors(edits[2].text), 1, 'the first error edit introduces an invalid status');
    assert.equal(statusErrors(edits[5].text), 0, 'the second one removes it again');
  });

  it('finds the completion and hover places in a sample', () => {
    const sample = smallSample(root);
    const places = cursorPlaces(sample.text);
    const lines = sample.text.split('\n');
    assert.ok(places.atValue && places.atKey && places.hover);
    assert.match(lines[places.atKey.line].slice(places.atKey.character), /^overallStatus: /);
    assert.match(lines[places.atValue.line].slice(places.atValue.character), /^NOT_YET_RECRUITING/);
  });
});
