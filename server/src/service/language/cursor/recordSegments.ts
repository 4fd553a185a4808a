import { splitPointer, type ParsedRecord } from '../../parse/parsedRecord';

/**
 * Path segments inside the protocol section for a document pointer (what `RecordSchema.nodeAt`
 * takes), or undefined when the pointer lies outside it (e.g. `derivedSection` of a whole study).
 */
export function recordSegments(parsed: ParsedRecord, pointer: string): string[] | undefined {
  const base = parsed.recordPointer;
  if (pointer !== base && !pointer.startsWith(`${base}/`)) return undefined;
  return splitPointer(pointer.slice(base.length));
}
