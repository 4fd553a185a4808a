// Lines as reading by parts sees them (tolerantYaml.ts): which line starts a part, how far a line is
// indented, where a part's text ends.

/** A plain or quoted key, then `:` and a space or the end of the line. */
const KEY_LINE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:'"[\]{},&*!|>%@`-][^:#\n]*?|-[^\s:#][^:#\n]*?)[ \t]*:(?:[ \t]|\r?$|$)/;

/**
 * Whether a line (from its first non-space character) starts a part: a key line, but not one ending in
 * `,`, `{` or `[`, which is a line of pasted JSON (or a flow collection going on below), not a field of
 * its own. A line that does not start a part belongs to the part above it: joining parts is always
 * safe (the joined text parses as the whole document would parse it), only coarser.
 */
export function startsPart(line: string): boolean {
  const content = line.endsWith('\n') ? line.slice(0, line.endsWith('\r\n') ? -2 : -1) : line;
  return KEY_LINE.test(content) && !/[,{[][ \t]*$/.test(content);
}

/** Where `text` up to `end` ends without its trailing white space. */
export function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
}

/** One line of a block: where it is, and how far its content is indented. */
export interface Line {
  readonly start: number;
  readonly end: number;
  /** Spaces before the first character; -1 for a blank or comment line. */
  readonly indent: number;
}

/** The lines of `text` from `from` on (each with its line end). */
export function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    let column = start;
    while (column < end && text.charCodeAt(column) === 32) column++;
    const first = text.charCodeAt(column);
    const blank = column >= end || first === 10 || first === 13 || first === 35; /* # */
    lines.push({ start, end, indent: blank ? -1 : column - start });
    start = end;
  }
  return lines;
}
