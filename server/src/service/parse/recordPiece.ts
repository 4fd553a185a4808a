import type { OffsetRange } from '../text/offsetRange';
import type { NodeLocation, RecordValue } from './parsedRecord';

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

export type PiecePart = OwnLocations | ListItems;

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
    for (let index = 0; index < part.items.length; index++) {
      yield* pieceEntries(part.items[index], `${pointerPrefix}${part.pointer}/${index}`, base + part.offset + part.starts[index]);
    }
  }
}
