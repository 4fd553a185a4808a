// The progress of a long `check` on stderr, only when stderr is a terminal (never in a pipe, a file, a test
// or CI): studies done, studies per second, findings so far and, when the total is known, the time left.
// One line rewritten in place at most PER_SECOND times a second, cleared before any other stderr line
// and at the end.

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): boolean;
}

const PER_SECOND = 10;
/** `\r` then "erase the line": the cursor back to the start of a blank line. */
const CLEAR = '\r\x1b[2K';

export class ProgressLine {
  private readonly active: boolean;
  private readonly startedAt: number;
  private shownAt = -Infinity;
  private shown = false;
  private done = 0;
  private findings = 0;
  private total: number | undefined;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.active = stream.isTTY === true;
    this.startedAt = now();
  }

  /** The number of studies expected, when known (undefined: not known, no time left shown). */
  setTotal(total: number | undefined): void {
    this.total = total;
  }

  /** One more study done with this many findings; redraws when the last drawing is old enough. */
  studyDone(findings: number): void {
    this.done++;
    this.findings += findings;
    if (!this.active) return;
    const now = this.now();
    if (now - this.shownAt < 1000 / PER_SECOND) return;
    this.shownAt = now;
    this.stream.write(`${CLEAR}${this.describe(now)}`);
    this.shown = true;
  }

  /** Takes the line away, so the next stderr text starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(CLEAR);
    this.shown = false;
    // Drawn again at the next study, not after the throttle's wait.
    this.shownAt = -Infinity;
  }

  private describe(now: number): string {
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const parts = [
      `${this.done}${this.total !== undefined ? `/${this.total}` : ''} stud${(this.total ?? this.done) === 1 ? 'y' : 'ies'}`,
      `${rate.toFixed(rate < 10 ? 1 : 0)}/s`,
      `${this.findings} finding${this.findings === 1 ? '' : 's'}`,
    ];
    if (this.total !== undefined && rate > 0 && this.total >= this.done)
      parts.push(`${formatDuration((this.total - this.done) / rate)} left`);
    const line = `trial-record: ${parts.join(', ')}`;
    // Never wider than the terminal: a wrapped line would not be rewritten in place.
    const width = this.stream.columns;
    return width !== undefined && width > 1 && line.length >= width ? line.slice(0, width - 1) : line;
  }
}

/** `42 s`, `3 min 5 s`, `2 h 10 min`. */
export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}
