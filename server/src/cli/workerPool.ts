// Per-input work on `node:worker_threads`, the main thread's side (poolWorker.ts is the worker's). Each
// worker has at most PER_WORKER tasks sent and unanswered: the second waits in its message queue, so the
// worker never idles between tasks, and the rest wait here, so a slow worker is not handed more. A worker
// answers its tasks one at a time in the order sent, so when it dies (a crash, out of memory) the oldest
// unanswered task is the one it was working on: that task fails, the others go to a fresh worker.
import { Worker } from 'node:worker_threads';
import type { ServiceLog } from '../service/serviceLog';
import type { TaskMessage, TaskReply } from './poolWorker';

/** Runs tasks somewhere (worker threads or this thread) and answers each with its result. */
export interface TaskRunner<T, R> {
  run(task: T): Promise<R>;
  /** Stops the workers; call once every task has been answered. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** The script each worker runs (it calls `serveTasks`). */
  readonly script: string;
  /** Handed to every worker as `workerData`: the command's settings, computed once here. */
  readonly workerData: unknown;
  readonly size: number;
  /** Where a lost worker is reported. */
  readonly log: ServiceLog;
}

/** A task failed in its worker: the worker threw (the message holds its stack) or the worker died. */
export class WorkerTaskError extends Error {
  override readonly name = 'WorkerTaskError';
}

/** Enough to keep a worker busy while its answer travels back; more only hoards work. */
const PER_WORKER = 2;

interface PendingTask<T, R> {
  readonly id: number;
  readonly task: T;
  readonly resolve: (result: R) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker<T, R> {
  readonly worker: Worker;
  /** Sent and not yet answered, oldest first. */
  readonly sent: PendingTask<T, R>[];
  /** Stopped on purpose or already counted as lost: its exit is no news. */
  retired: boolean;
}

export class WorkerPool<T, R> implements TaskRunner<T, R> {
  private readonly waiting: PendingTask<T, R>[] = [];
  private readonly workers: PoolWorker<T, R>[] = [];
  private nextId = 0;

  constructor(private readonly options: WorkerPoolOptions) {}

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    for (const entry of workers) entry.retired = true;
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const target = this.leastBusy();
      if (target === undefined) return;
      const pending = this.waiting.shift() as PendingTask<T, R>;
      target.sent.push(pending);
      const message: TaskMessage<T> = { id: pending.id, task: pending.task };
      target.worker.postMessage(message);
    }
  }

  /** An idle worker, a new one while there are fewer than `size`, else the least busy one with room. */
  private leastBusy(): PoolWorker<T, R> | undefined {
    let best: PoolWorker<T, R> | undefined;
    for (const entry of this.workers) if (best === undefined || entry.sent.length < best.sent.length) best = entry;
    if (best !== undefined && best.sent.length === 0) return best;
    if (this.workers.length < this.options.size) return this.spawn();
    return best !== undefined && best.sent.length < PER_WORKER ? best : undefined;
  }

  private spawn(): PoolWorker<T, R> {
    const worker = new Worker(this.options.script, { workerData: this.options.workerData });
    const entry: PoolWorker<T, R> = { worker, sent: [], retired: false };
    worker.on('message', (reply: TaskReply<R>) => this.answered(entry, reply));
    worker.on('error', (error) => this.lost(entry, error));
    worker.on('exit', (code) => this.lost(entry, new Error(`the worker thread stopped (exit code ${code})`)));
    this.workers.push(entry);
    return entry;
  }

  private answered(entry: PoolWorker<T, R>, reply: TaskReply<R>): void {
    const pending = entry.sent.shift();
    if (pending === undefined || pending.id !== reply.id) {
      // Answers come in the order sent; anything else is a bug in the worker's side of the pool.
      this.lost(entry, new Error(`the worker answered task ${reply.id} out of turn`));
      return;
    }
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new WorkerTaskError(reply.error));
    this.dispatch();
  }

  private lost(entry: PoolWorker<T, R>, error: Error): void {
    if (entry.retired) return;
    entry.retired = true;
    this.workers.splice(this.workers.indexOf(entry), 1);
    void entry.worker.terminate();
    const [culprit, ...innocent] = entry.sent;
    this.options.log.error('trial-record: a worker thread stopped', error);
    culprit?.reject(new WorkerTaskError(`the worker thread stopped while on this input: ${error.message}`));
    // The others were never started: they go first, in their order, to the next worker free.
    this.waiting.unshift(...innocent);
    this.dispatch();
  }
}

/** The same interface, in this thread: for `--jobs 1` and inputs too few to be worth a worker's start-up. */
export function inThreadRunner<T, R>(work: (task: T) => R | Promise<R>): TaskRunner<T, R> {
  return {
    // Asynchronous like a worker's answer: a task that throws rejects its promise.
    run: (task) => Promise.resolve(task).then(work),
    close: () => Promise.resolve(),
  };
}
