// The edits and cursor positions the benchmark replays on both servers. Places are found with
// the record's own parse (pointer → range), so every document gets comparable edits.
import { parseRecord } from '../server/src/service/parse/parseRecord';
import type { ParsedRecord } from '../server/src/service/parse/parsedRecord';
import { LineIndex, type Position } from '../server/src/service/text/lineIndex';

export type EditKind = 'top field' | 'locations list' | 'error in/out' | 'results value';

export interface BenchEdit {
  readonly kind: EditKind;
  /** The whole new text (full-text sync). */
  readonly text: string;
}

/** `perKind` edits of each kind, applied one after another starting from `text`. */
export function editScript(text: string, perKind: number): BenchEdit[] {
  const edits: BenchEdit[] = [];
  let current = text;
  const kinds: EditKind[] = ['top field', 'locations list', 'error in/out', 'results value'];
  for (let round = 0; round < perKind; round++) {
    for (const kind of kinds) {
      const next = applyEdit(current, kind);
      if (next === undefined) continue;
      edits.push({ kind, text: next });
      current = next;
    }
  }
  return edits;
}

function applyEdit(text: string, kind: EditKind): string | undefined {
  const parsed = parseRecord(text, 'yaml');
  // A whole study keeps the protocol under `protocolSection`.
  const protocol = parsed.recordPointer;
  if (kind === 'top field') {
    // Typing one letter into the brief title, as a user would.
    return insertIntoValue(text, parsed, [`${protocol}/identificationModule/briefTitle`, `${protocol}/identificationModule/officialTitle`]);
  }
  if (kind === 'locations list') {
    const middle = Math.floor(countItems(parsed, `${protocol}/contactsLocationsModule/locations`) / 2);
    const base = `${protocol}/contactsLocationsModule/locations/${middle}`;
    return insertIntoValue(text, parsed, [
      `${base}/facility`,
      `${base}/city`,
      `${base}/country`,
      `${protocol}/conditionsModule/conditions/0`,
    ]);
  }
  if (kind === 'results value') {
    // Typing into the title of a group of the middle outcome measure (only a whole study with results has one).
    const middle = Math.floor(countItems(parsed, '/resultsSection/outcomeMeasuresModule/outcomeMeasures') / 2);
    const measure = `/resultsSection/outcomeMeasuresModule/outcomeMeasures/${middle}`;
    return insertIntoValue(text, parsed, [`${measure}/groups/0/title`, `${measure}/title`]);
  }
  // An invalid status appears, then is typed away again.
  const location = parsed.locations.get(`${protocol}/statusModule/overallStatus`);
  if (!location) return undefined;
  const { start, end } = location.valueRange;
  const value = text.slice(start, end);
  const next = value.endsWith('X') ? value.slice(0, -1) : `${value}X`;
  return text.slice(0, start) + next + text.slice(end);
}

function insertIntoValue(text: string, parsed: ParsedRecord, pointers: readonly string[]): string | undefined {
  for (const pointer of pointers) {
    const location = parsed.locations.get(pointer);
    if (!location || location.valueRange.end - location.valueRange.start < 2) continue;
    const at = location.valueRange.start + 1;
    return `${text.slice(0, at)}x${text.slice(at)}`;
  }
  return undefined;
}

function countItems(parsed: ParsedRecord, pointer: string): number {
  let count = 0;
  while (parsed.locations.has(`${pointer}/${count}`)) count++;
  return count;
}

export interface CursorPlaces {
  /** Right after `overallStatus: ` — completion offers the status values. */
  readonly atValue?: Position;
  /** At the start of a key inside a module — completion offers that module's fields. */
  readonly atKey?: Position;
  /** Inside the `studyType` key — hover explains the field. */
  readonly hover?: Position;
}

export function cursorPlaces(text: string): CursorPlaces {
  const parsed = parseRecord(text, 'yaml');
  const lines = new LineIndex(text);
  const at = (offset: number | undefined): Position | undefined => (offset === undefined ? undefined : lines.positionAt(offset));
  return {
    atValue: at(parsed.locations.get('/statusModule/overallStatus')?.valueRange.start),
    atKey: at(parsed.locations.get('/statusModule/overallStatus')?.keyRange?.start),
    hover: at((parsed.locations.get('/designModule/studyType') ?? parsed.locations.get('/statusModule/overallStatus'))?.keyRange?.start),
  };
}
