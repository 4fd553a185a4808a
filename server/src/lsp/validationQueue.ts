/** One validation run that advances in small steps; `step()` returns true when it has finished. */
export interface ValidationJob {
  step(): boolean;
}

/**
 * Runs validation as soon as the server is idle — no fixed debounce — and never finishes stale
 * work. A run advances one step per turn of the event loop (from `setImmediate`), so messages
 * that arrived meanwhile (edits, completion, hover) are handled between steps. An edit to a
 * document abandons its run in flight and queues a fresh one for the new text; only the newest
 * version of a document is ever published. Documents take turns, so one big record cannot
 * starve the others.
 */
export class ValidationQueue {
  /** Documents waiting, in turn order, with their run in flight if one has started. */
  private readonly pending = new Map<string, ValidationJob | undefined>();
  private scheduled = false;

  constructor(private readonly startJob: (uri: string) => ValidationJob | undefined) {}

  /** The document changed (or needs re-validation): drop its run in flight and queue a new one. */
  request(uri: string): void {
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
    if (this.scheduled || this.pending.size === 0) return;
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
    const next = this.pending.entries().next();
    if (next.done) return;
    const [uri, started] = next.value;
    this.pending.delete(uri);
    const job = started ?? this.startJob(uri);
    if (job && !job.step()) this.pending.set(uri, job); // not finished: back of the line
  }
}
