// Results in input order while the work finishes in any order: a reorder window. Each result is handed on
// as soon as every earlier one has been, then forgotten. The window is bounded: `add` waits while `limit`
// inputs are started and not yet handed on, which bounds both the tasks in flight and the results waiting
// for their turn behind a slow one, so memory stays flat however many inputs there are.

export class OrderedResults<R> {
  private readonly ready = new Map<number, R>();
  private started = 0;
  private handedOn = 0;
  private handingOn = false;
  private failure: { readonly error: unknown } | undefined;
  private readonly roomWaiters: Array<() => void> = [];
  private readonly doneWaiters: Array<() => void> = [];

  /**
   * @param limit inputs started and not yet handed on, at most
   * @param handOn receives each result in input order, one at a time (awaited: it may wait for output to drain)
   */
  constructor(
    private readonly limit: number,
    private readonly handOn: (result: R) => Promise<void> | void,
  ) {}

  /** Waits for room in the window, then starts `compute`; a rejection becomes `onFailure`'s result. */
  async add(compute: () => Promise<R> | R, onFailure: (error: unknown) => R): Promise<void> {
    while (this.started - this.handedOn >= this.limit && this.failure === undefined) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    this.throwIfFailed();
    const index = this.started++;
    Promise.resolve()
      .then(compute)
      .then(
        (result) => this.settle(index, result),
        (error: unknown) => this.settle(index, onFailure(error)),
      );
  }

  /** Waits until every result has been handed on; throws what `handOn` threw. */
  async finish(): Promise<void> {
    while (this.handedOn < this.started && this.failure === undefined) {
      await new Promise<void>((resolve) => this.doneWaiters.push(resolve));
    }
    this.throwIfFailed();
  }

  private settle(index: number, result: R): void {
    this.ready.set(index, result);
    void this.handOnReady();
  }

  private async handOnReady(): Promise<void> {
    if (this.handingOn || this.failure !== undefined) return;
    this.handingOn = true;
    try {
      while (this.ready.has(this.handedOn)) {
        const result = this.ready.get(this.handedOn) as R;
        this.ready.delete(this.handedOn);
        await this.handOn(result);
        this.handedOn++;
        this.roomWaiters.shift()?.();
      }
    } catch (error) {
      // Output that cannot be written (a closed pipe): the run stops, `add` and `finish` say why.
      this.failure = { error };
    } finally {
      this.handingOn = false;
    }
    if (this.failure !== undefined) this.roomWaiters.splice(0).forEach((wake) => wake());
    this.doneWaiters.splice(0).forEach((wake) => wake());
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }
}
