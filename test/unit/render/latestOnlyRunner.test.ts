import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LatestOnlyRunner } from '../../../client/src/preview/latestOnlyRunner';

/** A task whose runs the test finishes by hand, recording the state each run saw. */
function controlledTask(read: () => number) {
  const seen: number[] = [];
  const finishers: Array<() => void> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const task = () => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    seen.push(read());
    return new Promise<void>((resolve) =>
      finishers.push(() => {
        inFlight--;
        resolve();
      }),
    );
  };
  return { task, seen, finishNext: () => finishers.shift()?.(), pending: () => finishers.length, maxInFlight: () => maxInFlight };
}

describe('LatestOnlyRunner (how the preview coalesces renders)', () => {
  it('runs at once when idle, and a burst during a run costs exactly one more run that sees the newest state', async () => {
    let version = 1;
    const t = controlledTask(() => version);
    const runner = new LatestOnlyRunner(t.task);
    runner.request();
    assert.deepEqual(t.seen, [1], 'no delay before the first run');
    for (version = 2; version <= 10; version++) runner.request();
    version = 10;
    assert.equal(t.pending(), 1, 'one run in flight');
    t.finishNext();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(t.seen, [1, 10], 'the burst becomes a single run of the newest state');
    t.finishNext();
    await runner.whenIdle();
    assert.equal(runner.isRunning, false);
    assert.equal(t.maxInFlight(), 1);
  });

  it('keeps going after a failed run and reports the error', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const runner = new LatestOnlyRunner(
      () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error('server gone')) : Promise.resolve();
      },
      (error) => errors.push(error),
    );
    runner.request();
    await runner.whenIdle();
    runner.request();
    await runner.whenIdle();
    assert.equal(calls, 2);
    assert.equal(errors.length, 1);
  });

  it('runs nothing more once disposed', async () => {
    let version = 1;
    const t = controlledTask(() => version);
    const runner = new LatestOnlyRunner(t.task);
    runner.request();
    version = 2;
    runner.request();
    runner.dispose();
    t.finishNext();
    await runner.whenIdle();
    runner.request();
    assert.deepEqual(t.seen, [1]);
  });
});
