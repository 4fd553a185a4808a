// inClinicalTrials tables: the legacy outcome table (`Type Measure Description Time frame Safety
// issue`) and the locations table (`Country Name City State`).
//
// Where a cell ends is only known when the text keeps it: a browser copy separates cells with
// tabs (empty cells kept), HTML reduced to text puts each non-empty cell on its own line. In the
// stored page copies the cells are joined with single spaces and every column is free text, so
// no split is reliable there: those rows stay comments (absent beats wrong).
import { isAnonymisedFacility } from '../../../normalise/location';
import { presentValue } from '../../../normalise/placeholder';
import { pushField } from '../../../normalise/recordPath';

const OUTCOME_HEADER = ['Type', 'Measure', 'Description', 'Time frame', 'Safety issue'];
const LOCATION_HEADER = ['Country', 'Name', 'City', 'State'];
/** A Map, not an object: the type cell is page text, and `constructor` or `__proto__` must name nothing. */
const OUTCOME_FIELDS: ReadonlyMap<string, string> = new Map([
  ['Primary', 'primaryOutcomes'],
  ['Secondary', 'secondaryOutcomes'],
  ['Other', 'otherOutcomes'],
]);
/** The legacy `safety_issue` column: not a protocol field, so a row that has it stays a comment too. */
const SAFETY_ISSUE = /^(?:yes|no)$/i;

type Json = Record<string, unknown>;

const cellsOf = (line: string): string[] => line.split('\t').map((cell) => cell.trim());
const isTabHeader = (line: string, header: readonly string[]): boolean =>
  line.includes('\t') && cellsOf(line.trim()).join('|') === header.join('|');

/** Reads both tables wherever their header appears; `stop` tells the lines that end a table. */
export function readTables(lines: readonly string[], record: Json, used: Set<number>, stop: (line: string) => boolean): void {
  const nonEmpty = lines.map((line, index) => index).filter((index) => lines[index].trim() !== '');
  for (let position = 0; position < nonEmpty.length; position++) {
    const index = nonEmpty[position];
    if (isTabHeader(lines[index], OUTCOME_HEADER)) readTabOutcomes(nonEmpty.slice(position + 1), lines, record, used, index);
    else if (isTabHeader(lines[index], LOCATION_HEADER)) readTabLocations(nonEmpty.slice(position + 1), lines, record, used, index);
    else if (OUTCOME_HEADER.every((cell, offset) => lines[nonEmpty[position + offset]]?.trim() === cell)) {
      readCellOutcomes(nonEmpty.slice(position + OUTCOME_HEADER.length), lines, record, used, stop);
      nonEmpty.slice(position, position + OUTCOME_HEADER.length).forEach((header) => used.add(header));
    }
  }
}

function readTabOutcomes(after: readonly number[], lines: readonly string[], record: Json, used: Set<number>, header: number): void {
  used.add(header);
  for (const index of after) {
    const cells = cellsOf(lines[index]);
    const field = OUTCOME_FIELDS.get(cells[0]);
    if (!lines[index].includes('\t') || !field) return;
    const [measure, description, timeFrame, safety] = cells.slice(1).map((cell) => presentValue(cell));
    if (!measure) continue;
    pushField(record, ['outcomesModule', field], { measure, ...(description ? { description } : {}), ...(timeFrame ? { timeFrame } : {}) });
    if (safety === undefined && cells.length <= 5) used.add(index);
  }
}

function readTabLocations(after: readonly number[], lines: readonly string[], record: Json, used: Set<number>, header: number): void {
  used.add(header);
  for (const index of after) {
    if (!lines[index].includes('\t')) return;
    const cells = cellsOf(lines[index]);
    if (cells.length > 4) return;
    const [country, facility, city, state] = cells.map((cell) => presentValue(cell));
    const location: Record<string, string> = {};
    if (facility && !isAnonymisedFacility(facility)) location.facility = facility;
    if (city) location.city = city;
    if (state) location.state = state;
    if (country) location.country = country;
    if (Object.keys(location).length === 0) continue;
    pushField(record, ['contactsLocationsModule', 'locations'], location);
    if (!facility || location.facility) used.add(index);
  }
}

/**
 * One cell per line, empty cells gone: a row starts at its type (`Primary`…). The measure is
 * always the first cell. Three cells with no Yes/No among them are measure, description and
 * time frame; with fewer, which column a second cell came from cannot be told, so only the
 * measure is taken and the other cells stay comments.
 */
function readCellOutcomes(
  after: readonly number[],
  lines: readonly string[],
  record: Json,
  used: Set<number>,
  stop: (line: string) => boolean,
): void {
  let row: number[] = [];
  const flush = (): void => {
    const [typeIndex, ...cells] = row;
    row = [];
    const field = typeIndex === undefined ? undefined : OUTCOME_FIELDS.get(lines[typeIndex].trim());
    const text = cells.map((index) => lines[index].trim());
    const measure = presentValue(text[0]);
    if (!field || !measure) return;
    const full = cells.length >= 3 && !SAFETY_ISSUE.test(text[2]);
    const description = full ? presentValue(text[1]) : undefined;
    const timeFrame = full ? presentValue(text[2]) : undefined;
    pushField(record, ['outcomesModule', field], { measure, ...(description ? { description } : {}), ...(timeFrame ? { timeFrame } : {}) });
    [typeIndex, ...cells.slice(0, full ? 3 : 1)].forEach((index) => used.add(index));
  };
  for (const index of after) {
    const line = lines[index].trim();
    if (stop(line)) break;
    if (OUTCOME_FIELDS.get(line) !== undefined) flush();
    row.push(index);
  }
  flush();
}
