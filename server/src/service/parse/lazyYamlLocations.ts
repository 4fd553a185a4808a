import { LazyLocationMap } from './lazyLocationMap';
import { escapePointerSegment, type NodeLocation, type RecordValue } from './parsedRecord';
import { parseBlock } from './pieceParse';
import { pieceLocation, type RecordPiece } from './recordPiece';
import { hasOwn } from './safeObject';
import { splitChildBlocks } from './lazyChildBlocks';
import { findListItem, type ListItemReading, type ListItemStarts } from './lazyListItems';
import { sameRecordValue } from './recordValueEquality';
import type { TreeParseResult } from './yamlRecordParser';

/**
 * One top-level entry of the text (a module, or a section such as `protocolSection`), or one child entry of a
 * section (a module of it), found by its key line; read when a location in it is asked for.
 */
export interface LazyBlock {
  /** The key as a pointer segment (escaped). */
  readonly segment: string;
  /** The key itself. */
  readonly key: string;
  /** Where its key line starts (the line's indentation included). */
  readonly start: number;
  readonly end: number;
  /** The key's column: 0 at the top level, the section's child indent for a child block. */
  readonly keyColumn: number;
  /** Its reading once done: undefined when it does not read on its own as a full parse reads it (then its parent, or the whole text, is read). */
  reading?: { piece: RecordPiece; rootEnd: number } | 'whole';
  /** A section's child blocks, once looked for. */
  children?: Map<string, LazyBlock> | 'unsplit';
  /** Where the items of its lists start, each list scanned once (lazyListItems.ts). */
  readonly listStarts: Map<string, ListItemStarts>;
  /** Its list items read so far, by pointer relative to its parent. */
  readonly items: Map<string, ListItemReading | 'none'>;
}

/** A section's module (lazyChildBlocks.ts) rather than a top-level block: its key is indented. */
function isChildBlock(block: LazyBlock): boolean {
  return block.keyColumn > 0;
}

/** A location found in part of a block, or 'unread' when only a reading of the whole block can give it. */
type PartLocation = NodeLocation | undefined | 'unread';

/**
 * The pointer → location map of a YAML record opened by its value alone (fastYamlValue.ts): a location
 * is read where it is asked for. `get` reads with `yaml` only the top-level block (module) holding the
 * pointer, or within a list only the item holding it, exactly as the incremental parser re-reads
 * the piece an edit touched (so the location equals a full parse's), and keeps that reading. Iterating,
 * `size`, or a text that does not split cleanly into blocks reads the whole text (`whole()`), once.
 * Schema and rule findings ask only for their own pointers, so a record without findings reads none.
 */
export class LazyYamlLocations extends LazyLocationMap {
  private wholeReading?: TreeParseResult;
  private blocks?: Map<string, LazyBlock> | 'unsplit';
  /** Pieces read with `yaml` so far, the whole text counting as one (tests check what a lookup costs). */
  pieceReads = 0;

  /** Lists whose item lines have been scanned (tests check a list is scanned once, however many items are asked for). */
  get listScans(): number {
    if (this.blocks === undefined || this.blocks === 'unsplit') return 0;
    let scans = 0;
    for (const block of this.blocks.values()) {
      scans += block.listStarts.size;
      if (block.children instanceof Map) for (const child of block.children.values()) scans += child.listStarts.size;
    }
    return scans;
  }

  constructor(
    private readonly text: string,
    private readonly value: { readonly [key: string]: RecordValue },
    private readonly readWhole: (text: string) => TreeParseResult,
  ) {
    super();
  }

  /** Whether the whole text has been read (by `whole()`, iteration or a lookup that needed it). */
  get readWholly(): boolean {
    return this.wholeReading !== undefined;
  }

  /** The reading of the whole text, done on first use. */
  whole(): TreeParseResult {
    if (!this.wholeReading) {
      this.pieceReads++;
      this.wholeReading = this.readWhole(this.text);
      // The pieces read so far are no longer needed: every later lookup goes to the whole reading.
      this.blocks = 'unsplit';
    }
    return this.wholeReading;
  }

  /** Takes the whole text's reading done elsewhere (in steps, steppedWholeReading.ts) as if `whole()` had read it. */
  adoptWhole(reading: TreeParseResult): void {
    if (this.wholeReading) return;
    this.pieceReads++;
    this.wholeReading = reading;
    this.blocks = 'unsplit';
  }

  get size(): number {
    return this.whole().locations.size;
  }

  override get(pointer: string): NodeLocation | undefined {
    if (this.wholeReading) return this.wholeReading.locations.get(pointer);
    const blocks = this.splitBlocks();
    if (blocks === 'unsplit') return this.whole().locations.get(pointer);
    if (pointer === '') return this.rootLocation(blocks);
    if (pointer.charCodeAt(0) !== 47 /* / */) return undefined;
    const slash = pointer.indexOf('/', 1);
    const block = blocks.get(pointer.slice(1, slash < 0 ? undefined : slash));
    if (!block) return undefined;
    if (slash > 0 && block.reading === undefined) {
      const part = this.partOfBlock(block, pointer, slash);
      if (part !== 'unread') return part;
    }
    const reading = this.readBlock(block);
    if (reading === 'whole') return this.whole().locations.get(pointer);
    return pieceLocation(reading.piece, pointer, block.start);
  }

