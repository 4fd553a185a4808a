// Where one entry of a block mapping sits in the text, as whole lines: from its key (or the comment
// lines just above it) to the end of its value's last line. Range formatting replaces such spans;
// sorting moves them.
import type { Node, Pair } from 'yaml';

function isBlank(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** The start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where a node starts, if the `yaml` package gave it a range. */
export function nodeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/**
 * The end of a block mapping entry: its value's last line (a comment after the value, and a `:`
 * with no value after it, included), without the line break.
 */
export function blockPairEnd(text: string, pair: Pair): number | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range) return undefined;
  const start = key.range[0];
  let end = Math.max(key.range[2], value?.range?.[2] ?? start);
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const lineEnd = text.indexOf('\n', end);
  end = lineEnd < 0 ? text.length : lineEnd;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether only spaces stand between the start of its line and `offset`: a key that begins its line. */
export function beginsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStartOf(text, offset), offset));
}

/**
 * Where the comment lines right above a key that begins its line start (at the key's column), or the
 * key's own offset when there are none. Only lines from `floor` on are looked at (the previous
 * entry's end); a comment block that reaches the start of the text is the file's header, not the key's.
 */
export function leadingCommentStart(text: string, keyStart: number, floor: number): number {
  const lineStart = lineStartOf(text, keyStart);
  if (!beginsLine(text, keyStart)) return keyStart;
  const column = keyStart - lineStart;
  let start = keyStart;
  let current = lineStart;
  while (current > 0) {
    const previous = lineStartOf(text, current - 1);
    if (previous < floor) break;
    const line = text.slice(previous, current - 1).replace(/\r$/, '');
    if (!/^ *#/.test(line) || line.length - line.trimStart().length !== column) break;
    start = previous + column;
    current = previous;
  }
  return current === 0 ? keyStart : start;
}
