// The reading primitives of the results review criteria (see resultsHelpers.ts, which re-exports everything here):
// module pointers, lenient number parsing and the groups of a results module. Numbers come as strings in API v2
// (`"12"`, `"3.2"`, `"NA"`): an odd value is `undefined`, never an exception.
import { isPlainObject, joinPointer, type RecordValue } from '../../parse/parsedRecord';

/** Module pointers, relative to resultsSection. */
export const FLOW = '/participantFlowModule';
export const BASELINE = '/baselineCharacteristicsModule';
export const OUTCOME_MEASURES = '/outcomeMeasuresModule';
export const ADVERSE_EVENTS = '/adverseEventsModule';

// `read()` once per module object: the criteria run one after another over the same parsed values, so the first
// criterion to read a module pays and the others reuse its reading.
export { readOnce } from '../../results/readingsByObject';

/** A list item that is an object. */
export type RecordObject = { readonly [key: string]: RecordValue };

const COUNT_TEXT = /^\s*\d{1,12}\s*$/;
const NUMBER_TEXT = /^\s*[-+]?(?:\d{1,30}(?:\.\d{0,30})?|\.\d{1,30})(?:[eE][-+]?\d{1,3})?\s*$/;

/** A count of participants or units: a whole number `>= 0` written as a number or digits (`12`, `"12"`); else undefined. */
export function parseCount(value: RecordValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  return typeof value === 'string' && COUNT_TEXT.test(value) ? Number(value) : undefined;
}

/** A measured value (`"3.2"`, `"-0.5"`, `4`); `NA`, blank and text are undefined. */
export function parseMeasurement(value: RecordValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !NUMBER_TEXT.test(value)) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** The object items of a list, with their pointers; anything else in the list (the schema's business) is skipped. */
export function objectsOf(value: RecordValue | undefined, pointer: string): Array<[string, RecordObject]> {
  if (!Array.isArray(value)) return [];
  const found: Array<[string, RecordObject]> = [];
  value.forEach((item, index) => {
    if (isPlainObject(item)) found.push([joinPointer(pointer, index), item]);
  });
  return found;
}

/** A field of a list item when it is a string. */
export function textOf(item: RecordObject, field: string): string | undefined {
  const value = item[field];
  return typeof value === 'string' ? value : undefined;
}

/** True when the text field holds more than whitespace. */
export function hasText(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '';
}

// ---------------------------------------------------------------------------------------------------------------
// Groups

/** One group (arm) of a results module, `FG000`, `BG000`, `OG000`, `EG000`. */
export interface ResultGroup {
  readonly id: string;
  readonly title: string | undefined;
  readonly pointer: string;
}

/** A module's groups by id. */
export type GroupIndex = ReadonlyMap<string, ResultGroup>;

/** The groups listed at `pointer` (a `groups` or `eventGroups` array), by id; items without an id are skipped. */
export function readGroups(list: RecordValue | undefined, pointer: string): GroupIndex {
  const groups = new Map<string, ResultGroup>();
  for (const [itemPointer, item] of objectsOf(list, pointer)) {
    const id = textOf(item, 'id');
    if (id !== undefined && !groups.has(id)) groups.set(id, { id, title: textOf(item, 'title'), pointer: itemPointer });
  }
  return groups;
}

/** "group `FG001` (Placebo)", or "group `FG001`" when it has no title, for messages. */
export function groupLabel(groups: GroupIndex, id: string): string {
  const title = groups.get(id)?.title?.trim();
  return title ? `group \`${id}\` (${title})` : `group \`${id}\``;
}

/** Case- and space-insensitive form of a group title, for matching groups of different modules by title. */
export function groupTitleKey(title: string | undefined): string | undefined {
  const key = title?.trim().replace(/\s+/g, ' ').toLowerCase();
  return key ? key : undefined;
}
