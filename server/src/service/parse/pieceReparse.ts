// Re-reading one piece of a segmented YAML record after an edit (incrementalYamlParser.ts): one item of a
// long list, or one module of an API study's section, with the ranges of everything around it moved.
import type { TextChange } from '../text/textChange';
import { isPlainObject, type NodeLocation, type RecordValue } from './parsedRecord';
import {
  relativeSegments,
  unescape,
  valueAtRelative,
  type ModulePiece,
  type OwnLocations,
  type PiecePart,
  type RecordPiece,
} from './recordPiece';
import { parseBlock, parseItem } from './pieceParse';
import { setOwn } from './safeObject';
import type { TopLevelBlock } from './segmentedLocations';

/** Reads one list item's text (parseItem, or by its value: itemByValue.ts); `broken` when it has syntax problems. */
export type ItemReader = (itemText: string, dashColumn: number, depth: number, replaced: RecordPiece) => RecordPiece | 'broken' | undefined;

/**
 * Re-parses the one list item the change lies in, if the block has such a list (`depthOffset`: how deep
 * the block's key is, 1 for a section's module).
 */
export function reparseItem(
  block: TopLevelBlock,
  text: string,
  change: TextChange,
  delta: number,
  depthOffset = 0,
  readItem: ItemReader = parseItem,
): RecordPiece | 'broken' | undefined {
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
    const depth = part.pointer.split('/').length - 1 + depthOffset;
    const item = readItem(itemText, part.dashColumn, depth, part.items[found]);
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

/**
 * Whether every line the change starts inside `[from, to)` keeps the piece's structure: indented
 * at least `minIndent` columns (or blank, or a comment), with no bare `\r` line break. A line
 * that starts further left would belong to an outer node in a full parse.
 */
export function newLinesStayInside(text: string, change: TextChange, from: number, to: number, minIndent: number): boolean {
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
export function replacedAt(value: RecordValue, segments: readonly string[], replacement: RecordValue): RecordValue {
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

/**
 * Re-parses the one module of an API study's section (`resultsSection:`) that the change lies in, or just
 * the list item in it; undefined when the block has no modules part, or the change is on the section's key
 * line, in its last module (whose end is the section's), or reaches beyond the module.
 */
export function reparseModule(
  block: TopLevelBlock,
  text: string,
  change: TextChange,
  delta: number,
  readItem: ItemReader = parseItem,
): { piece: RecordPiece; path: 'item' | 'module' } | 'broken' | undefined {
  const parts = block.piece.parts;
  const partIndex = parts.findIndex((part) => part.kind === 'modules');
  const part = parts[partIndex];
  if (part?.kind !== 'modules') return undefined;
  const startOf = (index: number) => block.start + part.offset + part.modules[index].start;
  let index = part.modules.length - 2;
  while (index >= 0 && startOf(index) > change.start) index--;
  if (index < 0) return undefined;
  const module = part.modules[index];
  const moduleStart = startOf(index);
  const moduleEnd = startOf(index + 1);
  if (change.start >= moduleEnd || change.oldEnd > moduleEnd) return undefined;
  const newEnd = moduleEnd + delta;
  // The next module's key must still start a line, and every new line stay inside this module.
  if (text.charCodeAt(newEnd - 1) !== 10 || !newLinesStayInside(text, change, moduleStart, newEnd, part.keyColumn + 1)) return undefined;

  const moduleBlock: TopLevelBlock = { segment: module.segment, start: moduleStart, piece: module.piece };
  let piece: RecordPiece;
  let path: 'item' | 'module';
  const item = reparseItem(moduleBlock, text, change, delta, 1, readItem);
  if (item === 'broken') return 'broken';
  if (item) {
    piece = item;
    path = 'item';
  } else {
    // A comment (a `#` line, or after a value that an edit leaves empty) can stretch a module's range over the
    // next key's indentation in a full parse, not in a reading of the module alone: such a module is read with the
    // section. (An item is read alone only when it holds no `#` and is not its list's last.)
    const moduleText = text.slice(moduleStart, newEnd);
    if (moduleText.includes('#')) return undefined;
    const parsed = parseBlock(moduleText, module.segment, part.keyColumn, 1);
    if (!parsed || parsed === 'broken') return parsed;
    piece = parsed.piece;
    path = 'module';
  }
  const modules = part.modules.map((other, otherIndex): ModulePiece => {
    if (otherIndex < index) return other;
    if (otherIndex === index) return { segment: other.segment, start: other.start, piece };
    return { ...other, start: other.start + delta };
  });
  const ancestors = new Set([part.pointer]);
  const nextParts = parts.map((other, otherIndex): PiecePart => {
    if (otherIndex === partIndex) return { ...part, modules };
    if (otherIndex > partIndex) return { ...other, offset: other.offset + delta };
    return other.kind === 'own' ? grownAncestors(other, ancestors, delta) : other;
  });
  return {
    piece: {
      length: block.piece.length + delta,
      value: replacedAt(block.piece.value, [module.segment], piece.value),
      parts: nextParts,
      size: block.piece.size - module.piece.size + piece.size,
    },
    path,
  };
}
