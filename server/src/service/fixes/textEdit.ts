import type { OffsetRange } from '../text/offsetRange';

/** One replacement in a document's text, in offsets of the text it was computed on. */
export interface TextEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** Whether two edits touch the same text (two insertions at one offset count as touching). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === b.range.start) return true; // which goes first would be ambiguous
  return a.range.start < b.range.end && b.range.start < a.range.end;
}

/** Applies non-overlapping edits (computed on `text`) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.range.end > limit) throw new Error('applyEdits: overlapping edits');
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
    limit = edit.range.start;
  }
  return result;
}
