/** A half-open range of UTF-16 offsets into a document's text: [start, end). */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export function offsetRange(start: number, end: number): OffsetRange {
  return { start, end: Math.max(start, end) };
}

export function rangeContains(range: OffsetRange, offset: number): boolean {
  return offset >= range.start && offset <= range.end;
}
