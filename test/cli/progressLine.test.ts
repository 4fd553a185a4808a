// The progress line: drawn only on a terminal, at most ten times a second, rewritten in place, cleared.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, ProgressLine } from '../../server/src/cli/progressLine';

function fakeStream(isTTY: boolean, columns?: number) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (text: string) => writes.push(text) > 0 } };
}

describe('ProgressLine', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const { writes, stream } = fakeStream(false);
    const progress = new ProgressLine(stream, () => 0);
    for (let i = 0; i < 100; i++) progress.studyDone(2);
    progress.clear();
    assert.deepEqual(writes, []);
  });

  it('shows studies done, the rate, findings and the time left, at most ten times a second, and clears itself', () => {
    const { writes, stream } = fakeStream(true);
    let now = 0;
    const progress = new ProgressLine(stream, () => now);
    progress.setTotal(1000);
    now = 1000;
    progress.studyDone(3);
    for (let i = 0; i < 98; i++) {
      now += 1;
      progress.studyDone(0);
    }
    assert.equal(writes.length, 1, 'one drawing within 100 ms');
    assert.equal(writes[0], '\r\x1b[2Ktrial-record: 1/1000 studies, 1.0/s, 3 findings, 16 min 39 s left');
    now += 100;
    progress.studyDone(1);
    assert.equal(writes.length, 2);
    assert.equal(writes[1], '\r\x1b[2Ktrial-record: 100/1000 studies, 83/s, 4 findings, 11 s left');
    progress.clear();
    assert.equal(writes[2], '\r\x1b[2K');
    progress.clear();
    assert.equal(writes.length, 3, 'cleared once');
  });

  it('shows no time left while the total is unknown, and fits the terminal width', () => {
    const { writes, stream } = fakeStream(true, 30);
    let now = 0;
    const progress = new ProgressLine(stream, () => now);
    now = 2000;
    progress.studyDone(0);
    assert.equal(writes[0], '\r\x1b[2Ktrial-record: 1 study, 0.5/s,', '29 characters: one less than the terminal is wide');
  });

  it('writes durations in seconds, minutes and hours', () => {
    assert.deepEqual([formatDuration(4.2), formatDuration(125), formatDuration(7260)], ['5 s', '2 min 5 s', '2 h 1 min']);
  });
});
