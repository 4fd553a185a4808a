import { sectionModules } from './lazyChildBlocks';
import { escapePointerSegment, isPlainObject, type NodeLocation, type RecordValue } from './parsedRecord';
import { buildPiece, dashColumnOf, shiftLocation, type ModulePiece, type PiecePart, type RecordPiece } from './recordPiece';
import { parseYamlTree, type TreeParseResult } from './yamlRecordParser';

// Reading one piece of a YAML record (a top-level block, a list item) on its own, with the same
// values and locations a parse of the whole text gives it: the incremental parser re-reads the piece
// an edit touched this way, and the lazy locations of a record opened by its value read the piece a
// finding is in.

/**
 * Parses one block's text on its own (a top-level block, or a section's child block whose key sits at
 * `keyColumn`, `depthOffset` levels deep); `broken` when it has syntax problems (then so has the whole
 * text), undefined unless it is clean and still the same key.
 */
export function parseBlock(
  blockText: string,
  segment: string,
  keyColumn = 0,
  depthOffset = 0,
): { piece: RecordPiece; rootEnd: number } | 'broken' | undefined {
  const tree = parseYamlTree(blockText, depthOffset);
  if (tree.usesAnchors || tree.problems.some((problem) => problem.code === 'syntax/too-deep' || problem.code === 'syntax/too-large'))
    return undefined;
  if (tree.problems.length > 0) return 'broken';
  if (!isPlainObject(tree.value)) return undefined;
  const keys = Object.keys(tree.value);
  if (keys.length !== 1 || escapePointerSegment(keys[0]) !== segment) return undefined;
  const pointer = `/${segment}`;
  if (tree.locations.get(pointer)?.keyRange?.start !== keyColumn) return undefined;
  const root = tree.locations.get('');
  if (!root) return undefined;
  const entries: [string, NodeLocation][] = [];
  for (const entry of tree.locations) if (entry[0] !== '') entries.push(entry);
  const value = tree.value[keys[0]];
  const piece =
    buildSectionPiece(blockText, 0, blockText.length, keys[0], value, entries) ?? buildPiece(blockText, pointer, value, entries, 0);
  return { piece, rootEnd: root.valueRange.end };
}

/**
 * Whether an item's text (its `-` line to the next item) may be read on its own. Comments, and blank
 * lines at an item's end, are attributed differently by a full parse (to the item, when another item
 * follows) than by a parse of the item alone: those are left to the text around them. A blank line
 * inside (a paragraph break in a block scalar) reads the same either way.
 */
export function readsAloneAsItem(itemText: string): boolean {
  return !itemText.includes('#') && !/\n[ \t]*\r?$/.test(itemText.slice(0, -1));
}

/**
 * Whether the text opens with directives (`%YAML 1.1`, `%TAG !! …`): they change how every node below them
 * reads, so no piece of such a text is read on its own (a piece read alone would not see them).
 */
export function hasDirectives(text: string): boolean {
  return text.charCodeAt(0) === 37 /* % */ || /\n%/.test(text);
}

/** Parses one list item's text (its `-` line to the next item) on its own; `broken` when it has syntax problems. */
export function parseItem(itemText: string, dashColumn: number, depth: number): RecordPiece | 'broken' | undefined {
  if (!readsAloneAsItem(itemText)) return undefined;
  const tree = parseYamlTree(itemText, depth);
  if (tree.usesAnchors) return undefined;
  if (tree.problems.length > 0) return 'broken';
  if (!Array.isArray(tree.value) || tree.value.length !== 1) return undefined;
  const entries = itemEntries(tree, itemText, dashColumn);
  if (!entries) return undefined;
  return { length: itemText.length, value: tree.value[0], parts: [{ kind: 'own', offset: 0, entries }], size: entries.size };
}

/** The locations of a one-item list's item, relative to it; undefined when its `-` is not at `dashColumn`. */
export function itemEntries(tree: TreeParseResult, itemText: string, dashColumn: number): Map<string, NodeLocation> | undefined {
  const location = tree.locations.get('/0');
  if (!location || dashColumnOf(itemText, location.valueRange.start, 0) !== dashColumn) return undefined;
  const entries = new Map<string, NodeLocation>();
  for (const [pointer, itemLocation] of tree.locations) {
    if (pointer === '/0') entries.set('', itemLocation);
    else if (pointer.startsWith('/0/')) entries.set(pointer.slice(2), itemLocation);
  }
  return entries;
}

/**
 * The piece of an API study's section (`resultsSection:` …) with each module a piece of its own, built
 * from a full parse's locations (absolute offsets, document order); undefined when the section does not
 * split into modules (lazyChildBlocks.ts), and then it is one block as any other.
 */
export function buildSectionPiece(
  text: string,
  start: number,
  end: number,
  key: string,
  value: RecordValue,
  entries: readonly [string, NodeLocation][],
): RecordPiece | undefined {
  const found = sectionModules(text, start, end, key, value);
  if (!found || !isPlainObject(value)) return undefined;
  const sectionPointer = `/${escapePointerSegment(key)}`;
  const [own, ...inside] = entries;
  if (own?.[0] !== sectionPointer) return undefined;
  const modules: ModulePiece[] = [];
  let next = 0;
  for (const [index, { key: moduleKey, start: moduleStart }] of found.starts.entries()) {
    const moduleEnd = index + 1 < found.starts.length ? found.starts[index + 1].start : end;
    const segment = escapePointerSegment(moduleKey);
    const prefix = `${sectionPointer}/${segment}`;
    const moduleEntries: [string, NodeLocation][] = [];
    while (next < inside.length && (inside[next][0] === prefix || inside[next][0].startsWith(`${prefix}/`))) {
      moduleEntries.push([inside[next][0].slice(sectionPointer.length), inside[next][1]]);
      next++;
    }
    if (moduleEntries.length === 0) return undefined;
    const piece = buildPiece(text.slice(moduleStart, moduleEnd), `/${segment}`, value[moduleKey], moduleEntries, moduleStart);
    modules.push({ segment, start: moduleStart - start, piece });
  }
  // Every location below the section belongs to one of its modules, in their order.
  if (next !== inside.length) return undefined;
  const parts: PiecePart[] = [
    { kind: 'own', offset: 0, entries: new Map([[sectionPointer, shiftLocation(own[1], -start)]]) },
    { kind: 'modules', offset: 0, pointer: sectionPointer, keyColumn: found.keyColumn, modules },
  ];
  return { length: end - start, value, parts, size: 1 + modules.reduce((sum, module) => sum + module.piece.size, 0) };
}
