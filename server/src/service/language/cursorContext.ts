import { createScanner, getLocation, SyntaxKind, type Node as JsonNode } from 'jsonc-parser';
import { joinPointer, lastSegment, parentPointer, splitPointer, valueAt, type ParsedRecord, type RecordFormat } from '../parse/parsedRecord';
import { wasRefusedAsTooLarge } from '../parse/parseGuards';
import { offsetRange, type OffsetRange } from '../text/offsetRange';

/**
 * Where the cursor is, in terms of the record's structure. Completion and hover start here.
 * Pointers are document pointers (they include `/protocolSection` for a whole API study object).
 */
export type CursorContext = KeyPosition | ValuePosition | ItemPosition | NoPosition;

/** The cursor is where a property name goes (or is being typed). */
export interface KeyPosition {
  readonly kind: 'key';
  readonly format: RecordFormat;
  /** The object that will hold the key. */
  readonly objectPointer: string;
  /** What has been typed of the key before the cursor (without quotes). */
  readonly partial: string;
  /** The text a chosen key replaces: the word being typed, or the whole key being edited. */
  readonly replaceRange: OffsetRange;
  /** The key on this line already has its `:` — insert the name only. */
  readonly hasSeparator: boolean;
  /** The key being edited, if the cursor is on an existing key (it is not "already present"). */
  readonly editedKey?: string;
  /** YAML: column of the key; nested content goes two columns deeper. */
  readonly column: number;
  /** JSON: the range starts with a `"` (filter text must start with one too). */
  readonly quoted: boolean;
  /** JSON: another property follows, so an inserted property needs a trailing comma. */
  readonly needsComma: boolean;
}

/** The cursor is where a scalar value goes: after `key: `, or a `- ` item of a list of scalars. */
export interface ValuePosition {
  readonly kind: 'value';
  readonly format: RecordFormat;
  /** The value's own pointer: a property (`/statusModule/overallStatus`) or an array item (`/designModule/phases/1`). */
  readonly valuePointer: string;
  readonly partial: string;
  readonly replaceRange: OffsetRange;
  /**
   * YAML: the value is inside quotes (the range covers the quoted text only).
   * JSON: the range starts with a `"` (a string is being typed or replaced).
   */
  readonly quoted: boolean;
  /**
   * The inserted value needs a blank before it: YAML, the cursor sits right after `key:`; JSON, the
   * range starts at the cursor before the blanks in front of the value it replaces.
   */
  readonly needsLeadingSpace: boolean;
}

/**
 * YAML: the cursor is right after `- ` in a list item: a key of a new object item, or a scalar
 * item value. The text cannot tell which; the schema of the list's items decides.
 */
export interface ItemPosition {
  readonly kind: 'item';
  readonly format: RecordFormat;
  /** The item's own pointer (`/armsInterventionsModule/armGroups/2`). */
  readonly itemPointer: string;
  readonly partial: string;
  readonly replaceRange: OffsetRange;
  readonly quoted: boolean;
  /** Column of the item's content; an object item's keys align here. */
  readonly column: number;
}

/** Comment, block scalar, continuation of a plain scalar, or a place the text cannot explain. */
export interface NoPosition {
  readonly kind: 'none';
}

const NONE: NoPosition = { kind: 'none' };

/** Determines the cursor context. Never throws; anything it cannot explain is `none`. */
export function cursorContext(text: string, parsed: ParsedRecord, offset: number): CursorContext {
  // A file refused as too large has nothing to complete or explain, and scanning its lines would take seconds.
  if (offset < 0 || offset > text.length || wasRefusedAsTooLarge(parsed)) return NONE;
  try {
    return parsed.format === 'json' ? jsonContext(text, offset) : new YamlStructure(text, parsed).contextAt(offset);
  } catch {
    // A context is a convenience; a bug here must not take completion or hover down with it.
    return NONE;
  }
}

// ---------------------------------------------------------------------------------------------
// Location index: offset -> pointer maps over the last parse, built once per parse.

export interface LocationIndex {
  /** Offset of a key's first character -> the pointer of that property. */
  readonly keyStarts: ReadonlyMap<number, string>;
  /** Offset where a value starts -> the deepest pointer whose value starts there. */
  readonly valueStarts: ReadonlyMap<number, string>;
}

