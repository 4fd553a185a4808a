// The worker pool and the reorder window on their own: answers in input order, a bounded window, and a
// task that throws or kills its worker fails alone while every other task is answered.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { OrderedResults } from '../../server/src/cli/orderedResults';
import { WorkerPool, WorkerTaskError } from '../../server/src/cli/workerPool';
import type { ServiceLog } from '../../server/src/service/serviceLog';

const WORKER = path.resolve('test/cli/support/poolTestWorker.mjs');

function collectingLog(): ServiceLog & { readonly errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (message, error) => errors.push(`${message}: ${String(error)}`), warn: (message) => errors.push(message) };
}

describe('WorkerPool', () => {
  it('answers every task, and fails only the task that threw or stopped its worker', async () => {
    const log = collectingLog();
    const pool = new WorkerPool<string, string>({ script: WORKER, workerData: undefined, size: 2, log });
    const tasks = ['a', 'bb', 'throw', 'ccc', 'exit', 'dddd', 'uncloneable', 'e', 'exit', 'f'];
    try {
      const answers = await Promise.allSettled(tasks.map((task) => pool.run(task)));
      const outcome = answers.map((answer) =>
        answer.status === 'fulfilled'
          ? answer.value
          : `${(answer.reason as Error).name}: ${(answer.reason as Error).message.split('\n')[0]}`,
      );
      assert.deepEqual(outcome.slice(0, 2), ['A', 'BB']);
      assert.equal(outcome[2], 'WorkerTaskError: Error: thrown for this task');
      assert.equal(outcome[3], 'CCC');
      assert.match(outcome[4], /^WorkerTaskError: the worker thread stopped while on this input: .*exit code 7/);
      assert.equal(outcome[5], 'DDDD');
      assert.match(outcome[6], /^WorkerTaskError: .*could not be cloned/i);
      assert.deepEqual([outcome[7], outcome[9]], ['E', 'F']);
      assert.match(outcome[8], /exit code 7/);
      assert.equal(log.errors.filter((line) => line.includes('a worker thread stopped')).length, 2, log.errors.join('\n'));
      assert.ok(answers.filter((answer) => answer.status === 'rejected').every((answer) => answer.reason instanceof WorkerTaskError));
    } finally {
      await pool.close();
    }
  });
});

describe('OrderedResults', () => {
  it('hands results on in input order, never with more than `limit` inputs started and not handed on', async () => {
    const handedOn: number[] = [];
    let started = 0;
    let mostOpen = 0;
    const results = new OrderedResults<number>(3, (value) => {
      handedOn.push(value);
    });
    for (let index = 0; index < 40; index++) {
      await results.add(
        async () => {
          started++;
          mostOpen = Math.max(mostOpen, started - handedOn.length);
          // Later inputs often finish first.
          await new Promise((resolve) => setTimeout(resolve, (index * 7) % 5));
          if (index === 13) throw new Error('failed input');
          return index;
        },
        () => -1,
      );
    }
    await results.finish();
    assert.deepEqual(
      handedOn,
      Array.from({ length: 40 }, (_, index) => (index === 13 ? -1 : index)),
    );
    assert.ok(mostOpen <= 3, `at most 3 open, saw ${mostOpen}`);
  });

  it('stops taking inputs once handing on fails (the output was closed), and says why', async () => {
    const results = new OrderedResults<number>(2, (value) => {
      if (value === 3) throw new Error('EPIPE');
    });
    await assert.rejects(async () => {
      for (let index = 0; index < 100; index++)
        await results.add(
          () => index,
          () => -1,
        );
      await results.finish();
    }, /EPIPE/);
  });
});
