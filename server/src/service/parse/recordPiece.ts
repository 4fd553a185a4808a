import type { OffsetRange } from '../text/offsetRange';
import { isPlainObject, joinPointer, type NodeLocation, type RecordValue } from './parsedRecord';

/**
 * A parsed piece of a YAML document (a top-level module, or one item of a long list) whose
 * locations are stored relative to the piece's first character, so the piece can be reused
 * unchanged at another offset after an edit elsewhere: moving it costs nothing.
 */
export interface RecordPiece {
  /** Length of the piece's text. */
  readonly length: number;
  readonly value: RecordValue;
  /** Own locations and long lists, in document order (pre-order, as a full parse lists them). */
  readonly parts: readonly PiecePart[];
  /** Number of locations, lists included. */
  readonly size: number;
}

export type PiecePart = OwnLocations | ListItems | SectionModulePieces;

export interface OwnLocations {
  readonly kind: 'own';
  /** Added to every offset of `entries` (moves the part after an edit before it without copying). */
  readonly offset: number;
  /** Pointer (in the piece's pointer space) → location relative to the piece's start. */
  readonly entries: ReadonlyMap<string, NodeLocation>;
}

/** A long block list whose items are pieces of their own (re-parsed one at a time). */
export interface ListItems {
  readonly kind: 'list';
  /** Added to every item start. */
  readonly offset: number;
  /** The list's pointer in the piece's pointer space. */
  readonly pointer: string;
  readonly items: readonly RecordPiece[];
  /** Each item's start (the start of the line holding its `-`), relative to the piece's start. */
  readonly starts: readonly number[];
  /** Column of the items' `-`. */
  readonly dashColumn: number;
}

/** The modules of an API study's section (`resultsSection:`), each a piece of its own (re-parsed one at a time). */
export interface SectionModulePieces {
  readonly kind: 'modules';
  /** Added to every module start. */
  readonly offset: number;
  /** The section's pointer in the piece's pointer space (`/resultsSection`). */
  readonly pointer: string;
  /** Column of the modules' keys. */
  readonly keyColumn: number;
  readonly modules: readonly ModulePiece[];
}

/** One module of a section: its piece's pointers are the module's as if it stood at the top (`/outcomeMeasuresModule/…`). */
export interface ModulePiece {
  /** The key, as a pointer segment (escaped). */
  readonly segment: string;
  /** Where its key line starts, relative to the section piece's start. */
  readonly start: number;
  readonly piece: RecordPiece;
}

export function shiftRange(range: OffsetRange, by: number): OffsetRange {
  return { start: range.start + by, end: range.end + by };
}

export function shiftLocation(location: NodeLocation, by: number): NodeLocation {
  if (by === 0) return location;
  return { keyRange: location.keyRange && shiftRange(location.keyRange, by), valueRange: shiftRange(location.valueRange, by) };
}

/** The location of `pointer` (in the piece's pointer space), the piece starting at `base`. */
export function pieceLocation(piece: RecordPiece, pointer: string, base: number): NodeLocation | undefined {
  for (const part of piece.parts) {
    if (part.kind === 'own') {
      const location = part.entries.get(pointer);
      if (location) return shiftLocation(location, base + part.offset);
      continue;
    }
    const prefix = part.pointer;
    if (part.kind === 'modules') {
      if (pointer.length <= prefix.length + 1 || !pointer.startsWith(prefix) || pointer.charCodeAt(prefix.length) !== 47 /* / */) continue;
      const slash = pointer.indexOf('/', prefix.length + 1);
      const segment = pointer.slice(prefix.length + 1, slash < 0 ? undefined : slash);
      const module = part.modules.find((candidate) => candidate.segment === segment);
      return module && pieceLocation(module.piece, pointer.slice(prefix.length), base + part.offset + module.start);
    }
    if (pointer.length <= prefix.length + 1 || !pointer.startsWith(prefix) || pointer.charCodeAt(prefix.length) !== 47 /* / */) continue;
    const slash = pointer.indexOf('/', prefix.length + 1);
    const segment = pointer.slice(prefix.length + 1, slash < 0 ? undefined : slash);
    const index = Number(segment);
    if (!Number.isInteger(index) || String(index) !== segment || index >= part.items.length) return undefined;
    return pieceLocation(part.items[index], slash < 0 ? '' : pointer.slice(slash), base + part.offset + part.starts[index]);
  }
  return undefined;
}

/** Every location of the piece in document order, with absolute pointers and offsets. */
export function* pieceEntries(piece: RecordPiece, pointerPrefix: string, base: number): Generator<[string, NodeLocation]> {
  for (const part of piece.parts) {
    if (part.kind === 'own') {
      for (const [pointer, location] of part.entries) yield [pointerPrefix + pointer, shiftLocation(location, base + part.offset)];
      continue;
    }
    if (part.kind === 'modules') {
      for (const module of part.modules) yield* pieceEntries(module.piece, pointerPrefix + part.pointer, base + part.offset + module.start);
      continue;
    }
    for (let index = 0; index < part.items.length; index++) {
      yield* pieceEntries(part.items[index], `${pointerPrefix}${part.pointer}/${index}`, base + part.offset + part.starts[index]);
    }
  }
}

