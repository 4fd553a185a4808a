import { escapePointerSegment, isPlainObject, type NodeLocation } from './parsedRecord';
import { buildPiece, dashColumnOf, type RecordPiece } from './recordPiece';
import { parseYamlTree } from './yamlRecordParser';

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
  return { piece: buildPiece(blockText, pointer, tree.value[keys[0]], entries, 0), rootEnd: root.valueRange.end };
}

/** Parses one list item's text (its `-` line to the next item) on its own; `broken` when it has syntax problems. */
export function parseItem(itemText: string, dashColumn: number, depth: number): RecordPiece | 'broken' | undefined {
  // Comments and blank lines inside an item are attributed differently by a full parse (to the
  // item, when another item follows) than by a parse of the item alone: leave those to the block.
  if (itemText.includes('#') || /\n[ \t]*(?:\r?\n|\r?$)/.test(itemText.slice(0, -1))) return undefined;
  const tree = parseYamlTree(itemText, depth);
  if (tree.usesAnchors) return undefined;
  if (tree.problems.length > 0) return 'broken';
  if (!Array.isArray(tree.value) || tree.value.length !== 1) return undefined;
  const location = tree.locations.get('/0');
  if (!location || dashColumnOf(itemText, location.valueRange.start, 0) !== dashColumn) return undefined;
  const entries = new Map<string, NodeLocation>();
  for (const [pointer, itemLocation] of tree.locations) {
    if (pointer === '/0') entries.set('', itemLocation);
    else if (pointer.startsWith('/0/')) entries.set(pointer.slice(2), itemLocation);
  }
  return { length: itemText.length, value: tree.value[0], parts: [{ kind: 'own', offset: 0, entries }], size: entries.size };
}
