import { textChange, type TextChange } from '../text/textChange';
import { isPlainObject, escapePointerSegment, type NodeLocation, type RecordValue } from './parsedRecord';
import { buildPiece } from './recordPiece';
import { setOwn } from './safeObject';
import { SegmentedLocations, type TopLevelBlock } from './segmentedLocations';
import { PartCache } from './partCache';
import { readParts, readsWhole, rereadParts, type PartsReading } from './tolerantYaml';
import { parseYamlTree, type TreeParseResult } from './yamlRecordParser';
import { buildSectionPiece, hasDirectives, parseBlock, parseItem } from './pieceParse';
import { newLinesStayInside, reparseItem, reparseModule, type ItemReader } from './pieceReparse';
import { LazyItemLocations, readItemByValue } from './itemByValue';
import { fastYamlTree, readWholeInSteps, wholeReadingOf } from './fastYamlRead';

/**
 * How a text was read: the same as before, one list item, one module of a section (an API study's
 * `resultsSection:`), one top-level block, by parts, whole, or by its value alone (its locations read
 * where asked for; see fastYamlRead.ts).
 */
export type ParsePath = 'same' | 'item' | 'module' | 'block' | 'parts' | 'full' | 'value';

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
  /** Items re-read by their value (itemByValue.ts) not yet checked against their `yaml` reading. */
  private unverifiedItems: LazyItemLocations[] = [];
  /** The whole reading of `last`'s text under way in steps (`prepareForEditsInSteps`). */
  private wholeReadingSteps?: { readonly of: { text: string; result: TreeParseResult }; readonly steps: Generator<void, void, void> };

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
    // server is idle): opening a record does not wait for it. Items read by value are checked in idle
    // time, here only when many are waiting (edits without a pause).
    if (this.unverifiedItems.length > MAX_UNVERIFIED_ITEMS) this.verifyItems();
    this.prepareForParse();
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
    // The text is read afresh below: the items read by value are part of no reading now.
    this.unverifiedItems = [];
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
    // A block holding an item read by value and not yet checked is not known to be clean: read it again.
    if (this.unverifiedItems.length > 0) return;
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
    return this.prepareForParse() || this.verifyItems();
  }

  /** `prepareForEdits` but for the check of the items read by value. */
  private prepareForParse(): boolean {
    const last = this.last;
    // The steps of a whole reading under way are finished rather than begun again.
    const steps = this.wholeReadingSteps?.of === last ? this.wholeReadingSteps?.steps : undefined;
    this.wholeReadingSteps = undefined;
    while (steps && !steps.next().done);
    if (this.takeWholeReadingIfDifferent()) return true;
    this.segmentLast();
    return false;
  }

  /** For a text read by its value: true when its whole reading differs, which then replaces it (see `prepareForEdits`). */
  private takeWholeReadingIfDifferent(): boolean {
    const last = this.last;
    const check = last && wholeReadingOf(last.result);
    if (!last || !check || check.agrees) return false;
    const result = this.wholeReading(last.text, check.whole);
    this.path = result.brokenRanges ? 'parts' : 'full';
    this.last = { text: last.text, result };
    return true;
  }

  /**
   * Checks the items read by their value against their `yaml` reading; should one ever disagree, reads the
   * last text whole instead (true: it should be analysed again).
   */
  private verifyItems(): boolean {
    const items = this.unverifiedItems;
    this.unverifiedItems = [];
    return !items.every((item) => item.agrees) && this.readLastWhole();
  }

  private readLastWhole(): boolean {
    const last = this.last;
    this.unverifiedItems = [];
    if (!last) return false;
    // Parts kept from readings that held the disagreeing item are not taken again.
    this.parts.clear();
    const result = this.wholeReading(last.text, parseYamlTree(last.text));
    this.path = result.brokenRanges ? 'parts' : 'full';
    this.segmented = undefined;
    this.last = { text: last.text, result };
    return true;
  }

  /** Reads an edited list item by its value when it can (checked later), else with `yaml`. */
  private readonly readItem: ItemReader = (itemText, dashColumn, depth, replaced) => {
    // The item it replaces is part of no reading any more: it need not be checked.
    const old = replaced.parts[0];
    if (old?.kind === 'own' && old.entries instanceof LazyItemLocations)
      this.unverifiedItems = this.unverifiedItems.filter((item) => item !== old.entries);
    const byValue = this.options.readValueFirst === false ? undefined : readItemByValue(itemText, dashColumn, depth);
    if (!byValue) return parseItem(itemText, dashColumn, depth);
    this.unverifiedItems.push(byValue.locations);
    return byValue.piece;
  };

  private segmentLast(): void {
    const last = this.last;
    if (!this.segmented && last && last.result.problems.length === 0) this.segmented = segment(last.text, last.result);
  }

  /**
   * `prepareForEdits` in steps: the whole reading of a text read by its value is done a few kilobytes per
   * step (steppedWholeReading.ts), then compared, then cut into pieces, so a server running one step per
   * turn answers messages between them. Should another text be parsed meanwhile, that parse finishes the
   * preparation of its predecessor at once and these steps end with nothing to do.
   */
  *prepareForEditsInSteps(): Generator<void, boolean, void> {
    const last = this.last;
    if (!last) return false;
    if (this.wholeReadingSteps?.of !== last) this.wholeReadingSteps = { of: last, steps: readWholeInSteps(last.result, last.text) };
    const steps = this.wholeReadingSteps.steps;
    while (!steps.next().done) yield;
    if (this.last !== last) return false;
    this.wholeReadingSteps = undefined;
    yield;
    if (this.last !== last) return false;
    if (this.takeWholeReadingIfDifferent()) return true;
    yield;
    if (this.last !== last) return false;
    this.segmentLast();
    // One item's `yaml` reading per step.
    while (this.unverifiedItems.length > 0) {
      yield;
      if (this.last !== last) return false;
      const item = this.unverifiedItems.shift();
      if (item && !item.agrees) return this.readLastWhole();
    }
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

    const inModule = reparseModule(block, text, change, delta, this.readItem);
    if (inModule === 'broken') return 'broken';
    const itemPiece = inModule ? inModule.piece : reparseItem(block, text, change, delta, 0, this.readItem);
    if (itemPiece === 'broken') return 'broken';
    let piece = itemPiece;
    let rootEnd = previous.root.valueRange.end + (change.start <= previous.root.valueRange.end ? delta : 0);
    if (piece) {
      this.path = inModule ? inModule.path : 'item';
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
}

/** Items read by value waiting for their check, past which an edit checks them first (each costs an item's `yaml` reading). */
const MAX_UNVERIFIED_ITEMS = 16;

/** The blocks of a full parse's result, or undefined when the record cannot be re-parsed in pieces. */
function segment(text: string, result: TreeParseResult): Segmented | undefined {
  if (result.problems.length > 0 || result.usesAnchors || !isPlainObject(result.value) || hasDirectives(text)) return undefined;
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
    const piece =
      buildSectionPiece(text, start, end, keys[index], value[keys[index]], entriesByBlock[index]) ??
      buildPiece(text.slice(start, end), `/${segmentName}`, value[keys[index]], entriesByBlock[index], start);
    return { segment: segmentName, start, piece };
  });
  return { text, root, blocks, result };
}
