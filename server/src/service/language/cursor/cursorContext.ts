import type { ParsedRecord } from '../../parse/parsedRecord';
import { wasRefusedAsTooLarge } from '../../parse/sizeRefusal';
import { NONE, type CursorContext } from './cursorPosition';
import { jsonContext } from './jsonCursor';
import { YamlStructure } from './yamlStructure';

/**
 * Where the cursor is, in terms of the record's structure: completion and hover start here.
 * Anything the text cannot explain is `none`. It throws only on a bug (or a hostile parse); the
 * request that asked logs that and answers nothing.
 */
export function cursorContext(text: string, parsed: ParsedRecord, offset: number): CursorContext {
  // A file refused as too large has nothing to complete or explain, and scanning its lines would take seconds.
  if (offset < 0 || offset > text.length || wasRefusedAsTooLarge(parsed)) return NONE;
  return parsed.format === 'json' ? jsonContext(text, parsed, offset) : new YamlStructure(text, parsed).contextAt(offset);
}
