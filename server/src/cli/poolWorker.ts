// The worker thread's side of the pool (workerPool.ts): tasks are answered one at a time, in the order they
// came, so the main thread always knows which task a worker was on. A task that throws is answered with
// the error's stack, and the worker goes on with the next.
import { parentPort } from 'node:worker_threads';
import { describeError } from '../service/serviceLog';

export interface TaskMessage<T> {
  readonly id: number;
  readonly task: T;
}

export type TaskReply<R> =
  { readonly id: number; readonly ok: true; readonly value: R } | { readonly id: number; readonly ok: false; readonly error: string };

/** Answers every task the pool sends this worker with `work`'s result. */
export function serveTasks<T, R>(work: (task: T) => Promise<R> | R): void {
  const port = parentPort;
  if (port === null) throw new Error('serveTasks runs in a worker thread');
  let previous = Promise.resolve();
  port.on('message', (message: TaskMessage<T>) => {
    previous = previous.then(async () => {
      let reply: TaskReply<R>;
      try {
        reply = { id: message.id, ok: true, value: await work(message.task) };
      } catch (error) {
        reply = { id: message.id, ok: false, error: describeError(error) };
      }
      try {
        port.postMessage(reply);
      } catch (error) {
        // A result that cannot be copied to the main thread (a bug): answered as a failure of this task.
        port.postMessage({ id: message.id, ok: false, error: describeError(error) } satisfies TaskReply<R>);
      }
    });
  });
}
