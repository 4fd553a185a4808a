import { joinPointer, valueAt, type NodeLocation, type RecordValue } from './parsedRecord';
import { recordLimits, scanYaml } from './parseGuards';
import { hasDirectives, parseItem, readsAloneAsItem } from './pieceParse';
import { replacedAt } from './pieceReparse';
import { MIN_SPLIT_LIST_ITEMS, segmentsOf } from './recordPiece';
import { parseYamlTree, type TreeParseResult } from './yamlRecordParser';

// The whole-text `yaml` reading of a record, done in steps so that the server answers messages between
// them: the idle-time reading of a record opened by its value (fastYamlRead.ts) took one synchronous
// 200 ms step on a 424 KB record, and a record opened meanwhile waited for it.
//
// The text without the items of its long lists (a skeleton, each list keeping its last item, which only
// the text around it ends) is read first; then the removed items, a few at a time, each on its own as the
// incremental parser re-reads an edited item (pieceParse.ts `parseItem`); their values and locations are
// put back in the skeleton's reading. The result is exactly `parseYamlTree(text)`: items holding a comment
// stay in the skeleton, and whenever a part does not read cleanly (syntax problems, anchors, directives) the
// text is read whole in one step instead. Most steps read about STEP_CHARS of items; finding the items,
// reading the skeleton and putting the items back take a step each.

/** About this much text of items is read per step (a few milliseconds of `yaml`). */
const STEP_CHARS = 8_192;

/** A run of list items removed from the skeleton: read one by one, then put back before the kept item that follows them. */
interface RemovedItems {
  /** Where the first removed item's line starts, and where the kept item after them starts (original text). */
  readonly start: number;
  readonly end: number;
  /** Each removed item's line start (original text). */
  readonly itemStarts: readonly number[];
  readonly dashColumn: number;
  /** Where the kept item after them starts in the skeleton. */
  skeletonStart: number;
}

/** `parseYamlTree(text)`, read in steps (see above); a generator so the caller decides when each step runs. */
export function* wholeReadingInSteps(text: string): Generator<void, TreeParseResult, void> {
  if (text.length <= STEP_CHARS) return parseYamlTree(text);
  const removed = hasDirectives(text) ? [] : removableItems(text);
  // A refused text (too large, too deep) is refused as a whole, quickly: the skeleton alone might pass.
  if (removed.length === 0 || scanYaml(text, recordLimits())) return parseYamlTree(text);
  yield;
  let skeletonText = '';
  let from = 0;
  for (const run of removed) {
    skeletonText += text.slice(from, run.start);
    run.skeletonStart = skeletonText.length;
    from = run.end;
  }
  skeletonText += text.slice(from);
  const skeleton = parseYamlTree(skeletonText);
  yield;
  const places = skeleton.problems.length === 0 && !skeleton.usesAnchors ? listsOfRemovedItems(skeletonText, skeleton, removed) : undefined;
  if (!places) return parseYamlTree(text);

  // Each removed item read on its own, at its list's depth.
  const itemReadings: ItemReading[][] = [];
  let sinceYield = 0;
  for (const [index, run] of removed.entries()) {
    const depth = segmentsOf(places[index].list).length;
    const readings: ItemReading[] = [];
    for (const [item, start] of run.itemStarts.entries()) {
      const end = item + 1 < run.itemStarts.length ? run.itemStarts[item + 1] : run.end;
      const piece = parseItem(text.slice(start, end), run.dashColumn, depth);
      if (!piece || piece === 'broken' || piece.parts.length !== 1 || piece.parts[0].kind !== 'own') return parseYamlTree(text);
      readings.push({ entries: piece.parts[0].entries, value: piece.value });
      sinceYield += end - start;
      if (sinceYield >= STEP_CHARS) {
        sinceYield = 0;
        yield;
      }
    }
    itemReadings.push(readings);
  }
  return putBack(skeleton, removed, places, itemReadings);
}

/** One removed item read on its own: its value and locations (relative to the item's start, '' the item). */
interface ItemReading {
  readonly entries: ReadonlyMap<string, NodeLocation>;
  readonly value: RecordValue;
}

