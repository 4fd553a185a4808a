import type { OffsetRange } from '../text/offsetRange';

export type RecordFormat = 'yaml' | 'json';

/** Where one node of the record sits in the source text. */
export interface NodeLocation {
  /** The property key's range, when the node is the value of a mapping entry. */
  readonly keyRange?: OffsetRange;
  /** The value's range (for a block mapping/sequence: from its first to its last item). */
  readonly valueRange: OffsetRange;
}

/** A problem the parser found: the text is not well-formed YAML/JSON. */
export interface SyntaxProblem {
  readonly range: OffsetRange;
  readonly message: string;
  /** Stable code, e.g. `syntax/yaml`, `syntax/duplicate-key`. */
  readonly code: string;
  readonly severity: 'error' | 'warning';
}

/** JSON-compatible value produced from the source text. */
export type RecordValue = null | boolean | number | string | RecordValue[] | { [key: string]: RecordValue };

export interface ParsedRecord {
  readonly format: RecordFormat;
  /** The whole document as data; `undefined` when the text is empty or unparseable. */
  readonly value: RecordValue | undefined;
  /** JSON pointer (RFC 6901, '' = root) -> source location, for every node reached. */
  readonly locations: ReadonlyMap<string, NodeLocation>;
  readonly syntaxProblems: readonly SyntaxProblem[];
  /**
   * Pointer of the protocol section inside the document: '' when the document is the
   * protocol section itself, '/protocolSection' when it is a whole API study object.
   */
  readonly recordPointer: '' | '/protocolSection';
  /**
   * Parts of a YAML document that does not parse as a whole which still do not parse when read on
   * their own (see `tolerantYaml.ts`); undefined when the document was read as a whole.
   */
  readonly brokenRanges?: readonly OffsetRange[];
}

/** RFC 6901 escaping of one pointer segment. */
export function escapePointerSegment(segment: string): string {
  // Fast path: parsers call this for every key, and keys almost never hold `~` or `/`.
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  // Most segments have no escapes; skip the two replacements for them (rules look up thousands of pointers).
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

export function joinPointer(parent: string, segment: string | number): string {
  return `${parent}/${typeof segment === 'number' ? segment : escapePointerSegment(segment)}`;
}

export function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerSegment);
}

export function parentPointer(pointer: string): string {
  const slash = pointer.lastIndexOf('/');
  return slash <= 0 ? '' : pointer.slice(0, slash);
}

export function lastSegment(pointer: string): string {
  return unescapePointerSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}

export function isPlainObject(value: unknown): value is { [key: string]: RecordValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a pointer, or undefined. */
export function valueAt(root: RecordValue | undefined, pointer: string): RecordValue | undefined {
  let current: RecordValue | undefined = root;
  for (const segment of segmentsOf(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isPlainObject(current)) current = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

/**
 * Pointers split before: every rule looks its fields up by pointer in every record, mostly the same few hundred
 * pointers, and a segment looked up again is a key the engine has seen (a fresh substring costs a hash each time).
 * Bounded: pointers naming list items differ per record, so the store is emptied when full.
 */
const SPLIT_POINTERS = new Map<string, readonly string[]>();
const MOST_SPLIT_POINTERS = 8192;

function segmentsOf(pointer: string): readonly string[] {
  let segments = SPLIT_POINTERS.get(pointer);
  if (segments === undefined) {
    segments = splitPointer(pointer);
    if (SPLIT_POINTERS.size >= MOST_SPLIT_POINTERS) SPLIT_POINTERS.clear();
    SPLIT_POINTERS.set(pointer, segments);
  }
  return segments;
}
