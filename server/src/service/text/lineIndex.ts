/**
 * Converts between offsets and zero-based line/character positions.
 * Built once per text version; lookups are binary searches, so converting
 * thousands of diagnostic ranges on a 4 MB record stays cheap.
 */
import type { TextChange } from './textChange';

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(
    private readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    scanLineStarts(text, 0, text.length, starts);
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, which is this index's text changed in one region: keeps the line starts
   * before the change, scans only the changed region, and shifts the ones after it — the same
   * result as `new LineIndex(text)` without reading the whole text again.
   */
  edited(text: string, change: TextChange): LineIndex {
    // One character of margin on each side: a `\r\n` pair may be split or joined by the edit.
    const scanFrom = Math.max(0, change.start - 1);
    const starts = this.lineStarts;
    let kept = upperBound(starts, scanFrom); // starts[0, kept) are <= scanFrom
    const next = starts.slice(0, kept);
    const scanTo = Math.min(text.length, change.newEnd + 1);
    scanLineStarts(text, scanFrom, scanTo, next);
    const last = next[next.length - 1];
    const delta = change.newEnd - change.oldEnd;
    kept = upperBound(starts, change.oldEnd + 1);
    for (let i = kept; i < starts.length; i++) {
      const shifted = starts[i] + delta;
      if (shifted > last) next.push(shifted);
    }
    return new LineIndex(text, next);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The zero-based line holding `offset` (clamped to the text). */
  lineOf(offset: number): number {
    return this.positionAt(offset).line;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line];
    const nextStart = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}

/** Appends the starts of the lines that begin after a line break found in `text[from, to)`. */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
}

/** The number of sorted `values` that are <= `limit`. */
function upperBound(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
