/**
 * Runs validation as soon as the server is idle — no fixed debounce — and coalesces bursts:
 * change notifications queued behind one another are all applied before the next validation
 * starts (it runs from `setImmediate`), so only the newest version of a document is validated
 * and stale versions are never computed. Documents are validated one per turn of the event
 * loop, so requests (completion, hover) are answered in between.
 */
export class ValidationQueue {
  private readonly pending = new Set<string>();
  private scheduled = false;

  constructor(private readonly validate: (uri: string) => void) {}

  request(uri: string): void {
    // Re-adding moves the document to the back: the others waiting longer go first.
    this.pending.delete(uri);
    this.pending.add(uri);
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
      const next = this.pending.values().next();
      if (!next.done) {
        this.pending.delete(next.value);
        try {
          this.validate(next.value);
        } finally {
          this.schedule();
        }
      }
    });
  }
}
