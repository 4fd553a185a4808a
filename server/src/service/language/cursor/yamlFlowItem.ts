import { closingQuote } from './yamlLine';

/** An item of a one-line YAML flow sequence, in columns of its line. */
export interface FlowItem {
  /** The item's position in the sequence. */
  readonly index: number;
  /** The text a chosen value replaces: the item's text (inside its quotes when quoted), or the cursor when empty. */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/**
 * The item of the flow sequence opening at column `open` (`key: [A, "B, C", |]`) that `column`
 * is in. `limit` is where the line's content ends (a comment starts there). Undefined when the
 * cursor is not between the brackets, is past a quoted item's closing quote, or is inside a nested
 * collection; a sequence not closed on this line ends with it (the closing `]` is still to come).
 */
export function flowSequenceItem(line: string, open: number, column: number, limit: number): FlowItem | undefined {
  if (line[open] !== '[' || column <= open || column > limit) return undefined;
  let itemStart = open + 1;
  for (let index = 0; itemStart <= limit; index++) {
    let start = itemStart;
    while (start < limit && (line[start] === ' ' || line[start] === '\t')) start++;
    const first = line[start];
    let separator: number;
    if (first === '"' || first === "'") {
      const close = closingQuote(line.slice(0, limit), start);
      const innerEnd = close < 0 ? limit : close;
      // Before the opening quote: the whole item, quotes included, is replaced.
      if (column <= start) return { index, start: column, end: close < 0 ? limit : close + 1, quoted: false };
      if (column <= innerEnd) return { index, start: start + 1, end: innerEnd, quoted: true };
      separator = separatorAfter(line, close < 0 ? limit : close + 1, limit);
      if (column <= separator) return undefined; // after the closing quote
    } else if (first === '[' || first === '{') {
      return undefined; // a nested collection: no single value goes there
    } else {
      separator = separatorAfter(line, start, limit);
      let end = separator;
      while (end > start && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
      if (column <= separator) return { index, start: Math.min(start, column), end: Math.max(end, column), quoted: false };
    }
    if (line[separator] !== ',') return undefined; // past the closing `]`
    itemStart = separator + 1;
  }
  return undefined;
}

/** The `,` or `]` that ends the item text starting at `from`, or `limit` when the line ends first. */
function separatorAfter(line: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (line[i] === ',' || line[i] === ']') return i;
  return limit;
}
