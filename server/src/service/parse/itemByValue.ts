// One list item re-read after an edit by its value alone (js-yaml, about ten times quicker than `yaml` on an
// outcome measure), with its locations read by `yaml` only when asked for: the same bargain as opening a
// record (fastYamlRead.ts), at the size of one item. The incremental parser checks each such item against
// its `yaml` reading in idle time and reads the whole text again should they ever disagree.
import type { NodeLocation, RecordValue } from './parsedRecord';
import { fastYamlItemValue } from './fastYamlValue';
import { LazyLocationMap } from './lazyLocationMap';
import { itemEntries, readsAloneAsItem } from './pieceParse';
import type { RecordPiece } from './recordPiece';
import { sameRecordValue } from './recordValueEquality';
import { parseYamlTree } from './yamlRecordParser';

/** The item's locations (item-relative pointers and offsets), read with `yaml` the first time one is asked for. */
export class LazyItemLocations extends LazyLocationMap {
  private reading?: { readonly entries: ReadonlyMap<string, NodeLocation>; readonly agrees: boolean };

  constructor(
    /** Emptied once read: kept, a slice would keep its whole version of the document alive. */
    private itemText: string,
    private readonly dashColumn: number,
    private readonly depth: number,
    private readonly value: RecordValue,
    /** The number of locations a `yaml` reading has, counted from the value. */
    readonly size: number,
  ) {
    super();
  }

  /** Whether the item's `yaml` reading is this one: no syntax problems or anchors, the same value and dash column. */
  get agrees(): boolean {
    return this.read().agrees;
  }

  private read(): { readonly entries: ReadonlyMap<string, NodeLocation>; readonly agrees: boolean } {
    if (this.reading) return this.reading;
    const tree = parseYamlTree(this.itemText, this.depth);
    const only = Array.isArray(tree.value) && tree.value.length === 1 ? tree.value[0] : undefined;
    const item = only !== undefined ? itemEntries(tree, this.itemText, this.dashColumn) : undefined;
    const agrees =
      item !== undefined && tree.problems.length === 0 && !tree.usesAnchors && item.size === this.size && sameRecordValue(only, this.value);
    this.reading = { entries: item ?? new Map(), agrees };
    this.itemText = '';
    return this.reading;
  }

  protected allLocations(): ReadonlyMap<string, NodeLocation> {
    return this.read().entries;
  }
}

/**
 * The item read by its value, or undefined when it must be read by `yaml` (parseItem): text that may read
 * differently, a syntax error, or an item whose value does not start on its `-` line.
 */
export function readItemByValue(
  itemText: string,
  dashColumn: number,
  depth: number,
): { piece: RecordPiece; locations: LazyItemLocations } | undefined {
  if (!readsAloneAsItem(itemText) || !valueOnDashLine(itemText, dashColumn)) return undefined;
  const value = fastYamlItemValue(itemText, depth);
  if (value === undefined) return undefined;
  const locations = new LazyItemLocations(itemText, dashColumn, depth, value, locationCount(value));
  return {
    piece: { length: itemText.length, value, parts: [{ kind: 'own', offset: 0, entries: locations }], size: locations.size },
    locations,
  };
}

/** `  - title: …`: the dash at `dashColumn` with the item's value after it on the same line. */
function valueOnDashLine(itemText: string, dashColumn: number): boolean {
  for (let i = 0; i < dashColumn; i++) if (itemText.charCodeAt(i) !== 32) return false;
  if (itemText.charCodeAt(dashColumn) !== 45 /* - */ || itemText.charCodeAt(dashColumn + 1) !== 32) return false;
  let at = dashColumn + 2;
  while (itemText.charCodeAt(at) === 32) at++;
  const first = itemText.charCodeAt(at);
  return at < itemText.length && first !== 10 && first !== 13;
}

/** One location per node: the node itself and, inside, each property and list item's. */
function locationCount(value: RecordValue): number {
  let count = 1;
  if (Array.isArray(value)) for (const child of value) count += locationCount(child);
  else if (value !== null && typeof value === 'object') for (const key in value) count += locationCount(value[key]);
  return count;
}
