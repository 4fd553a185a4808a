// Lines and columns for the few offsets a study's findings need, worked out only when it has findings.
import { LineIndex, type Position } from '../service/text/lineIndex';

/**
 * Offset to line and column as `LineIndex` counts them. Without a `\r` in the text (the usual case) the
 * line starts are found with the native `indexOf`, and only as far as the furthest offset asked for:
 * a study's findings usually sit in its first part, and the rest of a large text is never scanned.
 */
export function lineFinder(text: string): (offset: number) => Position {
  if (text.includes('\r')) {
    const index = new LineIndex(text);
    return (offset) => index.positionAt(offset);
  }
  const starts = [0];
  /** Every line break before this offset is in `starts`. */
  let scanned = 0;
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    while (scanned < at) {
      const lineBreak = text.indexOf('\n', scanned);
      if (lineBreak === -1 || lineBreak >= at) {
        scanned = lineBreak === -1 ? text.length : at;
        break;
      }
      starts.push(lineBreak + 1);
      scanned = lineBreak + 1;
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: at - starts[low] };
  };
}