/** Where a run of removed items goes back: its list's pointer and the index (in the skeleton) of the kept item after it. */
interface ListPlace {
  readonly list: string;
  readonly keptIndex: number;
}

/**
 * The runs of items that can be read on their own, in text order: the items of each long block list
 * (found by their `- ` lines at one column) but its last, and but those holding a `#` or ending in a
 * blank line (a full parse attributes those differently than a reading of the item alone) or whose value
 * starts on a later line. Lists inside
 * an item of such a list are read with the item.
 */
function removableItems(text: string): RemovedItems[] {
  interface Run {
    readonly column: number;
    readonly starts: number[];
    readonly parent: Run | undefined;
    end: number;
    long?: boolean;
  }
  const runs: Run[] = [];
  const open: Run[] = [];
  /** Lines indented more than this belong to a block scalar (`|`, `>`) and are not looked at. */
  let scalarIndent = -1;
  const close = (to: number, end: number) => {
    while (open.length > to) open.pop()!.end = end;
  };
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    const indent = i - lineStart;
    const blank = i >= lineEnd || first === 13;
    if (!blank && (scalarIndent < 0 || indent <= scalarIndent)) {
      scalarIndent = -1;
      if (first === 9 /* tab */) return [];
      if (first !== 35 /* # */) {
        const isItem = first === 45 /* - */ && (i + 1 >= lineEnd || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 13);
        let keep = open.length;
        while (keep > 0 && (open[keep - 1].column > indent || (open[keep - 1].column === indent && !isItem))) keep--;
        close(keep, lineStart);
        if (isItem) {
          const top = open[open.length - 1];
          if (top?.column === indent) top.starts.push(lineStart);
          else {
            const run: Run = { column: indent, starts: [lineStart], parent: top, end: text.length };
            open.push(run);
            runs.push(run);
          }
        }
        if (BLOCK_SCALAR_HEADER.test(text.slice(i, lineEnd))) scalarIndent = indent;
      }
    }
    lineStart = lineEnd + 1;
  }
  close(0, text.length);

  const removed: RemovedItems[] = [];
  for (const run of runs) {
    // Parents come before their children in `runs`.
    let ancestor = run.parent;
    while (ancestor && !ancestor.long) ancestor = ancestor.parent;
    run.long = !ancestor && run.starts.length >= MIN_SPLIT_LIST_ITEMS;
    if (!run.long) continue;
    let pending: number[] = [];
    const flush = (end: number) => {
      if (pending.length > 0) removed.push({ start: pending[0], end, itemStarts: pending, dashColumn: run.column, skeletonStart: -1 });
      pending = [];
    };
    for (let item = 0; item + 1 < run.starts.length; item++) {
      const itemText = text.slice(run.starts[item], run.starts[item + 1]);
      if (readsAloneAsItem(itemText) && valueOnDashLine(itemText, run.column)) pending.push(run.starts[item]);
      else flush(run.starts[item]);
    }
    flush(run.starts[run.starts.length - 1]);
  }
  return removed.sort((a, b) => a.start - b.start);
}

/** Whether the item's value starts on its `-` line (`- name: …`), as an item read on its own must. */
function valueOnDashLine(itemText: string, dashColumn: number): boolean {
  const first = itemText.charCodeAt(dashColumn + 2);
  return itemText.charCodeAt(dashColumn + 1) === 32 && first !== 32 && first !== 10 && first !== 13 && !Number.isNaN(first);
}

