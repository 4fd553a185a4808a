/**
 * Runs an async task on demand with at most one run in flight: a request made while a run is
 * going marks the task dirty, and one more run starts as soon as the current one settles, however
 * many requests came in meanwhile. Bursts of edits thus cost one run at a time, the last run
 * always sees the newest state, and nothing waits on a fixed delay.
 */
export class LatestOnlyRunner {
  private running = false;
  private dirty = false;
  private disposed = false;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Asks for a run; returns at once. */
  request(): void {
    if (this.disposed) return;
    if (this.running) {
      this.dirty = true;
      return;
    }
    void this.loop();
  }

  /** Resolves when no run is in flight and none is pending. */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get isRunning(): boolean {
    return this.running;
  }

  dispose(): void {
    this.disposed = true;
    this.dirty = false;
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      do {
        this.dirty = false;
        try {
          await this.task();
        } catch (error) {
          this.onError(error);
        }
      } while (this.dirty && !this.disposed);
    } finally {
      this.running = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}
