import { textChange, type TextChange } from '../text/textChange';
import { isPlainObject, escapePointerSegment, type NodeLocation, type RecordValue } from './parsedRecord';
import { buildPiece, relativeSegments, valueAtRelative, type OwnLocations, type PiecePart, type RecordPiece } from './recordPiece';
import { setOwn } from './safeObject';
import { SegmentedLocations, type TopLevelBlock } from './segmentedLocations';
import { PartCache } from './partCache';
import { readParts, readsWhole, rereadParts, type PartsReading } from './tolerantYaml';
import { parseYamlTree, type TreeParseResult } from './yamlRecordParser';
import { parseBlock, parseItem } from './pieceParse';
import { fastYamlTree, wholeReadingOf } from './fastYamlRead';

/**
 * How a text was read: the same as before, one list item, one top-level block, by parts, whole, or by
 * its value alone (its locations read where asked for; see fastYamlRead.ts).
 */
export type ParsePath = 'same' | 'item' | 'block' | 'parts' | 'full' | 'value';

/** What the last parse left to build on: only kept when the record is free of syntax problems. */
interface Segmented {
  readonly text: string;
  readonly root: NodeLocation;
  readonly blocks: readonly TopLevelBlock[];
  readonly result: TreeParseResult;
}

/**
 * Parses successive versions of one YAML document, re-parsing only the top-level block (module) —
 * or, inside a long list, only the list item — that an edit touched, and reusing every other
 * block's values and (offset-shifted) locations. The result is the same as `parseYamlRecord` of
 * the whole text; whenever that cannot be guaranteed cheaply (syntax problems, anchors, an edit
 * that crosses a block's boundary or changes a top-level key) it parses the whole text instead.
 */
export class IncrementalYamlParser {
  private last?: { text: string; result: TreeParseResult };
  private segmented?: Segmented;
  /** The parts of the last reading of a document that does not parse as a whole (see tolerantYaml.ts). */
  private readonly parts = new PartCache();
  /** The last reading, when the document was read by parts: the next text is read by parts too, building on it. */
  private partsReading?: PartsReading;
  private path: ParsePath = 'full';

  /** `readValueFirst: false` reads every text whole, as before fastYamlRead.ts (tests and benchmarks compare the two). */
  constructor(private readonly options: { readonly readValueFirst?: boolean } = {}) {}

  /** How the last text was read: what an edit cost (profiles and tests read it; nothing depends on it). */
  get lastPath(): ParsePath {
    return this.path;
  }

  parse(text: string): TreeParseResult {
    if (this.last?.text === text) {
      this.path = 'same';
      return this.last.result;
    }
    // A full parse is cut into pieces only when needed (here, or from `prepareForEdits` when the
    // server is idle): opening a record does not wait for it.
    this.prepareForEdits();
    const previous = this.segmented;
    const change = previous && textChange(previous.text, text);
    const next = previous && change ? this.reparse(previous, text, change) : undefined;
    if (next && next !== 'broken') {
      this.segmented = next;
      this.partsReading = undefined;
      this.last = { text, result: next.result };
      return next.result;
    }
    // The edit broke the part it touched, so the text does not parse as a whole: read it by parts,
    // starting from the blocks the edit did not touch. A document already read by parts goes on that way.
    if (next === 'broken' && previous) this.seedParts(previous);
    let result: TreeParseResult;
    if (next === 'broken' || this.partsReading) {
      result = this.readOnByParts(text);
    } else {
      // Nothing to build on: read the value alone when that is safe (the whole reading follows in idle time).
      const fast = this.options.readValueFirst === false ? undefined : fastYamlTree(text);
      if (fast) {
        this.path = 'value';
        this.segmented = undefined;
        this.last = { text, result: fast };
        return fast;
      }
      result = this.wholeReading(text, parseYamlTree(text));
    }
    this.path = result.brokenRanges ? 'parts' : 'full';
    this.segmented = undefined;
    this.last = { text, result };
    return result;
  }

  /**
   * The text read by parts, re-reading only the block an edit touched when it can; when every part
   * parses, the whole text's parse (and reading by parts stops).
   */
  private readOnByParts(text: string): TreeParseResult {
    const previous = this.partsReading;
    const change = previous && textChange(previous.text, text);
    const reading = (previous && change && rereadParts(previous, text, change, this.parts)) || readParts(text, this.parts);
    this.partsReading = reading;
    if (reading && reading.result.problems.length > 0) return reading.result;
    const whole = parseYamlTree(text);
    if (whole.problems.length > 0 && reading) return reading.result;
    this.partsReading = undefined;
    return whole;
  }

  /**
   * The small blocks of the last clean reading, as parts, so reading by parts starts from them (a small
   * block is read whole by parts too; a large one is read by its fields, never taken from a whole reading).
   */
  private seedParts(previous: Segmented): void {
    previous.blocks.forEach((block, index) => {
      const end = index + 1 < previous.blocks.length ? previous.blocks[index + 1].start : previous.text.length;
      const blockText = previous.text.slice(block.start, end);
      if (readsWhole(blockText)) this.parts.set('block', blockText, { piece: block.piece, problems: [], broken: [] });
    });
  }

