/** One validation run that advances in small steps; `step()` returns true when it has finished. */
export interface ValidationJob {
  step(): boolean;
  /** True once the job only prepares for later (its results are published): it waits while other jobs have work. */
  readonly idle?: boolean;
}

/** Idle work waits at most this many turns for messages to be dispatched (a burst of small messages must not hold it long). */
const MAX_UNDISPATCHED = 8;

/** What the queue needs to know of the client's messages (incomingMessages.ts). */
export interface IncomingMessageState {
  readonly arriving: boolean;
  /** Messages that arrived whole since the last call. */
  takeCompleted(): number;
  onSettled(listener: () => void): void;
}

/**
 * Runs validation as soon as the server is idle — no fixed debounce — and never finishes stale
 * work. A run advances one step per turn of the event loop (from `setImmediate`), so messages
 * that arrived meanwhile (edits, completion, hover) are handled between steps. An edit to a
 * document abandons its run in flight and queues a fresh one for the new text; only the newest
 * version of a document is ever published. Documents take turns, so one big record cannot
 * starve the others; a job that only prepares for later edits (idle) waits while any other has work.
 */
export class ValidationQueue {
  /** Documents waiting, in turn order, with their run in flight if one has started. */
  private readonly pending = new Map<string, ValidationJob | undefined>();
  private scheduled = false;
  /** Messages arrived whole that the connection may not have dispatched yet (it dispatches one a turn). */
  private undispatched = 0;

  /** `incoming`: whether a client message is arriving (over stdio, in pieces): idle work waits for it whole. */
  constructor(
    private readonly startJob: (uri: string) => ValidationJob | undefined,
    private readonly incoming?: IncomingMessageState,
  ) {
    incoming?.onSettled(() => this.schedule());
  }

  /** The document changed (or needs re-validation): drop its run in flight and queue a new one. */
  request(uri: string): void {
    // Messages that came while nothing waited have been dispatched by now (this is one's handler).
    if (this.pending.size === 0) {
      this.incoming?.takeCompleted();
      this.undispatched = 0;
    }
    // Re-adding moves the document to the back: the others waiting longer go first.
    this.pending.delete(uri);
    this.pending.set(uri, undefined);
    this.schedule();
  }

  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  get size(): number {
    return this.pending.size;
  }

  private schedule(): void {
    if (this.scheduled || this.pending.size === 0 || this.waitsForMessage()) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      try {
        this.advanceOne();
      } finally {
        this.schedule();
      }
    });
  }

  private advanceOne(): void {
    this.undispatched = Math.min(MAX_UNDISPATCHED, Math.max(0, this.undispatched - 1) + (this.incoming?.takeCompleted() ?? 0));
    const next = this.nextToAdvance();
    // Idle work lets the messages that came in go first: their handlers may queue work (an opened record).
    if (!next || (next[1]?.idle && this.undispatched > 0) || this.waitsForMessage()) return;
    const [uri, started] = next;
    this.pending.delete(uri);
    const job = started ?? this.startJob(uri);
    if (job && !job.step()) this.pending.set(uri, job); // not finished: back of the line
  }

  /** Only idle work is left while a message is arriving: it waits (`onSettled` resumes it). */
  private waitsForMessage(): boolean {
    if (!this.incoming?.arriving) return false;
    for (const job of this.pending.values()) if (!job?.idle) return false;
    return true;
  }

  /** The first document in turn order whose job has results to publish; idle preparation only when none has. */
  private nextToAdvance(): [string, ValidationJob | undefined] | undefined {
    let firstIdle: [string, ValidationJob | undefined] | undefined;
    for (const entry of this.pending) {
      if (!entry[1]?.idle) return entry;
      firstIdle ??= entry;
    }
    return firstIdle;
  }
}
