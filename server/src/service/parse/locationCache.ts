import { valueAt, type ParsedRecord } from './parsedRecord';
import type { OffsetRange } from '../text/offsetRange';

/**
 * Offset lookups over a parse's locations, built on first use and cached for as long as the parse
 * lives (WeakMaps keyed by the parse): the cursor code asks them once per keystroke, and building
 * them is linear in the number of locations.
 */

export interface LocationIndex {
  /** Offset of a key's first character -> the pointer of that property. */
  readonly keyStarts: ReadonlyMap<number, string>;
  /** Offset where a value starts -> the deepest pointer whose value starts there. */
  readonly valueStarts: ReadonlyMap<number, string>;
}

const locationIndexes = new WeakMap<ParsedRecord, LocationIndex>();

/** The offset maps of a parse. */
export function locationIndex(parsed: ParsedRecord): LocationIndex {
  let index = locationIndexes.get(parsed);
  if (!index) {
    const keyStarts = new Map<number, string>();
    const valueStarts = new Map<number, string>();
    // Map order is parse order (parents before children), so a later set keeps the deepest node.
    for (const [pointer, location] of parsed.locations) {
      if (location.keyRange) keyStarts.set(location.keyRange.start, pointer);
      if (location.valueRange.end > location.valueRange.start) valueStarts.set(location.valueRange.start, pointer);
    }
    index = { keyStarts, valueStarts };
    locationIndexes.set(parsed, index);
  }
  return index;
}

const multilineTextRangesCache = new WeakMap<ParsedRecord, OffsetRange[]>();

/** The ranges of the parse's string values that span more than one line; `text` is the text that was parsed. */
export function multilineTextRanges(parsed: ParsedRecord, text: string): readonly OffsetRange[] {
  let ranges = multilineTextRangesCache.get(parsed);
  if (!ranges) {
    ranges = [];
    for (const [pointer, location] of parsed.locations) {
      const range = location.valueRange;
      if (text.indexOf('\n', range.start) < range.end && typeof valueAt(parsed.value, pointer) === 'string') ranges.push(range);
    }
    multilineTextRangesCache.set(parsed, ranges);
  }
  return ranges;
}