  /** As parseYamlRecord reads a whole text, keeping the reading by parts (of a document opened broken) for the next edit. */
  private wholeReading(text: string, whole: TreeParseResult): TreeParseResult {
    if (whole.problems.length === 0) return whole;
    this.partsReading = readParts(text, this.parts);
    return this.partsReading?.result ?? whole;
  }

  /**
   * Cuts the last full parse into reusable pieces now, so the next edit does not pay for it. A text
   * read by its value alone is read whole first; true when that reading disagrees with it (the
   * value's reading then gives way to the whole one, and the text should be analysed again).
   */
  prepareForEdits(): boolean {
    const last = this.last;
    const check = last && wholeReadingOf(last.result);
    if (last && check && !check.agrees) {
      const result = this.wholeReading(last.text, check.whole);
      this.path = result.brokenRanges ? 'parts' : 'full';
      this.last = { text: last.text, result };
      return true;
    }
    if (!this.segmented && last && last.result.problems.length === 0) this.segmented = segment(last.text, last.result);
    return false;
  }

  /** The new reading, `broken` when the part the edit touched does not parse now, undefined when the edit cannot be read by parts. */
  private reparse(previous: Segmented, text: string, change: TextChange): Segmented | 'broken' | undefined {
    const blocks = previous.blocks;
    let index = -1;
    for (let i = blocks.length - 1; i >= 0; i--) {
      if (blocks[i].start <= change.start) {
        index = i;
        break;
      }
    }
    if (index < 0) return undefined; // the edit is before the first key (comments, `---`)
    const block = blocks[index];
    const isLast = index === blocks.length - 1;
    const oldEnd = isLast ? previous.text.length : blocks[index + 1].start;
    if (change.oldEnd > oldEnd) return undefined; // crosses into the next block
    const delta = change.newEnd - change.oldEnd;
    const newEnd = oldEnd + delta;
    // The next block's key must still start a line.
    if (!isLast && text.charCodeAt(newEnd - 1) !== 10) return undefined;
    if (!newLinesStayInside(text, change, block.start, newEnd, 0)) return undefined;

    const itemPiece = this.reparseItem(block, text, change, delta);
    if (itemPiece === 'broken') return 'broken';
    let piece = itemPiece;
    let rootEnd = previous.root.valueRange.end + (change.start <= previous.root.valueRange.end ? delta : 0);
    if (piece) {
      this.path = 'item';
    } else {
      const parsed = parseBlock(text.slice(block.start, newEnd), block.segment);
      if (!parsed || parsed === 'broken') return parsed;
      piece = parsed.piece;
      if (isLast) rootEnd = block.start + parsed.rootEnd;
      this.path = 'block';
    }

    const nextBlocks = blocks.map((other, i): TopLevelBlock => {
      if (i < index) return other;
      if (i === index) return { segment: other.segment, start: other.start, piece: piece };
      return { segment: other.segment, start: other.start + delta, piece: other.piece };
    });
    const root: NodeLocation = { keyRange: previous.root.keyRange, valueRange: { start: previous.root.valueRange.start, end: rootEnd } };
    const value: { [key: string]: RecordValue } = {};
    const previousValue = previous.result.value as { [key: string]: RecordValue };
    for (const [key, keyValue] of Object.entries(previousValue))
      setOwn(value, key, escapePointerSegment(key) === block.segment ? piece.value : keyValue);
    const result: TreeParseResult = { value, locations: new SegmentedLocations(root, nextBlocks), problems: [], usesAnchors: false };
    return { text, root, blocks: nextBlocks, result };
  }

  /** Re-parses the one list item the change lies in, if the block has such a list. */
  private reparseItem(block: TopLevelBlock, text: string, change: TextChange, delta: number): RecordPiece | 'broken' | undefined {
    const parts = block.piece.parts;
    for (let partIndex = 0; partIndex < parts.length; partIndex++) {
      const part = parts[partIndex];
      if (part.kind !== 'list') continue;
      const count = part.starts.length;
      // The last item has no next item to end it; an edit there re-parses the block.
      let low = 0;
      let high = count - 2;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (block.start + part.offset + part.starts[middle] <= change.start) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      if (found < 0) continue;
      const itemStart = block.start + part.offset + part.starts[found];
      const itemEnd = block.start + part.offset + part.starts[found + 1];
      if (change.start > itemEnd) continue; // after this list's re-parsable items: maybe in a later list
      if (change.oldEnd > itemEnd) return undefined;
      const newItemEnd = itemEnd + delta;
      if (text.charCodeAt(newItemEnd - 1) !== 10) return undefined;
      if (!newLinesStayInside(text, change, itemStart, newItemEnd, part.dashColumn + 1)) return undefined;
      const itemText = text.slice(itemStart, newItemEnd);
      const depth = part.pointer.split('/').length - 1;
      const item = parseItem(itemText, part.dashColumn, depth);
      if (!item || item === 'broken') return item;
      const items = part.items.slice();
      items[found] = item;
      const starts = part.starts.slice();
      for (let i = found + 1; i < starts.length; i++) starts[i] += delta;
      const ancestors = ancestorPointers(part.pointer);
      const nextParts = parts.map((other, otherIndex): PiecePart => {
        if (otherIndex === partIndex) return { ...part, items, starts };
        if (otherIndex > partIndex) return { ...other, offset: other.offset + delta };
        return other.kind === 'own' ? grownAncestors(other, ancestors, delta) : other;
      });
      const listValue = (valueAtRelative(block.piece.value, part.pointer, block.segment) as RecordValue[]).slice();
      listValue[found] = item.value;
      return {
        length: block.piece.length + delta,
        value: replacedAt(block.piece.value, relativeSegments(part.pointer, block.segment), listValue),
        parts: nextParts,
        size: block.piece.size - part.items[found].size + item.size,
      };
    }
    return undefined;
  }
}

