// A large top-level block (a module) that does not parse, read field by field, and a field holding a
// long block list item by item (tolerantYaml.ts), so that one broken list item is all that is lost.
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import type { PartCache, ReadPart } from './partCache';
import { linesOf, startsPart, trimmedEnd, type Line } from './partLines';
import { escapePointerSegment, isPlainObject, type NodeLocation, type RecordValue, type SyntaxProblem } from './parsedRecord';
import {
  MIN_SPLIT_LIST_ITEMS,
  shiftLocation,
  shiftRange,
  type ListItems,
  type OwnLocations,
  type PiecePart,
  type RecordPiece,
} from './recordPiece';
import { setOwn } from './safeObject';
import { parseYamlTree } from './yamlRecordParser';

/**
 * A large block that does not parse, read field by field: every line indented like the block's first
 * field starts a field part; a field holding a long block list is read item by item. Undefined when the
 * block's value is not a mapping of fields.
 */
export function readBlockByFields(blockText: string, key: string, segment: string, cache: PartCache): ReadPart | undefined {
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
    if (line.indent >= 0 && line.indent <= fieldIndent && startsPart(blockText.slice(line.start + line.indent, line.end)))
      fieldFirstLines.push(index);
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
function readField(
  header: string,
  fieldText: string,
  fieldStart: number,
  key: string,
  segment: string,
  layout: { indent: number; lines: readonly Line[] } | undefined,
  cache: PartCache,
): FieldReading {
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
      piece: {
        length: combined.length,
        value: isPlainObject(moduleValue) ? moduleValue : {},
        parts: [{ kind: 'own', offset: 0, entries }],
        size: entries.size,
      },
      problems: tree.problems,
      broken:
        tree.problems.length > 0 ? [offsetRange(header.length, header.length + Math.max(1, trimmedEnd(fieldText, fieldText.length)))] : [],
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
    problems: part.problems.map((problem) => ({
      ...problem,
      range: problem.range.start >= header.length ? shiftRange(problem.range, shift) : offsetRange(fieldStart, fieldStart + 1),
    })),
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
  if (
    firstLineEnd <= 0 ||
    !new RegExp(`^ {${fieldIndent}}[^\\s#-][^\\n]*?:[ \\t]*(?:#[^\\n]*)?\\r?\\n`).test(fieldText.slice(0, firstLineEnd))
  )
    return undefined;
  // The field's lines after its key line, with starts relative to the field.
  const lines = blockLines.slice(1);
  const firstItem = lines.find((line) => line.indent >= 0);
  const isDash = (line: Line, column: number): boolean => {
    const at = line.start + column;
    return (
      fieldText.charCodeAt(at - fieldStart) === 45 /* - */ &&
      /^(?: |\r?\n|$)/.test(fieldText.slice(at - fieldStart + 1, at - fieldStart + 3))
    );
  };
  if (!firstItem || firstItem.indent < fieldIndent || !isDash(firstItem, firstItem.indent)) return undefined;
  const dashColumn = firstItem.indent;
  const starts: number[] = [];
  for (const line of lines) if (line.indent === dashColumn && isDash(line, dashColumn)) starts.push(line.start - fieldStart);
  if (starts.length < MIN_SPLIT_LIST_ITEMS) return undefined;
  return { headEnd: firstItem.start - fieldStart, dashColumn, starts };
}

function readListField(
  header: string,
  fieldText: string,
  fieldStart: number,
  key: string,
  segment: string,
  spans: ItemSpans,
  cache: PartCache,
): FieldReading {
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
  own.set(listPointer, {
    keyRange,
    valueRange: offsetRange(fieldStart + spans.starts[0] + spans.dashColumn, fieldStart + trimmedEnd(fieldText, fieldText.length)),
  });
  const part: ListItems = {
    kind: 'list',
    offset: 0,
    pointer: listPointer,
    items,
    starts: spans.starts.map((start) => fieldStart + start),
    dashColumn: spans.dashColumn,
  };
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
  if (!entries.has(''))
    entries.set('', { keyRange: undefined, valueRange: offsetRange(0, Math.max(1, trimmedEnd(itemText, itemText.length))) });
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
