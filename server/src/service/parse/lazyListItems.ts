import { isPlainObject, unescapePointerSegment, type RecordValue } from './parsedRecord';
import { parseItem } from './pieceParse';
import type { RecordPiece } from './recordPiece';
import { sameRecordValue } from './recordValueEquality';
import { hasOwn } from './safeObject';

/** One list item read on its own: its piece (locations relative to `start`) and its pointer. */
export interface ListItemReading {
  readonly pointer: string;
  readonly start: number;
  readonly piece: RecordPiece;
}

/** Where each item of one list starts; found once per list (a scan of its block) and kept by the caller. */
export type ListItemStarts =
  | {
      readonly lines: readonly number[];
      /** Where the last item ends; undefined when a comment follows it within the list (it is then not read alone). */
      readonly end: number | undefined;
      readonly dashColumn: number;
    }
  | 'none';

/** Where a top-level block's text lies and what it holds (see lazyYamlLocations.ts). */
interface BlockText {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The item at `itemPointer` (`/module/list/3`) of a block list directly inside a top-level block, read on
 * its own as the incremental parser re-reads an edited item (pieceParse.ts `parseItem`), so a finding in
 * one of a thousand sites reads that site, not the module. Lists of any length: `yaml` reads about a
 * kilobyte in a quarter of a millisecond, so a finding in one of three outcomes reading that outcome
 * rather than the whole module is a third of the cost of placing it. Undefined (read the block
 * instead) unless the list's items are found one per `- ` line at one column, as many as the value
 * holds, and its reading holds the item's value.
 */
export function findListItem(
  text: string,
  block: BlockText,
  blockValue: RecordValue,
  itemPointer: string,
  knownStarts: Map<string, ListItemStarts>,
  depth = 2,
): ListItemReading | undefined {
  const segments = itemPointer.slice(1).split('/');
  if (segments.length !== 3) return undefined;
  const key = unescapePointerSegment(segments[1]);
  const index = Number(segments[2]);
  if (!isPlainObject(blockValue) || !hasOwn(blockValue, key) || !/^[A-Za-z_$][\w$.-]*$/.test(key)) return undefined;
  const list = blockValue[key];
  if (!Array.isArray(list) || String(index) !== segments[2] || index >= list.length) return undefined;
  // One scan per list: a finding on each of 50,000 items must not scan the block 50,000 times.
  const listPointer = `/${segments[0]}/${segments[1]}`;
  let starts = knownStarts.get(listPointer);
  if (starts === undefined) {
    starts = itemStarts(text, block, key, list.length) ?? 'none';
    knownStarts.set(listPointer, starts);
  }
  if (starts === 'none') return undefined;
  // An item runs to the next item's line; the last to the end of its last line that is neither blank nor a comment
  // (an item read alone holds neither at its end, and the lines after the list are not the item's). A comment
  // after the last item may belong to it in the whole reading (its range reaches over the comment), so such a
  // last item is not read alone.
  const end = index + 1 < starts.lines.length ? starts.lines[index + 1] : starts.end;
  if (end === undefined) return undefined;
  const itemText = text.slice(starts.lines[index], end);
  const piece = parseItem(itemText, starts.dashColumn, depth);
  if (!piece || piece === 'broken' || !sameRecordValue(piece.value, list[index])) return undefined;
  return { pointer: itemPointer, start: starts.lines[index], piece };
}

/** The start of each item line of the block's list `key`, when there are exactly `count`, and where the list ends. */
function itemStarts(
  text: string,
  block: BlockText,
  key: string,
  count: number,
): { lines: number[]; end: number | undefined; dashColumn: number } | undefined {
  let childIndent = -1;
  let dashColumn = -1;
  let inList = false;
  const lines: number[] = [];
  // The end of the list's last line that is neither blank nor a comment: the last item ends there.
  let end = block.end;
  let commentAfterEnd = false;
  let lineStart = text.indexOf('\n', block.start) + 1;
  while (lineStart > 0 && lineStart < block.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > block.end) lineEnd = block.end;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const first = text.charCodeAt(i);
    const blank = i >= lineEnd || first === 13;
    if (inList && first === 35 /* # */) commentAfterEnd = true;
    if (!blank && first !== 35 /* # */) {
      if (childIndent < 0) childIndent = indent;
      const isItem = first === 45 /* - */ && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 13);
      if (inList) {
        if (dashColumn < 0) {
          if (!isItem || indent < childIndent) return undefined;
          dashColumn = indent;
        }
        if (indent < dashColumn || (indent === dashColumn && !isItem)) break;
        if (indent === dashColumn) lines.push(lineStart);
        end = lineEnd < block.end ? lineEnd + 1 : block.end;
        commentAfterEnd = false;
      } else if (indent === childIndent && text.startsWith(`${key}:`, i) && text.slice(i + key.length + 1, lineEnd).trim() === '') {
        inList = true;
      }
    }
    lineStart = lineEnd + 1;
  }
  return lines.length === count ? { lines, end: commentAfterEnd ? undefined : end, dashColumn } : undefined;
}
