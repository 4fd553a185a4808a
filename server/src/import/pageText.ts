import type { PageText } from './pageFormat';

/** Splits a page once into lines (`\r\n`, `\n` or a lone `\r` end a line); the text is otherwise untouched. */
export function toPageText(text: string): PageText {
  return { text, lines: text.split(/\r\n|\n|\r/) };
}

/** Indexes of the lines a reading must account for: every line with something besides whitespace. */
export function nonEmptyLineIndexes(page: PageText): number[] {
  const indexes: number[] = [];
  page.lines.forEach((line, index) => {
    if (line.trim() !== '') indexes.push(index);
  });
  return indexes;
}

/** 0-based line of each offset in `text`, for many offsets in increasing order (linear overall). */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  const pattern = /\r\n|\n|\r/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) starts.push(match.index + match[0].length);
  return starts;
}

/** The 0-based line holding `offset`, by binary search over `lineStartOffsets(text)`. */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