  protected allLocations(): ReadonlyMap<string, NodeLocation> {
    return this.whole().locations;
  }

  /** The root mapping runs from its first key to the end of its last value (both blocks are read for it). */
  private rootLocation(blocks: Map<string, LazyBlock>): NodeLocation | undefined {
    const ordered = [...blocks.values()];
    const last = this.readBlock(ordered[ordered.length - 1]);
    if (last === 'whole') return this.whole().locations.get('');
    return { keyRange: undefined, valueRange: { start: ordered[0].start, end: ordered[ordered.length - 1].start + last.rootEnd } };
  }

  /**
   * The location of `pointer` (below the top-level `block`) from a reading of part of the block: the item of a
   * list it lies in, or the child block (a section's module) it lies in, or that child's list item.
   */
  private partOfBlock(block: LazyBlock, pointer: string, slash: number): PartLocation {
    const blockValue = this.value[block.key];
    const item = this.itemReading(block, blockValue, pointer);
    if (item) return pieceLocation(item.piece, pointer.slice(item.pointer.length), item.start);
    block.children ??= splitChildBlocks(this.text, block, blockValue);
    if (block.children === 'unsplit') return 'unread';
    const local = pointer.slice(slash);
    const childSlash = local.indexOf('/', 1);
    const child = block.children.get(local.slice(1, childSlash < 0 ? undefined : childSlash));
    if (!child) return 'unread';
    const childValue = (blockValue as { readonly [key: string]: RecordValue })[child.key];
    if (childSlash > 0 && child.reading === undefined) {
      const childItem = this.itemReading(child, childValue, local);
      if (childItem) return pieceLocation(childItem.piece, local.slice(childItem.pointer.length), childItem.start);
    }
    const reading = this.readBlock(child, childValue);
    return reading === 'whole' ? 'unread' : pieceLocation(reading.piece, local, child.start);
  }

  /** The block read with `yaml` on its own; a child block's reading must also hold the value the fast reading gave it. */
  private readBlock(block: LazyBlock, childValue?: RecordValue): { piece: RecordPiece; rootEnd: number } | 'whole' {
    if (block.reading === undefined) {
      this.pieceReads++;
      const child = isChildBlock(block);
      const parsed = parseBlock(this.text.slice(block.start, block.end), block.segment, block.keyColumn, child ? 1 : 0);
      const agrees = parsed && parsed !== 'broken' && (!child || sameRecordValue(parsed.piece.value, childValue));
      block.reading = agrees ? parsed : 'whole';
    }
    return block.reading;
  }

  /**
   * The list item holding `pointer` (relative to the block's parent), read on its own, when the pointer lies in
   * an item of a list directly in the block.
   */
  private itemReading(block: LazyBlock, blockValue: RecordValue, pointer: string): ListItemReading | undefined {
    const slash = pointer.indexOf('/', 1);
    const keyEnd = slash < 0 ? -1 : pointer.indexOf('/', slash + 1);
    const itemEnd = keyEnd < 0 ? -1 : pointer.indexOf('/', keyEnd + 1);
    if (keyEnd < 0) return undefined;
    const itemPointer = itemEnd < 0 ? pointer : pointer.slice(0, itemEnd);
    let item = block.items.get(itemPointer);
    if (item === undefined) {
      // An item sits two levels below a top-level block (module → list → item), three below a section's module.
      const depth = isChildBlock(block) ? 3 : 2;
      item = findListItem(this.text, block, blockValue, itemPointer, block.listStarts, depth) ?? 'none';
      if (item !== 'none') this.pieceReads++;
      block.items.set(itemPointer, item);
    }
    return item === 'none' ? undefined : item;
  }

  /**
   * The top-level blocks, found by their key lines: every line that starts with neither a space nor a
   * comment is one, and holds a plain key (`name:`) of the value, each once. Anything else: 'unsplit'.
   */
  private splitBlocks(): Map<string, LazyBlock> | 'unsplit' {
    if (this.blocks) return this.blocks;
    const starts: { key: string; start: number }[] = [];
    const text = this.text;
    let unsplit = false;
    for (let lineStart = 0; lineStart < text.length && !unsplit;) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const first = text.charCodeAt(lineStart);
      if (first !== 32 && first !== 35 /* # */ && first !== 13 && first !== 10) {
        const key = /^([A-Za-z_$][^:#'"\s]*(?: [^:#'"\s]+)*):(?:[ \r]|$)/.exec(text.slice(lineStart, lineEnd));
        if (!key || !hasOwn(this.value, key[1])) unsplit = true;
        else starts.push({ key: key[1], start: lineStart });
      }
      lineStart = lineEnd + 1;
    }
    const blocks = new Map<string, LazyBlock>();
    starts.forEach(({ key, start }, index) => {
      const end = index + 1 < starts.length ? starts[index + 1].start : text.length;
      blocks.set(escapePointerSegment(key), {
        segment: escapePointerSegment(key),
        key,
        start,
        end,
        keyColumn: 0,
        listStarts: new Map(),
        items: new Map(),
      });
    });
    if (unsplit || blocks.size === 0 || blocks.size !== starts.length || blocks.size !== Object.keys(this.value).length) {
      this.blocks = 'unsplit';
    } else {
      this.blocks = blocks;
    }
    return this.blocks;
  }
}
