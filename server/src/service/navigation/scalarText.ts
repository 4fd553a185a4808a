import type { ParsedRecord } from '../parse/parsedRecord';
import { offsetRange, type OffsetRange } from '../text/offsetRange';

/**
 * Where the characters of a string value sit in the source: the value's range without its quotes,
 * when the source spells the string out verbatim (no escapes, no folding). Undefined otherwise:
 * then only the whole value can be replaced.
 */
export function verbatimRange(text: string, parsed: ParsedRecord, pointer: string, value: string): OffsetRange | undefined {
  const range = parsed.locations.get(pointer)?.valueRange;
  if (!range) return undefined;
  const written = text.slice(range.start, range.end).trimEnd();
  const quote = written[0] === '"' || written[0] === "'" ? 1 : 0;
  const inner = written.slice(quote, written.length - quote);
  if (inner !== value) return undefined;
  return offsetRange(range.start + quote, range.start + quote + value.length);
}

/** The value's range without trailing blanks and line breaks (YAML block values end on the next line). */
export function trimmedValueRange(text: string, range: OffsetRange): OffsetRange {
  let end = range.end;
  while (end > range.start && /\s/.test(text[end - 1])) end--;
  return offsetRange(range.start, end);
}
