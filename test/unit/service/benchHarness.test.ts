// The benchmark's own pieces (bench/): its statistics and the edits it replays must be right, or
// the published table means nothing. (tsc type-checks the rest of bench/ with the project.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { realRecords, smallSample } from '../../../bench/documents';
import { cursorPlaces, editScript } from '../../../bench/edits';
import { summarize } from '../../../bench/stats';
import { corpusNctId, mutatedStudy, PLANTED_MISTAKES, seededRandom, sourceStudies } from '../../../bench/corpus';
import {
  atLeast,
  atMost,
  eitherOf,
  PEER_VALIDATION_DELAY_MS,
  perItemMs,
  renderTargets,
  speedUp,
  withoutPeerWait,
} from '../../../bench/targets';
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

  it("takes the peer's fixed 200 ms wait out of its figures", () => {
    assert.equal(PEER_VALIDATION_DELAY_MS, 200);
    assert.equal(withoutPeerWait(650), 450);
  });

  it('takes the per-study cost as the slope over runs of different size, so start-up cancels', () => {
    // 300 ms of start-up, 4 ms a study.
    assert.equal(
      perItemMs([
        { items: 500, ms: 2300 },
        { items: 1000, ms: 4300 },
      ]),
      4,
    );
    assert.equal(
      perItemMs([
        { items: 100, ms: 700 },
        { items: 200, ms: 1100 },
        { items: 300, ms: 1500 },
      ]),
      4,
    );
    assert.ok(Number.isNaN(perItemMs([{ items: 100, ms: 700 }])));
    assert.ok(
      Number.isNaN(
        perItemMs([
          { items: 100, ms: 700 },
          { items: 100, ms: 800 },
        ]),
      ),
    );
  });

  it('computes the speed-up of k side-by-side runs over one', () => {
    assert.equal(speedUp(1000, 1000, 2), 2);
    assert.equal(speedUp(1000, 1400, 2), 2000 / 1400);
  });

  it('says whether each target holds, and never passes an unmeasured one', () => {
    assert.equal(atMost('a', 0.2, 0.3, '').holds, true);
    assert.equal(atMost('a', 0.4, 0.3, '').holds, false);
    assert.equal(atMost('a', 0.3, 0.3, '').holds, true);
    assert.equal(atLeast('b', 0.95, 0.9, '').holds, true);
    assert.equal(atLeast('b', 0.5, 0.9, '').holds, false);
    const missing = atLeast('c', Number.NaN, 0.9, '');
    assert.equal(missing.holds, undefined);
    assert.equal(missing.measured, 'not available');
    const edit = (peer: number, floor: number) => eitherOf('edit', atMost('', peer, 0.05, ''), atMost('', floor, 1.5, ''), '').holds;
    assert.equal(edit(0.04, 2), true, 'the share of the peer is enough');
    assert.equal(edit(0.1, 1.2), true, 'so is the multiple of the floor');
    assert.equal(edit(0.1, 2), false);
    assert.equal(edit(Number.NaN, Number.NaN), undefined);
    const table = renderTargets([atMost('open cold', 0.25, 0.3, 'how'), missing]);
    assert.match(table, /\| open cold \| ≤ 0\.3 \| 0\.250 \| yes \|/);
    assert.match(table, /\| c \| ≥ 0\.9 \| not available \| not measured \|/);
  });

  it('generates the same corpus record from the same seed and index, each with its own NCT ID', () => {
    const sources = sourceStudies(root);
    const first = mutatedStudy(sources, 41, 7);
    assert.deepEqual(mutatedStudy(sources, 41, 7), first);
    assert.equal(corpusNctId(41), 'NCT90000041');
    assert.equal((first.study.protocolSection as { identificationModule: { nctId: string } }).identificationModule.nctId, 'NCT90000041');
    assert.notDeepEqual(mutatedStudy(sources, 41, 8).study, first.study, 'another seed, another record');
    const random = seededRandom(5);
    const again = seededRandom(5);
    assert.deepEqual([random(), random()], [again(), again()]);
    // About 1 record in 25 carries a planted mistake, of every kind.
    const planted = Array.from({ length: 1000 }, (_, index) => mutatedStudy(sources, index, 18).planted).filter((p) => p !== undefined);
    assert.ok(planted.length > 20 && planted.length < 70, `${planted.length} planted`);
    assert.deepEqual(new Set(planted), new Set(PLANTED_MISTAKES));
  });
});