/** A list gets items of its own (re-parsed one at a time) from this many items on. */
export const MIN_SPLIT_LIST_ITEMS = 8;

export function segmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/');
}

/** The segments of a block-space pointer below the block's own key. */
export function relativeSegments(pointer: string, blockSegment: string): string[] {
  const segments = segmentsOf(pointer);
  if (segments[0] !== blockSegment) throw new Error('list pointer outside its block');
  return segments.slice(1);
}

export function childOf(value: RecordValue, segment: string): RecordValue | undefined {
  if (Array.isArray(value)) return value[Number(segment)];
  if (isPlainObject(value)) return Object.prototype.hasOwnProperty.call(value, segment) ? value[segment] : undefined;
  return undefined;
}

export function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function valueAtRelative(blockValue: RecordValue, pointer: string, blockSegment: string): RecordValue | undefined {
  let current: RecordValue | undefined = blockValue;
  for (const segment of relativeSegments(pointer, blockSegment))
    current = current === undefined ? undefined : childOf(current, unescape(segment));
  return current;
}

/**
 * The column of the `-` of a list item whose value starts at `valueStart`, when the item's line
 * holds only spaces and `- ` before it; otherwise -1 (the list is then not split into items).
 */
export function dashColumnOf(text: string, valueStart: number, lineFloor: number): number {
  const lineStart = Math.max(lineFloor, text.lastIndexOf('\n', valueStart - 1) + 1);
  const prefix = text.slice(lineStart, valueStart);
  const match = /^( *)- +$/.exec(prefix);
  return match ? match[1].length : -1;
}

/**
 * Builds a piece from a parse's locations (document order, offsets relative to the piece),
 * giving each long block list of the piece items of their own.
 */
export function buildPiece(
  pieceText: string,
  pointer: string,
  value: RecordValue,
  entries: readonly [string, NodeLocation][],
  base: number,
): RecordPiece {
  const lists = new Set<string>();
  findLongLists(value, pointer, lists);
  const parts: PiecePart[] = [];
  let own = new Map<string, NodeLocation>();
  let size = 0;
  let i = 0;
  while (i < entries.length) {
    const [entryPointer, location] = entries[i];
    own.set(entryPointer, shiftLocation(location, -base));
    size++;
    i++;
    if (!lists.has(entryPointer)) continue;
    const list = splitList(
      pieceText,
      entryPointer,
      valueAtRelative(value, entryPointer, segmentsOf(pointer)[0]) as RecordValue[],
      entries,
      i,
      base,
    );
    if (!list) continue;
    parts.push({ kind: 'own', offset: 0, entries: own } satisfies OwnLocations);
    own = new Map();
    parts.push(list.part);
    size += list.size;
    i = list.next;
  }
  if (own.size > 0 || parts.length === 0) parts.push({ kind: 'own', offset: 0, entries: own });
  return { length: pieceText.length, value, parts, size };
}

export function findLongLists(value: RecordValue, pointer: string, found: Set<string>): void {
  if (Array.isArray(value)) {
    if (value.length >= MIN_SPLIT_LIST_ITEMS) {
      found.add(pointer);
      return;
    }
    value.forEach((item, index) => findLongLists(item, joinPointer(pointer, index), found));
  } else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) findLongLists(child, joinPointer(pointer, key), found);
  }
}

/** The list's items as pieces, or undefined when its items are not one-per-`-`-line block items. */
export function splitList(
  pieceText: string,
  listPointer: string,
  listValue: RecordValue[],
  entries: readonly [string, NodeLocation][],
  from: number,
  base: number,
): { part: ListItems; size: number; next: number } | undefined {
  const prefix = `${listPointer}/`;
  const starts: number[] = [];
  const itemEntries: Map<string, NodeLocation>[] = [];
  let dashColumn = -1;
  let i = from;
  for (let index = 0; index < listValue.length; index++) {
    const itemPointer = `${prefix}${index}`;
    const first = entries[i];
    if (!first || first[0] !== itemPointer) return undefined;
    const valueStart = first[1].valueRange.start - base;
    const column = dashColumnOf(pieceText, valueStart, 0);
    if (column < 0 || (dashColumn >= 0 && column !== dashColumn)) return undefined;
    dashColumn = column;
    const itemStart = pieceText.lastIndexOf('\n', valueStart - 1) + 1;
    starts.push(itemStart);
    const own = new Map<string, NodeLocation>();
    const nested = `${itemPointer}/`;
    while (i < entries.length && (entries[i][0] === itemPointer || entries[i][0].startsWith(nested))) {
      own.set(entries[i][0].slice(itemPointer.length), shiftLocation(entries[i][1], -(base + itemStart)));
      i++;
    }
    itemEntries.push(own);
  }
  let size = 0;
  const items = itemEntries.map((own, index): RecordPiece => {
    size += own.size;
    const length = index + 1 < starts.length ? starts[index + 1] - starts[index] : -1;
    return { length, value: listValue[index], parts: [{ kind: 'own', offset: 0, entries: own }], size: own.size };
  });
  return { part: { kind: 'list', offset: 0, pointer: listPointer, items, starts, dashColumn }, size, next: i };
}
