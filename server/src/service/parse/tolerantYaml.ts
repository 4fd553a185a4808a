// A YAML record that does not parse as a whole is read part by part, so that one broken part does not
// take the rest with it. A pasted JSON fragment in the locations of a 434 KB record made the `yaml`
// package lose its way for the remaining 9,000 lines (42,000 errors, 1.2 s a keystroke); read by parts,
// the fragment is one broken list item and every other part is read and checked as usual.
//
// The parts: each top-level key's block (a module); in a large block that does not parse, each of its
// fields; in a field that is a long block list, each item. A part is parsed on its own, exactly as
// the same text always parses, so parts whose text did not change are taken from the last reading
// (`PartCache`): an edit costs the part it touched.
//
// A document whose text parses as a whole is read as a whole (`parseYamlTree`); reading by parts is
// only for documents that do not, and only where the parts are independent (no anchors or aliases,
// no directives or document markers, a block mapping at the top).
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import type { TextChange } from '../text/textChange';
import { escapePointerSegment, isPlainObject, type NodeLocation, type RecordValue, type SyntaxProblem } from './parsedRecord';
import { buildPiece, MIN_SPLIT_LIST_ITEMS, shiftLocation, shiftRange, type ListItems, type OwnLocations, type PiecePart, type RecordPiece } from './recordPiece';
import { refusedAsWhole } from './parseGuards';
import { setOwn } from './safeObject';
import { SegmentedLocations, type TopLevelBlock } from './segmentedLocations';
import { boundedSyntaxProblems } from './syntaxCascade';
import { parseYamlTree, type TreeParseResult } from './yamlRecordParser';

/** A block this large or smaller is parsed whole even when broken; larger ones are split into fields and list items. */
const SMALL_BLOCK = 16 * 1024;

/** One part read on its own: its piece (locations relative to the part's start) and its problems. */
export interface ReadPart {
  readonly piece: RecordPiece;
  /** Relative to the part's start. */
  readonly problems: readonly SyntaxProblem[];
  /** Ranges (relative to the part's start) of the sub-parts that do not parse. */
  readonly broken: readonly OffsetRange[];
}

/**
 * Parts read last time, by their exact text (and what they are: a block, a field, an item). Only the
 * parts of the latest reading are kept, and each key is a copy of its own (not a slice that would keep
 * an old version of the whole document alive).
 */
export type PartKind = 'block' | 'field' | 'item';

export class PartCache {
  private previous = new Map<PartKind, Map<string, ReadPart>>();
  private current = new Map<PartKind, Map<string, ReadPart>>();

  get(kind: PartKind, text: string): ReadPart | undefined {
    const current = this.mapOf(this.current, kind);
    const found = current.get(text);
    if (found) return found;
    const earlier = this.previous.get(kind)?.get(text);
    if (earlier) current.set(ownCopy(text), earlier);
    return earlier;
  }

  set(kind: PartKind, text: string, part: ReadPart): void {
    this.mapOf(this.current, kind).set(ownCopy(text), part);
  }

