import { MAX_NESTING_DEPTH, recordLimits } from './parseGuards';
import { scanPlainJson } from './plainJsonScan';
import { LazyJsonLocations } from './lazyJsonLocations';
import { isPlainObject, type RecordValue } from './parsedRecord';
import type { TreeParseResult } from './yamlRecordParser';

/**
 * A JSON record read by `JSON.parse` (several times faster than a tree with positions), its locations
 * found where they are asked for (lazyJsonLocations.ts): a record without findings needs none. Undefined (read the
 * whole tree) unless the text is plain JSON within the parse guards (`JSON.parse` rejects comments,
 * trailing commas, a byte order mark and every syntax error), nests no deeper than the walker reads,
 * and has no duplicate key (counted: one key per `"…":` in the text, as many as the value holds).
 */
export function fastJsonTree(text: string, readWhole: (text: string) => TreeParseResult): TreeParseResult | undefined {
  // The guards first (a text past them could take seconds and gigabytes to parse); the scan of plain JSON
  // also counts the keys, and on a text JSON.parse then refuses its answer is not used.
  const keysInText = scanPlainJson(text, recordLimits());
  if (keysInText === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A syntax error: the tree reading that follows reports it, with its position.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const keys = countKeys(value as RecordValue, 0);
  if (keys < 0 || keys !== keysInText) return undefined;
  return { value: value as RecordValue, locations: new LazyJsonLocations(text, (whole) => readWhole(whole).locations), problems: [] };
}

/** The number of keys in the value, or -1 when it nests deeper than MAX_NESTING_DEPTH. */
function countKeys(value: RecordValue, depth: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (depth > MAX_NESTING_DEPTH) return -1;
  let count = 0;
  const children = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : [];
  if (!Array.isArray(value)) count += children.length;
  for (const child of children) {
    const inner = countKeys(child, depth + 1);
    if (inner < 0) return -1;
    count += inner;
  }
  return count;
}
