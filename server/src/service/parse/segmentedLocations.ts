import type { NodeLocation } from './parsedRecord';
import { pieceEntries, pieceLocation, type RecordPiece } from './recordPiece';

/** One top-level entry of a YAML record and where it starts now. */
export interface TopLevelBlock {
  /** The key, as a pointer segment (escaped). */
  readonly segment: string;
  readonly start: number;
  readonly piece: RecordPiece;
}

/**
 * The pointer → location map of an incrementally parsed YAML record: the same entries, in the
 * same order, as a full parse's map, but assembled from reusable pieces (top-level blocks and
 * list items) so that an edit costs the size of what it touched, not of the whole record.
 */
export class SegmentedLocations implements ReadonlyMap<string, NodeLocation> {
  private readonly bySegment = new Map<string, TopLevelBlock>();
  readonly size: number;

  constructor(
    private readonly root: NodeLocation,
    readonly blocks: readonly TopLevelBlock[],
  ) {
    let size = 1;
    for (const block of blocks) {
      this.bySegment.set(block.segment, block);
      size += block.piece.size;
    }
    this.size = size;
  }

  get(pointer: string): NodeLocation | undefined {
    if (pointer === '') return this.root;
    if (pointer.charCodeAt(0) !== 47 /* / */) return undefined;
    const slash = pointer.indexOf('/', 1);
    const block = this.bySegment.get(pointer.slice(1, slash < 0 ? undefined : slash));
    return block && pieceLocation(block.piece, pointer, block.start);
  }

  has(pointer: string): boolean {
    return this.get(pointer) !== undefined;
  }

  *entries(): MapIterator<[string, NodeLocation]> {
    yield ['', this.root];
    for (const block of this.blocks) yield* pieceEntries(block.piece, '', block.start);
  }

  *keys(): MapIterator<string> {
    for (const [pointer] of this.entries()) yield pointer;
  }

  *values(): MapIterator<NodeLocation> {
    for (const [, location] of this.entries()) yield location;
  }

  [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    return this.entries();
  }

  forEach(callback: (value: NodeLocation, key: string, map: ReadonlyMap<string, NodeLocation>) => void, thisArg?: unknown): void {
    for (const [pointer, location] of this.entries()) callback.call(thisArg, location, pointer, this);
  }
}