const locationIndexes = new WeakMap<ParsedRecord, LocationIndex>();

/** The offset maps of a parse (built on first use, linear in the number of locations, then cached). */
export function locationIndex(parsed: ParsedRecord): LocationIndex {
  let index = locationIndexes.get(parsed);
  if (!index) {
    const keyStarts = new Map<number, string>();
    const valueStarts = new Map<number, string>();
    // Map order is parse order (parents before children), so a later set keeps the deepest node.
    for (const [pointer, location] of parsed.locations) {
      if (location.keyRange) keyStarts.set(location.keyRange.start, pointer);
      if (location.valueRange.end > location.valueRange.start) valueStarts.set(location.valueRange.start, pointer);
    }
    index = { keyStarts, valueStarts };
    locationIndexes.set(parsed, index);
  }
  return index;
}

const multilineTextCache = new WeakMap<ParsedRecord, OffsetRange[]>();

/** The ranges of the parse's string values that span more than one line (built once per parse). */
function multilineTexts(parsed: ParsedRecord, text: string): OffsetRange[] {
  let ranges = multilineTextCache.get(parsed);
  if (!ranges) {
    ranges = [];
    for (const [pointer, location] of parsed.locations) {
      const range = location.valueRange;
      if (text.indexOf('\n', range.start) < range.end && typeof valueAt(parsed.value, pointer) === 'string') ranges.push(range);
    }
    multilineTextCache.set(parsed, ranges);
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------------
// YAML: the shape of one line, read without the parser (the line being typed is often broken).

interface YamlKey {
  readonly name: string;
  /** Columns of the key token (quotes included) and of its `:`. */
  readonly start: number;
  readonly end: number;
  readonly colon: number;
}

/** One line of YAML, read for its block structure. Columns are offsets from the line start. */
export interface YamlLine {
  readonly start: number;
  readonly text: string;
  readonly blank: boolean;
  /** Columns of the `- ` sequence markers, outermost first. */
  readonly dashes: readonly number[];
  /** Column where the content after indentation and markers starts (`text.length` if none). */
  readonly contentColumn: number;
  readonly key?: YamlKey;
  /** The inline scalar text: after `key:`, or the whole content when there is no key. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Column of the `#` that starts a comment, or -1. */
  readonly commentStart: number;
}

type ElementKind = 'dash' | 'key' | 'scalar';

interface Element {
  readonly column: number;
  readonly kind: ElementKind;
}

const BLOCK_SCALAR_HEADER = /^(?:[&!]\S*\s+)*[|>][0-9+-]*$/;
const NODE_PROPERTIES_ONLY = /^(?:[&!]\S*\s*)*$/;
const KEY_LIKE = /^[A-Za-z_$][\w$.-]*$/;

export function readYamlLine(text: string, start: number): YamlLine {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const lineText = text.slice(start, end).replace(/\r$/, '');
  return readYamlLineText(lineText, start);
}

function readYamlLineText(lineText: string, start: number): YamlLine {
  const length = lineText.length;
  let column = 0;
  while (column < length && lineText[column] === ' ') column++;
  const dashes: number[] = [];
  while (lineText[column] === '-' && (column + 1 === length || lineText[column + 1] === ' ' || lineText[column + 1] === '\t')) {
    dashes.push(column);
    column++;
    while (column < length && (lineText[column] === ' ' || lineText[column] === '\t')) column++;
  }
  const contentColumn = column;
  const base = { start, text: lineText, dashes, contentColumn };
  if (lineText.trim() === '') {
    return { ...base, blank: true, valueStart: length, valueEnd: length, commentStart: -1 };
  }
  if (lineText[column] === '#') {
    return { ...base, blank: false, valueStart: column, valueEnd: column, commentStart: column };
  }
  const key = readKey(lineText, column);
  let valueStart = column;
  if (key) {
    valueStart = key.colon + 1;
    while (valueStart < length && (lineText[valueStart] === ' ' || lineText[valueStart] === '\t')) valueStart++;
  }
  const commentStart = findCommentStart(lineText, valueStart);
  let valueEnd = commentStart >= 0 ? commentStart : length;
  while (valueEnd > valueStart && (lineText[valueEnd - 1] === ' ' || lineText[valueEnd - 1] === '\t')) valueEnd--;
  return { ...base, blank: false, key, valueStart, valueEnd, commentStart };
}

function readKey(line: string, from: number): YamlKey | undefined {
  const first = line[from];
  if (first === '"' || first === "'") {
    const close = closingQuote(line, from);
    if (close < 0) return undefined;
    let colon = close + 1;
    while (line[colon] === ' ') colon++;
    if (line[colon] !== ':' || !endsToken(line, colon + 1)) return undefined;
    const inner = line.slice(from + 1, close);
    const name = first === "'" ? inner.replace(/''/g, "'") : safeJsonString(inner);
    return { name, start: from, end: close + 1, colon };
  }
  if ('[{|>&*!%@`'.includes(first)) return undefined;
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (ch === '#' && i > from && (line[i - 1] === ' ' || line[i - 1] === '\t')) return undefined;
    if (ch === ':' && endsToken(line, i + 1)) {
      const name = line.slice(from, i).trimEnd();
      if (name === '') return undefined;
      return { name, start: from, end: from + name.length, colon: i };
    }
  }
  return undefined;
}

function endsToken(line: string, index: number): boolean {
  return index >= line.length || line[index] === ' ' || line[index] === '\t';
}

/** Index of the quote closing the quoted scalar that opens at `from`, or -1. */
function closingQuote(line: string, from: number): number {
  const quote = line[from];
  for (let i = from + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') {
      i++;
    } else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function safeJsonString(inner: string): string {
  try {
    const value: unknown = JSON.parse(`"${inner}"`);
    return typeof value === 'string' ? value : inner;
  } catch {
    return inner;
  }
}

/** A `#` starts a comment at the line start or after whitespace, outside a quoted scalar. */
function findCommentStart(line: string, from: number): number {
  let i = from;
  if (line[i] === '"' || line[i] === "'") {
    const close = closingQuote(line, i);
    if (close < 0) return -1;
    i = close + 1;
  }
  for (; i < line.length; i++) {
    if (line[i] === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
  }
  return -1;
}

function elementsOf(line: YamlLine): Element[] {
  const elements: Element[] = line.dashes.map((column) => ({ column, kind: 'dash' }));
  if (line.key) elements.push({ column: line.key.start, kind: 'key' });
  else if (line.valueEnd > line.valueStart) elements.push({ column: line.contentColumn, kind: 'scalar' });
  return elements;
}

/** `key:` with nothing (or only an anchor/tag) after it: the value is on the following lines. */
function hasEmptyInlineValue(line: YamlLine): boolean {
  return NODE_PROPERTIES_ONLY.test(line.text.slice(line.valueStart, line.valueEnd));
}

function isBlockScalarHeader(line: YamlLine): boolean {
  return BLOCK_SCALAR_HEADER.test(line.text.slice(line.valueStart, line.valueEnd));
}

function isCommentOnly(line: YamlLine): boolean {
  return !line.blank && line.commentStart === line.contentColumn && line.dashes.length === 0;
}

/** What an element on a line sits in: the pointer of its container, and (for dashes) how many items precede it. */
interface Container {
  readonly pointer: string;
  readonly itemsBefore: number;
}

/**
 * Reads YAML block structure from indentation, walking up from the cursor line. Pointers of
 * parent keys and items come from the parse's locations when the parse has them (one map
 * lookup), and from the text above when it does not (the line being typed broke the parse).
 */
class YamlStructure {
  private readonly index: LocationIndex;

  constructor(private readonly text: string, private readonly parsed: ParsedRecord) {
    this.index = locationIndex(parsed);
  }

  contextAt(offset: number): CursorContext {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    const line = readYamlLine(this.text, lineStart);
    const column = offset - line.start;
    if (column > line.text.length) return NONE; // between \r and \n
    if (line.commentStart >= 0 && column > line.commentStart) return NONE;

    if (line.blank) {
      if (this.insideTextBlock(line)) return NONE;
      // Lines below that are indented deeper belong to the block this blank line sits in; a key
      // at a smaller column would cut that block in two (its remaining lines would change owner).
      if (this.nextContentIndent(line) > column) return NONE;
      const container = this.containerOf(line, column, 'blank');
      if (!container) return NONE;
      return this.keyPosition(container.pointer, '', offsetRange(offset, offset), false, column);
    }
    if (column < line.contentColumn) return NONE;
    if (line.text[column - 1] === '-' && line.dashes.includes(column - 1)) return NONE; // `-|`: no space yet

    const contentContainer = line.dashes.length > 0 ? this.itemPointer(line, line.dashes.length - 1) : undefined;
    const containerPointer = (): string | undefined =>
      line.dashes.length > 0 ? contentContainer : this.containerOf(line, line.contentColumn, 'key')?.pointer;

    const key = line.key;
    if (key) {
      if (column <= key.end) {
        const pointer = containerPointer();
        if (pointer === undefined) return NONE;
        const quoted = line.text[key.start] === '"' || line.text[key.start] === "'";
        const range = quoted ? offsetRange(line.start + key.start + 1, line.start + key.end - 1) : offsetRange(line.start + key.start, line.start + key.end);
        if (offset < range.start || offset > range.end) return NONE;
        return this.keyPosition(pointer, this.text.slice(range.start, offset), range, true, key.start, key.name);
      }
      if (column <= key.colon) return NONE;
      const pointer = containerPointer();
      if (pointer === undefined) return NONE;
      const valuePointer = joinPointer(pointer, key.name);
      const scalar = this.scalarRange(line, offset);
      if (!scalar) return NONE;
      return {
        kind: 'value',
        format: 'yaml',
        valuePointer,
        partial: this.text.slice(scalar.range.start, offset),
        replaceRange: scalar.range,
        quoted: scalar.quoted,
        needsLeadingSpace: line.valueStart === line.valueEnd && line.text[column - 1] === ':',
      };
    }

    if (line.dashes.length > 0) {
      if (contentContainer === undefined) return NONE;
      const scalar = this.scalarRange(line, offset);
      if (!scalar) return NONE;
      return {
        kind: 'item',
        format: 'yaml',
        itemPointer: contentContainer,
        partial: this.text.slice(scalar.range.start, offset),
        replaceRange: scalar.range,
        quoted: scalar.quoted,
        column: line.contentColumn,
      };
    }

    // A word without `:`: a key being typed, unless the line continues a scalar above.
    const word = line.text.slice(line.contentColumn, line.valueEnd);
    if (column > line.valueEnd || !KEY_LIKE.test(word)) return NONE;
    const pointer = containerPointer();
    if (pointer === undefined) return NONE;
    const range = offsetRange(line.start + line.contentColumn, line.start + line.valueEnd);
    return this.keyPosition(pointer, this.text.slice(range.start, offset), range, false, line.contentColumn);
  }

  /**
   * Whether a blank line is one of the blank lines of a text that goes on below it (a paragraph
   * break in `eligibilityCriteria: |`): the parse says so, and no key belongs there.
   */
  private insideTextBlock(line: YamlLine): boolean {
    const lineEnd = this.text.indexOf('\n', line.start);
    if (lineEnd < 0) return false;
    return multilineTexts(this.parsed, this.text).some((range) => range.start < line.start && range.end > lineEnd && /\S/.test(this.text.slice(lineEnd, range.end)));
  }

  /** The indentation of the next line below `line` with content (not blank, not only a comment); -1 if none. */
  private nextContentIndent(line: YamlLine): number {
    let start = this.text.indexOf('\n', line.start) + 1;
    while (start > 0 && start < this.text.length) {
      const below = readYamlLine(this.text, start);
      if (!below.blank && !isCommentOnly(below)) return below.contentColumn;
      start = this.text.indexOf('\n', start) + 1;
    }
    return -1;
  }

  private keyPosition(objectPointer: string, partial: string, replaceRange: OffsetRange, hasSeparator: boolean, column: number, editedKey?: string): KeyPosition {
    return { kind: 'key', format: 'yaml', objectPointer, partial, replaceRange, hasSeparator, editedKey, column, quoted: false, needsComma: false };
  }

  /** The inline scalar around the cursor (inside the quotes if quoted); undefined for block/flow values. */
  private scalarRange(line: YamlLine, offset: number): { range: OffsetRange; quoted: boolean } | undefined {
    const column = offset - line.start;
    const { valueStart, valueEnd } = line;
    if (valueStart === valueEnd) return { range: offsetRange(offset, offset), quoted: false };
    if (column < valueStart) return undefined;
    const first = line.text[valueStart];
    if (first === '"' || first === "'") {
      if (column === valueStart) return undefined;
      const close = closingQuote(line.text, valueStart);
      const innerEnd = close < 0 ? valueEnd : close;
      if (column > innerEnd) return undefined;
      return { range: offsetRange(line.start + valueStart + 1, line.start + innerEnd), quoted: true };
    }
    if ('[{|>&*!'.includes(first)) return undefined;
    return { range: offsetRange(line.start + valueStart, line.start + Math.max(valueEnd, column)), quoted: false };
  }

  /**
   * The line above `line`, read in full only when something on it could sit at or left of
   * `column`: deeper lines (most of a large list) are skipped by their indentation alone.
   */
  private previousLine(line: YamlLine, column: number): YamlLine | undefined {
    let end = line.start - 1; // the \n ending the previous line
    while (end >= 0) {
      const start = this.text.lastIndexOf('\n', end - 1) + 1;
      let indent = start;
      while (this.text.charCodeAt(indent) === 32) indent++;
      const next = this.text.charCodeAt(indent);
      const blank = indent >= end || next === 10 || next === 13;
      if (!blank && indent - start <= column) return readYamlLine(this.text, start);
      end = start - 1;
    }
    return undefined;
  }

  /**
   * The container of an element at `column` on `line`: walks up to the nearest line with
   * something at a smaller column (indentation decides the parent). `blank` is the cursor on an
   * empty line: there, a `key: value` line above at a smaller column counts as a sibling, not as
   * a scalar being continued. Undefined when the element is inside a scalar (block or plain).
   */
  private containerOf(line: YamlLine, column: number, element: 'key' | 'dash' | 'blank'): Container | undefined {
    let itemsBefore = 0;
    for (let above = this.previousLine(line, column); above; above = this.previousLine(above, column)) {
      if (above.blank || isCommentOnly(above)) continue;
      const elements = elementsOf(above);
      const first = elements[0];
      if (!first || first.column > column) continue;
      if (first.column === column) {
        if (element === 'dash' && first.kind === 'dash') {
          // A previous item the parse knows tells the list and its index: no need to count further.
          const known = this.knownItem(above, 0);
          if (known !== undefined) return { pointer: parentPointer(known), itemsBefore: Number(lastSegment(known)) + 1 + itemsBefore };
          itemsBefore++;
        } else if (element === 'dash' && first.kind === 'key' && hasEmptyInlineValue(above)) {
          // `phases:` followed by `- PHASE1` at the same indentation: the list is the key's value.
          const pointer = this.keyPointer(above, 0);
          return pointer === undefined ? undefined : { pointer, itemsBefore };
        } else if (element !== 'dash' && first.kind === 'key') {
          // A sibling key the parse knows: its parent is ours.
          const known = this.knownKey(above);
          if (known !== undefined) return { pointer: parentPointer(known), itemsBefore: 0 };
        }
        continue;
      }
      let parentIndex = elements.length - 1;
      while (elements[parentIndex].column >= column) parentIndex--;
      const parent = elements[parentIndex];
      if (parent.kind === 'dash') {
        if (elements[parentIndex + 1]?.kind === 'scalar') return undefined; // more lines of a scalar item
        const pointer = this.itemPointer(above, parentIndex);
        return pointer === undefined ? undefined : { pointer, itemsBefore };
      }
      if (parent.kind === 'key' && isBlockScalarHeader(above)) return undefined;
      if (parent.kind === 'key' && hasEmptyInlineValue(above)) {
        const pointer = this.keyPointer(above, parentIndex);
        return pointer === undefined ? undefined : { pointer, itemsBefore };
      }
      // `key: value` or a bare scalar at a smaller column: text here continues that scalar, but
      // an empty line is more likely the next key of the same mapping.
      if (element !== 'blank') return undefined;
      const sibling = this.containerOfElement(above, elements, parentIndex);
      return sibling ? { pointer: sibling.pointer, itemsBefore: 0 } : undefined;
    }
    return { pointer: '', itemsBefore };
  }

  /** The pointer of the key on `line`, if the parse has it at this very offset. */
  private knownKey(line: YamlLine): string | undefined {
    const key = line.key;
    if (!key) return undefined;
    const known = this.index.keyStarts.get(line.start + key.start);
    // The name check guards against a parse of other text (offsets that no longer match).
    return known !== undefined && lastSegment(known) === key.name ? known : undefined;
  }

  /** The pointer of the item opened by dash number `dashIndex`, if the parse has its content. */
  private knownItem(line: YamlLine, dashIndex: number): string | undefined {
    const content = elementsOf(line)[dashIndex + 1];
    if (!content) return undefined;
    // The deepest node starting at the content is the item itself: for `- key: v` the item's
    // mapping (the key's own value starts later), for `- - x` the inner list.
    const known = this.index.valueStarts.get(line.start + content.column);
    return known !== undefined && /\/\d+$/.test(known) ? known : undefined;
  }

  private containerOfElement(line: YamlLine, elements: readonly Element[], elementIndex: number): Container | undefined {
    if (elementIndex > 0) {
      const pointer = this.itemPointer(line, elementIndex - 1);
      return pointer === undefined ? undefined : { pointer, itemsBefore: 0 };
    }
    const element = elements[elementIndex];
    return this.containerOf(line, element.column, element.kind === 'dash' ? 'dash' : 'key');
  }

  /** Pointer of the value of the key on `line` (the key is element `elementIndex`). */
  private keyPointer(line: YamlLine, elementIndex: number): string | undefined {
    const key = line.key;
    if (!key) return undefined;
    const known = this.knownKey(line);
    if (known !== undefined) return known;
    const container = this.containerOfElement(line, elementsOf(line), elementIndex);
    return container ? joinPointer(container.pointer, key.name) : undefined;
  }

  /** Pointer of the sequence item opened by dash number `dashIndex` on `line`. */
  private itemPointer(line: YamlLine, dashIndex: number): string | undefined {
    if (dashIndex > 0) {
      const outer = this.itemPointer(line, dashIndex - 1);
      return outer === undefined ? undefined : joinPointer(outer, 0);
    }
    const known = this.knownItem(line, 0);
    if (known !== undefined) return known;
    const container = this.containerOf(line, line.dashes[0], 'dash');
    return container ? joinPointer(container.pointer, container.itemsBefore) : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON

function jsonContext(text: string, offset: number): CursorContext {
  const token = tokenAt(text, offset);
  if (token === 'comment') return NONE;
  const location = getLocation(text, offset);
  const path = location.path;
  if (path.length === 0) return NONE;
  const node = location.previousNode;
  const containerPath = path.slice(0, -1);
  const containerPointer = containerPath.reduce<string>((pointer, segment) => joinPointer(pointer, segment), '');

  if (location.isAtPropertyKey) {
    let range: OffsetRange;
    let quoted = false;
    let editedKey: string | undefined;
    if (node && isStringAt(text, node.offset)) {
      range = stringRange(text, node);
      if (offset > range.end || (offset === range.end && isClosedString(text, node))) return NONE;
      quoted = true;
      editedKey = typeof node.value === 'string' ? node.value : undefined;
    } else {
      range = wordRange(text, offset);
    }
    const hasSeparator = nextSignificantChar(text, range.end) === ':';
    const needsComma = !hasSeparator && nextSignificantChar(text, range.end) === '"';
    const partial = text.slice(range.start + (quoted ? 1 : 0), offset);
    return { kind: 'key', format: 'json', objectPointer: containerPointer, partial, replaceRange: range, hasSeparator, editedKey, column: 0, quoted, needsComma };
  }

  const valuePointer = path.reduce<string>((pointer, segment) => joinPointer(pointer, segment), '');
  let range: OffsetRange;
  let quoted = false;
  if (node && (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null')) {
    if (node.type === 'string') {
      range = stringRange(text, node);
      if (offset > range.end || (offset === range.end && isClosedString(text, node))) return NONE;
      quoted = true;
    } else {
      range = offsetRange(node.offset, node.offset + node.length);
      // getLocation reports the value before the cursor even when the cursor is past it.
      if (offset < range.start || offset > range.end) return NONE;
    }
  } else if (node) {
    return NONE;
  } else {
    range = wordRange(text, offset);
    if (range.start === range.end) {
      // `"type":| "ESTIMATED"`: the cursor is before a value, not in it. Inserting there would
      // leave two values; replace the one that follows instead, keeping a blank before it.
      const following = jsonValueAfter(text, offset);
      if (following === 'container') return NONE;
      if (following) {
        return { kind: 'value', format: 'json', valuePointer, partial: '', replaceRange: offsetRange(offset, following.end), quoted: false, needsLeadingSpace: following.start > offset };
      }
    }
  }
  return { kind: 'value', format: 'json', valuePointer, partial: text.slice(range.start, offset), replaceRange: range, quoted, needsLeadingSpace: false };
}

/**
 * The JSON value that follows `offset` on the same line, past blanks: a scalar's range, or
 * `container` for an object or array; undefined when none follows (a comma, a brace, the line end).
 */
function jsonValueAfter(text: string, offset: number): OffsetRange | 'container' | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  let kind = scanner.scan();
  while (kind === SyntaxKind.Trivia) kind = scanner.scan();
  switch (kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.TrueKeyword:
    case SyntaxKind.FalseKeyword:
    case SyntaxKind.NullKeyword: {
      const start = scanner.getTokenOffset();
      // An unclosed string runs to the line end; keep the range on the cursor's line.
      return stringRangeOnLine(text, start, start + scanner.getTokenLength());
    }
    case SyntaxKind.OpenBraceToken:
    case SyntaxKind.OpenBracketToken:
      return 'container';
    default:
      return undefined;
  }
}

function stringRangeOnLine(text: string, start: number, end: number): OffsetRange {
  const lineBreak = text.slice(start, end).search(/[\r\n]/);
  return offsetRange(start, lineBreak >= 0 ? start + lineBreak : end);
}

/** Whether the offset is inside a comment (a token scan from the start: linear, like getLocation). */
function tokenAt(text: string, offset: number): 'comment' | 'other' {
  const before = text.slice(0, offset);
  if (!before.includes('//') && !before.includes('/*')) return 'other'; // most records have no comments
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    if (start >= offset) break;
    const end = start + scanner.getTokenLength();
    // A line comment runs to the line end, so its end is inside it; a block comment's is not.
    if (kind === SyntaxKind.LineCommentTrivia && offset <= end) return 'comment';
    if (kind === SyntaxKind.BlockCommentTrivia && offset < end) return 'comment';
  }
  return 'other';
}

function isStringAt(text: string, offset: number): boolean {
  return text[offset] === '"';
}

/** A string node's range, kept on its line (an unclosed string runs to the end of the line). */
function stringRange(text: string, node: JsonNode): OffsetRange {
  let end = node.offset + node.length;
  const lineBreak = text.slice(node.offset, end).search(/[\r\n]/);
  if (lineBreak >= 0) end = node.offset + lineBreak;
  return offsetRange(node.offset, end);
}

function isClosedString(text: string, node: JsonNode): boolean {
  const end = node.offset + node.length;
  return node.length >= 2 && text[end - 1] === '"' && text[end - 2] !== '\\';
}

/** The run of word characters around the offset (an unquoted word being typed). */
function wordRange(text: string, offset: number): OffsetRange {
  let start = offset;
  while (start > 0 && /[\w$-]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && /[\w$-]/.test(text[end])) end++;
  return offsetRange(start, end);
}

/** The next character that is not whitespace or a comment (`"` for a string), or undefined at the end. */
function nextSignificantChar(text: string, from: number): string | undefined {
  const scanner = createScanner(text, true);
  scanner.setPosition(from);
  const kind = scanner.scan();
  if (kind === SyntaxKind.EOF) return undefined;
  return kind === SyntaxKind.StringLiteral ? '"' : text[scanner.getTokenOffset()];
}

// ---------------------------------------------------------------------------------------------

/**
 * Path segments inside the protocol section for a document pointer (what `RecordSchema.nodeAt`
 * takes), or undefined when the pointer lies outside it (e.g. `derivedSection` of a whole study).
 */
export function recordSegments(parsed: ParsedRecord, pointer: string): string[] | undefined {
  const base = parsed.recordPointer;
  if (pointer !== base && !pointer.startsWith(`${base}/`)) return undefined;
  return splitPointer(pointer.slice(base.length));
}
