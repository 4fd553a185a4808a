import type { ParsedRecord } from '../../parse/parsedRecord';
import { schemaPathOf } from '../../schema/schemaPath';

/**
 * The schema path for a document pointer (what `RecordSchema.nodeAt` takes): inside the protocol
 * section, or inside a study section such as `resultsSection` of a whole study; undefined when
 * the pointer lies outside what the schema describes (e.g. `derivedSection` of a whole study).
 */
export function recordSegments(parsed: ParsedRecord, pointer: string): string[] | undefined {
  return schemaPathOf(parsed, pointer);
}
