import { splitPointer, type ParsedRecord } from '../parse/parsedRecord';
import { isStudySectionName } from './studySections';

/**
 * Schema paths (what `RecordSchema.nodeAt` takes) and document pointers, both ways. A schema path
 * is relative to the protocol section, or, in a whole API study, starts with the name of a study
 * section (`resultsSection`, …) for a place inside it (see studySections.ts).
 */

/** The schema path of a document pointer, or undefined outside what the schema describes (e.g. `derivedSection`). */
export function schemaPathOf(parsed: ParsedRecord, pointer: string): string[] | undefined {
  const base = parsed.recordPointer;
  if (pointer === base || pointer.startsWith(`${base}/`)) return splitPointer(pointer.slice(base.length));
  if (base === '') return undefined;
  const segments = splitPointer(pointer);
  return isStudySectionName(segments[0]) ? segments : undefined;
}

/** The document pointer of a schema path written as a pointer (an ajv instance path, `/resultsSection/…` or `/statusModule/…`). */
export function documentPointerOf(parsed: ParsedRecord, schemaPointer: string): string {
  if (parsed.recordPointer !== '' && isStudySection(schemaPointer)) return schemaPointer;
  return parsed.recordPointer + schemaPointer;
}

function isStudySection(schemaPointer: string): boolean {
  const end = schemaPointer.indexOf('/', 1);
  return isStudySectionName(schemaPointer.slice(1, end < 0 ? undefined : end));
}