/**
 * Whether every line the change starts inside `[from, to)` keeps the piece's structure: indented
 * at least `minIndent` columns (or blank, or a comment), with no bare `\r` line break. A line
 * that starts further left would belong to an outer node in a full parse.
 */
function newLinesStayInside(text: string, change: TextChange, from: number, to: number, minIndent: number): boolean {
  const scanFrom = Math.max(from, change.start - 1);
  const scanTo = Math.min(to, change.newEnd + 1);
  for (let i = scanFrom; i < scanTo; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) return false;
    if (ch !== 10 || i + 1 >= to) continue;
    let column = 0;
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === 32) {
      j++;
      column++;
    }
    const first = text.charCodeAt(j);
    const blank = j >= to || first === 10 || first === 13;
    if (blank || first === 35 /* # */) continue;
    if (column < Math.max(1, minIndent)) return false;
  }
  return true;
}

/** The pointer and all its ancestors below the root ('/a/b/c' → '/a/b/c', '/a/b', '/a'). */
function ancestorPointers(pointer: string): Set<string> {
  const result = new Set<string>();
  for (let current = pointer; current !== ''; current = current.slice(0, current.lastIndexOf('/'))) result.add(current);
  return result;
}

/** The part with the ranges of the edited node's ancestors (which contain the edit) grown by `delta`. */
function grownAncestors(part: OwnLocations, ancestors: ReadonlySet<string>, delta: number): OwnLocations {
  let entries: Map<string, NodeLocation> | undefined;
  for (const pointer of ancestors) {
    const location = part.entries.get(pointer);
    if (!location) continue;
    entries ??= new Map(part.entries);
    entries.set(pointer, {
      keyRange: location.keyRange,
      valueRange: { start: location.valueRange.start, end: location.valueRange.end + delta },
    });
  }
  return entries ? { ...part, entries } : part;
}

/** A copy of `value` with the node at `segments` replaced (copying only the path to it, keys in order). */
function replacedAt(value: RecordValue, segments: readonly string[], replacement: RecordValue): RecordValue {
  if (segments.length === 0) return replacement;
  const [head, ...rest] = segments;
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[Number(head)] = replacedAt(value[Number(head)], rest, replacement);
    return copy;
  }
  if (!isPlainObject(value)) throw new Error('path through a scalar');
  const key = unescape(head);
  const copy: { [key: string]: RecordValue } = {};
  for (const [name, child] of Object.entries(value)) setOwn(copy, name, name === key ? replacedAt(child, rest, replacement) : child);
  return copy;
}

/** The blocks of a full parse's result, or undefined when the record cannot be re-parsed in pieces. */
function segment(text: string, result: TreeParseResult): Segmented | undefined {
  if (result.problems.length > 0 || result.usesAnchors || !isPlainObject(result.value)) return undefined;
  const root = result.locations.get('');
  const keys = Object.keys(result.value);
  if (!root || keys.length === 0 || text.charCodeAt(root.valueRange.start) === 123 /* { */) return undefined;
  const segments = keys.map((key) => escapePointerSegment(key));
  const starts: number[] = [];
  for (const segmentName of segments) {
    const start = result.locations.get(`/${segmentName}`)?.keyRange?.start;
    if (start === undefined || (start > 0 && text.charCodeAt(start - 1) !== 10)) return undefined;
    if (starts.length > 0 && start <= starts[starts.length - 1]) return undefined;
    starts.push(start);
  }
  if (root.valueRange.start > starts[0]) return undefined;
  const entriesByBlock = segments.map((): [string, NodeLocation][] => []);
  const blockIndex = new Map(segments.map((name, index) => [name, index]));
  for (const entry of result.locations) {
    const pointer = entry[0];
    if (pointer === '') continue;
    const slash = pointer.indexOf('/', 1);
    const index = blockIndex.get(pointer.slice(1, slash < 0 ? undefined : slash));
    if (index === undefined) return undefined;
    entriesByBlock[index].push(entry);
  }
  const value = result.value;
  const blocks = segments.map((segmentName, index): TopLevelBlock => {
    const start = starts[index];
    const end = index + 1 < starts.length ? starts[index + 1] : text.length;
    return {
      segment: segmentName,
      start,
      piece: buildPiece(text.slice(start, end), `/${segmentName}`, value[keys[index]], entriesByBlock[index], start),
    };
  });
  return { text, root, blocks, result };
}