  /** Starts a new reading: what the last one did not use is dropped after it. */
  nextReading(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  private mapOf(maps: Map<PartKind, Map<string, ReadPart>>, kind: PartKind): Map<string, ReadPart> {
    let map = maps.get(kind);
    if (!map) {
      map = new Map();
      maps.set(kind, map);
    }
    return map;
  }
}

/** A flat copy of a (possibly sliced) string, so keeping it keeps nothing else. */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** The record of a YAML text: the whole text's parse when it parses; otherwise, where possible, read by parts. */
export function parseYamlRecord(text: string, cache?: PartCache): TreeParseResult {
  const whole = parseYamlTree(text);
  if (whole.problems.length === 0) return whole;
  return readByParts(text, cache ?? new PartCache()) ?? whole;
}

interface BlockSpan {
  readonly start: number;
  readonly end: number;
}

/** One top-level block as read: where it is in the text, its key, and its part. */
interface BlockReading extends BlockSpan {
  readonly key: string;
  readonly part: ReadPart;
}

/** A document read part by part: what the next edit can build on. */
export interface PartsReading {
  readonly text: string;
  readonly blocks: readonly BlockReading[];
  readonly result: TreeParseResult;
}

/**
 * The document read part by part, or undefined where that is not how it must be read (see the top of
 * this file). The result's problems are the parts' problems; its `brokenRanges` the parts that do not parse.
 */
export function readByParts(text: string, cache: PartCache): TreeParseResult | undefined {
  return readParts(text, cache)?.result;
}

/** `readByParts`, keeping each block's reading for `rereadParts`. */
export function readParts(text: string, cache: PartCache): PartsReading | undefined {
  // A document refused as a whole (too large, too many values, one value too long) stays refused.
  if (refusedAsWhole(text)) return undefined;
  const spans = topLevelBlocks(text);
  if (!spans || spans.length === 0 || usesAnchorsOrTags(text)) return undefined;
  cache.nextReading();
  const blocks: BlockReading[] = [];
  for (const span of spans) {
    const read = readBlock(text.slice(span.start, span.end), cache);
    if (!read) return undefined;
    blocks.push({ ...span, ...read });
  }
  return { text, blocks, result: assemble(text, blocks) };
}

/**
 * The next version of a document read by parts, re-reading only the top-level block the edit lies in;
 * the others keep their reading and move. Undefined when the edit may change how the text divides into
 * blocks (it touches a block's key line, adds or removes a line in column 0 that starts a block or a
 * document marker, or adds an anchor, tag or lone carriage return): the caller then reads it all.
 * The result is always what `readParts` gives for the new text.
 */
export function rereadParts(previous: PartsReading, text: string, change: TextChange, cache: PartCache): PartsReading | undefined {
  const blocks = previous.blocks;
  let index = blocks.length - 1;
  while (index >= 0 && blocks[index].start >= change.start) index--;
  if (index < 0) return undefined; // at or before the first key
  const block = blocks[index];
  const firstLineEnd = previous.text.indexOf('\n', block.start);
  if (firstLineEnd < 0 || change.start <= firstLineEnd || change.oldEnd > block.end) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const end = block.end + delta;
  if (index + 1 < blocks.length && text.charCodeAt(end - 1) !== 10) return undefined; // the next key no longer starts a line
  if (!sameBlockStructure(text, firstLineEnd + 1, end) || refusedAsWhole(text)) return undefined;
  // What the edit put in (with a character either side, since it may join two into an anchor or CR LF).
  const window = text.slice(Math.max(0, change.start - 2), Math.min(text.length, change.newEnd + 2));
  if (usesAnchorsOrTags(window) || /\r(?!\n)/.test(window)) return undefined;
  cache.nextReading();
  const read = readBlock(text.slice(block.start, end), cache);
  if (!read) return undefined;
  const next = blocks.map((other, i): BlockReading => {
    if (i < index) return other;
    if (i === index) return { start: block.start, end, ...read };
    return { ...other, start: other.start + delta, end: other.end + delta };
  });
  return { text, blocks: next, result: assemble(text, next) };
}

/** Whether no line in column 0 between `from` and `to` starts a block or is a document marker or directive. */
function sameBlockStructure(text: string, from: number, to: number): boolean {
  const columnZero = /^[^ \t#\r\n]/gm;
  columnZero.lastIndex = from;
  for (let match = columnZero.exec(text); match && match.index < to; match = columnZero.exec(text)) {
    if (match.index > 0 && text.charCodeAt(match.index - 1) !== 10) continue;
    const line = text.slice(match.index, match.index + 400).split('\n', 1)[0];
    if (/^(?:---|\.\.\.|%)/.test(line) || startsPart(line)) return false;
  }
  return true;
}

/** The document's value, locations and problems from its blocks' readings. */
function assemble(text: string, readings: readonly BlockReading[]): TreeParseResult {
  const value: { [key: string]: RecordValue } = {};
  const blocks: TopLevelBlock[] = [];
  const problems: SyntaxProblem[] = [];
  const broken: OffsetRange[] = [];
  const seen = new Set<string>();
  for (const { start, key, part } of readings) {
    if (seen.has(key)) {
      problems.push({ range: offsetRange(start, start + key.length), message: 'This key appears twice in the same mapping; each field may appear only once.', code: 'syntax/duplicate-key', severity: 'error' });
    }
    seen.add(key);
    setOwn(value, key, part.piece.value);
    blocks.push({ segment: escapePointerSegment(key), start, piece: part.piece });
    for (const problem of part.problems) problems.push({ ...problem, range: shiftRange(problem.range, start) });
    for (const range of part.broken) broken.push(shiftRange(range, start));
  }
  const root: NodeLocation = { keyRange: undefined, valueRange: offsetRange(readings[0].start, trimmedEnd(text, readings[readings.length - 1].end)) };
  return {
    value,
    locations: new SegmentedLocations(root, blocks),
    problems: boundedSyntaxProblems(problems, (problem) => problem.range, (problem) => problem, 'syntax/yaml'),
    usesAnchors: false,
    brokenRanges: broken,
  };
}

/**
 * The top-level blocks: each starts at a line holding a key in column 0. A line in column 0 that is
 * not a key (a pasted `]`) belongs to the block above it. Undefined when the text before the first key
 * is more than blank lines and comments, or holds a document marker or directive.
 */
function topLevelBlocks(text: string): BlockSpan[] | undefined {
  // A lone carriage return is a line break to YAML; such rare text is read whole rather than split by another rule.
  if (/\r(?!\n)/.test(text)) return undefined;
  const starts: number[] = [];
  // Only lines with something in column 0 matter: found by one native scan, not a loop over every line.
  // (`^` in a multiline pattern also matches after U+2028 and U+2029, which YAML does not break lines at.)
  const columnZero = /^[^ \t#\r\n]/gm;
  for (let match = columnZero.exec(text); match; match = columnZero.exec(text)) {
    const lineStart = match.index;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) continue;
    const line = text.slice(lineStart, lineStart + 400).split('\n', 1)[0];
    if (/^(?:---|\.\.\.|%)/.test(line)) return undefined;
    if (startsPart(line)) starts.push(lineStart);
    else if (starts.length === 0) return undefined;
  }
  // Only blank and comment lines may come before the first key (an indented line there makes the
  // document's top an indented mapping, which only a whole parse reads right).
  if (starts.length > 0 && !/^(?:[ \t]*(?:#[^\n]*)?\r?\n)*$/.test(text.slice(0, starts[0]))) return undefined;
  return starts.map((start, index) => ({ start, end: index + 1 < starts.length ? starts[index + 1] : text.length }));
}

/** A plain or quoted key, then `:` and a space or the end of the line. */
const KEY_LINE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:'"[\]{},&*!|>%@`-][^:#\n]*?|-[^\s:#][^:#\n]*?)[ \t]*:(?:[ \t]|\r?$|$)/;

/**
 * Whether a line (from its first non-space character) starts a part: a key line, but not one ending in
 * `,`, `{` or `[`, which is a line of pasted JSON (or a flow collection going on below), not a field of
 * its own. A line that does not start a part belongs to the part above it: joining parts is always
 * safe (the joined text parses as the whole document would parse it), only coarser.
 */
function startsPart(line: string): boolean {
  const content = line.endsWith('\n') ? line.slice(0, line.endsWith('\r\n') ? -2 : -1) : line;
  return KEY_LINE.test(content) && !/[,{[][ \t]*$/.test(content);
}

/** Anchors, aliases and tags tie parts together (and tags need the directives): such a document is read whole. */
function usesAnchorsOrTags(text: string): boolean {
  return /(?:^|[\s[{,:-])[&*!][^\s,[\]{}]/m.test(text);
}

function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
}

/** One top-level block, from the cache or read now: whole when it parses or is small, else by fields. */
function readBlock(blockText: string, cache: PartCache): { part: ReadPart; key: string } | undefined {
  // A large block is not kept whole (its fields and items are): a copy of its text per edit would cost more than it saves.
  const cached = readsWhole(blockText) ? cache.get('block', blockText) : undefined;
  const key = keyOfBlock(blockText);
  if (key === undefined) return undefined;
  if (cached) return { part: cached, key };
  const segment = escapePointerSegment(key);
  // A large block is always read by fields, so that an edit in it costs the field (or list item) it
  // touched, and the same text is always read the same way.
  let part = blockText.length > SMALL_BLOCK ? readBlockByFields(blockText, key, segment, cache) : undefined;
  if (!part) {
    const tree = parseYamlTree(blockText);
    if (tree.problems.length === 0 && isPlainObject(tree.value) && Object.keys(tree.value).length === 1 && tree.locations.get(`/${segment}`)?.keyRange?.start === 0) {
      const entries = [...tree.locations].filter(([pointer]) => pointer !== '');
      part = { piece: buildPiece(blockText, `/${segment}`, tree.value[key], entries, 0), problems: [], broken: [] };
    } else part = wholeBrokenPart(blockText, tree, `/${segment}`, key);
  }
  if (readsWhole(blockText)) cache.set('block', blockText, part);
  return { part, key };
}

/** Whether a block's text is read whole (and so may be given from a clean reading of the whole document). */
export function readsWhole(blockText: string): boolean {
  return blockText.length <= SMALL_BLOCK;
}

/** The key of a block's first line, unquoted. */
function keyOfBlock(blockText: string): string | undefined {
  const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#\n]*?)[ \t]*:/.exec(blockText);
  if (!match) return undefined;
  const raw = match[1];
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/**
 * A part that does not parse, as one piece: what its own parse could read (the value under `key`, its
 * locations below `pointer`), and its problems. The whole part is a broken range.
 */
function wholeBrokenPart(partText: string, tree: TreeParseResult, pointer: string, key: string | undefined): ReadPart {
  const value: RecordValue = key !== undefined && isPlainObject(tree.value) && Object.prototype.hasOwnProperty.call(tree.value, key) ? tree.value[key] : null;
  const entries = new Map<string, NodeLocation>();
  for (const [entryPointer, location] of tree.locations) if (entryPointer === pointer || entryPointer.startsWith(`${pointer}/`)) entries.set(entryPointer, location);
  if (!entries.has(pointer)) entries.set(pointer, { keyRange: offsetRange(0, Math.max(1, (key ?? '').length)), valueRange: offsetRange(0, trimmedEnd(partText, partText.length)) });
  const piece: RecordPiece = { length: partText.length, value, parts: [{ kind: 'own', offset: 0, entries }], size: entries.size };
  return { piece, problems: tree.problems, broken: tree.problems.length > 0 ? [offsetRange(0, Math.max(1, trimmedEnd(partText, partText.length)))] : [] };
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** Spaces before the first character; -1 for a blank or comment line. */
  readonly indent: number;
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    let column = start;
    while (column < end && text.charCodeAt(column) === 32) column++;
    const first = text.charCodeAt(column);
    const blank = column >= end || first === 10 || first === 13 || first === 35 /* # */;
    lines.push({ start, end, indent: blank ? -1 : column - start });
    start = end;
  }
  return lines;
}

/**
 * A large block that does not parse, read field by field: every line indented like the block's first
 * field starts a field part; a field holding a long block list is read item by item. Undefined when the
 * block's value is not a mapping of fields.
 */
function readBlockByFields(blockText: string, key: string, segment: string, cache: PartCache): ReadPart | undefined {
  const headerEnd = blockText.indexOf('\n') + 1;
  if (headerEnd <= 0) return undefined;
  const header = blockText.slice(0, headerEnd);
  const lines = linesOf(blockText, headerEnd);
  const firstField = lines.find((line) => line.indent > 0);
  if (!firstField || blockText.startsWith('- ', firstField.start + firstField.indent)) return undefined;
  const fieldIndent = firstField.indent;
  // Each field's first line, as an index into `lines` (a field's lines are handed on, not scanned again).
  const fieldFirstLines: number[] = [];
  lines.forEach((line, index) => {
    if (line.indent >= 0 && line.indent <= fieldIndent && startsPart(blockText.slice(line.start + line.indent, line.end))) fieldFirstLines.push(index);
  });
  if (lines[fieldFirstLines[0]]?.start !== firstField.start) fieldFirstLines.unshift(0);
  const fieldStarts = fieldFirstLines.map((index) => lines[index].start);

  const moduleValue: { [key: string]: RecordValue } = {};
  const parts: PiecePart[] = [];
  const problems: SyntaxProblem[] = [];
  const broken: OffsetRange[] = [];
  let own = new Map<string, NodeLocation>();
  let size = 1;
  const valueEnd = trimmedEnd(blockText, blockText.length);
  own.set(`/${segment}`, { keyRange: offsetRange(0, key.length), valueRange: offsetRange(firstField.start + fieldIndent, valueEnd) });
  fieldStarts.forEach((start, index) => {
    const end = index + 1 < fieldStarts.length ? fieldStarts[index + 1] : blockText.length;
    const fieldLines = lines.slice(fieldFirstLines[index], index + 1 < fieldFirstLines.length ? fieldFirstLines[index + 1] : lines.length);
    const field = readField(header, blockText.slice(start, end), start, key, segment, { indent: fieldIndent, lines: fieldLines }, cache);
    for (const [name, fieldValue] of Object.entries(field.values)) setOwn(moduleValue, name, fieldValue);
    for (const [pointer, location] of field.own) own.set(pointer, location);
    size += field.own.size;
    problems.push(...field.problems);
    broken.push(...field.broken);
    if (field.list) {
      parts.push({ kind: 'own', offset: 0, entries: own } satisfies OwnLocations);
      parts.push(field.list.part);
      size += field.list.size;
      own = new Map();
    }
  });
  if (own.size > 0 || parts.length === 0) parts.push({ kind: 'own', offset: 0, entries: own });
  return { piece: { length: blockText.length, value: moduleValue, parts, size }, problems, broken };
}

interface FieldReading {
  readonly values: { [key: string]: RecordValue };
  /** Locations relative to the block's start. */
  readonly own: Map<string, NodeLocation>;
  readonly list?: { readonly part: ListItems; readonly size: number };
  readonly problems: SyntaxProblem[];
  readonly broken: OffsetRange[];
}

/**
 * One field of a broken block, parsed with the block's key line above it (so its pointers are the
 * document's). A field whose value is a long block list is read item by item.
 */
function readField(header: string, fieldText: string, fieldStart: number, key: string, segment: string, layout: { indent: number; lines: readonly Line[] } | undefined, cache: PartCache): FieldReading {
  const items = layout === undefined ? undefined : listItemsOf(fieldText, fieldStart, layout.indent, layout.lines);
  if (items) return readListField(header, fieldText, fieldStart, key, segment, items, cache);
  const combined = header + fieldText;
  let part = cache.get('field', combined);
  if (!part) {
    const tree = parseYamlTree(combined);
    const entries = new Map<string, NodeLocation>();
    for (const [pointer, location] of tree.locations) if (pointer.startsWith(`/${segment}/`)) entries.set(pointer, location);
    const moduleValue = isPlainObject(tree.value) && Object.prototype.hasOwnProperty.call(tree.value, key) ? tree.value[key] : null;
    part = {
      piece: { length: combined.length, value: isPlainObject(moduleValue) ? moduleValue : {}, parts: [{ kind: 'own', offset: 0, entries }], size: entries.size },
      problems: tree.problems,
      broken: tree.problems.length > 0 ? [offsetRange(header.length, header.length + Math.max(1, trimmedEnd(fieldText, fieldText.length)))] : [],
    };
    cache.set('field', combined, part);
  }
  // Offsets in the combined text past the key line are the field's; move them to the block.
  const shift = fieldStart - header.length;
  const own = new Map<string, NodeLocation>();
  const entries = part.piece.parts[0].kind === 'own' ? part.piece.parts[0].entries : new Map<string, NodeLocation>();
  for (const [pointer, location] of entries) own.set(pointer, shiftLocation(location, shift));
  return {
    values: isPlainObject(part.piece.value) ? part.piece.value : {},
    own,
    problems: part.problems.map((problem) => ({ ...problem, range: problem.range.start >= header.length ? shiftRange(problem.range, shift) : offsetRange(fieldStart, fieldStart + 1) })),
    broken: part.broken.map((range) => shiftRange(range, shift)),
  };
}

interface ItemSpans {
  /** Where the field's first line ends (its key line and any lines before the first item). */
  readonly headEnd: number;
  readonly dashColumn: number;
  /** Each item's start, relative to the field text. */
  readonly starts: readonly number[];
}

/**
 * The items of a field whose value is a block list of at least MIN_SPLIT_LIST_ITEMS items: each item
 * starts at a line with `- ` at the list's dash column; every other line belongs to the item above it.
 */
function listItemsOf(fieldText: string, fieldStart: number, fieldIndent: number, blockLines: readonly Line[]): ItemSpans | undefined {
  const firstLineEnd = fieldText.indexOf('\n') + 1;
  if (firstLineEnd <= 0 || !new RegExp(`^ {${fieldIndent}}[^\\s#-][^\\n]*?:[ \\t]*(?:#[^\\n]*)?\\r?\\n`).test(fieldText.slice(0, firstLineEnd))) return undefined;
  // The field's lines after its key line, with starts relative to the field.
  const lines = blockLines.slice(1);
  const firstItem = lines.find((line) => line.indent >= 0);
  const isDash = (line: Line, column: number): boolean => {
    const at = line.start + column;
    return fieldText.charCodeAt(at - fieldStart) === 45 /* - */ && /^(?: |\r?\n|$)/.test(fieldText.slice(at - fieldStart + 1, at - fieldStart + 3));
  };
  if (!firstItem || firstItem.indent < fieldIndent || !isDash(firstItem, firstItem.indent)) return undefined;
  const dashColumn = firstItem.indent;
  const starts: number[] = [];
  for (const line of lines) if (line.indent === dashColumn && isDash(line, dashColumn)) starts.push(line.start - fieldStart);
  if (starts.length < MIN_SPLIT_LIST_ITEMS) return undefined;
  return { headEnd: firstItem.start - fieldStart, dashColumn, starts };
}

function readListField(header: string, fieldText: string, fieldStart: number, key: string, segment: string, spans: ItemSpans, cache: PartCache): FieldReading {
  const head = readField(header, fieldText.slice(0, spans.headEnd), fieldStart, key, segment, undefined, cache);
  const fieldName = Object.keys(head.values)[0] ?? /^\s*([^:]+?)\s*:/.exec(fieldText)?.[1] ?? '';
  const listPointer = `/${segment}/${escapePointerSegment(fieldName)}`;
  const items: RecordPiece[] = [];
  const values: RecordValue[] = [];
  const problems = [...head.problems];
  const broken = [...head.broken];
  let size = 0;
  spans.starts.forEach((start, index) => {
    const end = index + 1 < spans.starts.length ? spans.starts[index + 1] : fieldText.length;
    const item = readItem(fieldText.slice(start, end), cache);
    items.push(item.piece);
    values.push(item.piece.value);
    size += item.piece.size;
    const at = fieldStart + start;
    for (const problem of item.problems) problems.push({ ...problem, range: shiftRange(problem.range, at) });
    for (const range of item.broken) broken.push(shiftRange(range, at));
  });
  const own = new Map(head.own);
  const keyRange = head.own.get(listPointer)?.keyRange;
  own.set(listPointer, { keyRange, valueRange: offsetRange(fieldStart + spans.starts[0] + spans.dashColumn, fieldStart + trimmedEnd(fieldText, fieldText.length)) });
  const part: ListItems = { kind: 'list', offset: 0, pointer: listPointer, items, starts: spans.starts.map((start) => fieldStart + start), dashColumn: spans.dashColumn };
  return { values: { [fieldName]: values }, own, list: { part, size }, problems, broken };
}

/** One list item read on its own (`- …` at its dash column, to the next item). */
function readItem(itemText: string, cache: PartCache): ReadPart {
  const cached = cache.get('item', itemText);
  if (cached) return cached;
  // Nested two levels below the top (a module's field's item), as the whole document would nest it.
  const tree = parseYamlTree(itemText, 2);
  const entries = new Map<string, NodeLocation>();
  for (const [pointer, location] of tree.locations) {
    if (pointer === '/0') entries.set('', location);
    else if (pointer.startsWith('/0/')) entries.set(pointer.slice(2), location);
  }
  if (!entries.has('')) entries.set('', { keyRange: undefined, valueRange: offsetRange(0, Math.max(1, trimmedEnd(itemText, itemText.length))) });
  const value = Array.isArray(tree.value) && tree.value.length >= 1 ? tree.value[0] : null;
  const clean = tree.problems.length === 0 && Array.isArray(tree.value) && tree.value.length === 1;
  const part: ReadPart = {
    piece: { length: itemText.length, value, parts: [{ kind: 'own', offset: 0, entries }], size: entries.size },
    problems: tree.problems,
    broken: clean ? [] : [offsetRange(0, Math.max(1, trimmedEnd(itemText, itemText.length)))],
  };
  cache.set('item', itemText, part);
  return part;
}