/** A line whose value is a block scalar (`key: |`, `- >-`, `|2`): its content lines are not structure. */
const BLOCK_SCALAR_HEADER = /(?:^|[ ])[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/;

/**
 * For each run of removed items, its list and the kept item after it, found in the skeleton's reading:
 * the first node (in document order) that starts after the kept item's `-`, with only white space between,
 * which must be an item of a list. Undefined when any is not found so.
 */
function listsOfRemovedItems(skeletonText: string, skeleton: TreeParseResult, removed: readonly RemovedItems[]): ListPlace[] | undefined {
  const places: (ListPlace | undefined)[] = removed.map(() => undefined);
  let next = 0;
  for (const [pointer, location] of skeleton.locations) {
    if (next >= removed.length) break;
    const run = removed[next];
    const dash = run.skeletonStart + run.dashColumn;
    const start = location.valueRange.start;
    if (start <= dash) continue;
    if (skeletonText.slice(dash + 1, start).trim() !== '') return undefined;
    const slash = pointer.lastIndexOf('/');
    const list = pointer.slice(0, slash);
    const keptIndex = Number(pointer.slice(slash + 1));
    if (!Array.isArray(valueAt(skeleton.value, list)) || !Number.isInteger(keptIndex)) return undefined;
    places[next++] = { list, keptIndex };
  }
  return places.every((place) => place !== undefined) ? places : undefined;
}

/** The skeleton's reading with the removed items put back: values, locations (document order) and pointers. */
function putBack(
  skeleton: TreeParseResult,
  removed: readonly RemovedItems[],
  places: readonly ListPlace[],
  readings: readonly (readonly ItemReading[])[],
): TreeParseResult {
  // Skeleton offsets past a run's kept `-` move by the text removed before them.
  const thresholds = removed.map((run) => run.skeletonStart + run.dashColumn);
  const shifts: number[] = [];
  let total = 0;
  for (const run of removed) shifts.push((total += run.end - run.start));
  const original = (offset: number) => {
    let low = 0;
    let high = thresholds.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (thresholds[middle] < offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found < 0 ? offset : offset + shifts[found];
  };
  const moved = (location: NodeLocation, by: (offset: number) => number): NodeLocation => ({
    keyRange: location.keyRange && { start: by(location.keyRange.start), end: by(location.keyRange.end) },
    valueRange: { start: by(location.valueRange.start), end: by(location.valueRange.end) },
  });

  // Per list: the skeleton's items, each preceded by the runs put back before it.
  const byList = new Map<string, Map<number, number[]>>();
  places.forEach(({ list, keptIndex }, run) => {
    const runs = byList.get(list) ?? new Map<number, number[]>();
    byList.set(list, runs);
    runs.set(keptIndex, [...(runs.get(keptIndex) ?? []), run]);
  });
  /** A skeleton item index → its index in the whole list, per list. */
  const indexMaps = new Map<string, (index: number) => number>();
  const firstIndexOfRun: number[] = removed.map(() => 0);
  let value = skeleton.value as RecordValue;
  for (const [list, runsBefore] of byList) {
    const skeletonItems = valueAt(value, list) as RecordValue[];
    const items: RecordValue[] = [];
    const newIndex: number[] = [];
    skeletonItems.forEach((item, index) => {
      for (const run of runsBefore.get(index) ?? []) {
        firstIndexOfRun[run] = items.length;
        for (const reading of readings[run]) items.push(reading.value);
      }
      newIndex.push(items.length);
      items.push(item);
    });
    indexMaps.set(list, (index) => newIndex[index]);
    value = replacedAt(value, segmentsOf(list), items);
  }
  const renamed = (pointer: string): string => {
    for (const [list, toNew] of indexMaps) {
      if (pointer.length <= list.length + 1 || !pointer.startsWith(list) || pointer.charCodeAt(list.length) !== 47 /* / */) continue;
      const slash = pointer.indexOf('/', list.length + 1);
      const index = Number(pointer.slice(list.length + 1, slash < 0 ? undefined : slash));
      return `${list}/${toNew(index)}${slash < 0 ? '' : pointer.slice(slash)}`;
    }
    return pointer;
  };

  const keptPointers = new Map(places.map(({ list, keptIndex }) => [joinPointer(list, keptIndex), list]));
  const locations = new Map<string, NodeLocation>();
  for (const [pointer, location] of skeleton.locations) {
    const list = keptPointers.get(pointer);
    if (list !== undefined) {
      for (const run of byList.get(list)?.get(Number(pointer.slice(list.length + 1))) ?? []) {
        readings[run].forEach((reading, item) => {
          const itemPointer = `${list}/${firstIndexOfRun[run] + item}`;
          const itemStart = removed[run].itemStarts[item];
          for (const [inner, innerLocation] of reading.entries)
            locations.set(
              itemPointer + inner,
              moved(innerLocation, (offset) => offset + itemStart),
            );
        });
      }
    }
    locations.set(renamed(pointer), moved(location, original));
  }
  return { value, locations, problems: [], usesAnchors: false };
}
