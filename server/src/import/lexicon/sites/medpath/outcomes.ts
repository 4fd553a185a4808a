// MedPath outcome tables (`Primary/Secondary/Other Outcome Measures`).
import { presentValue } from '../../../normalise/placeholder';
import { pushField } from '../../../normalise/recordPath';

const FIELDS: ReadonlyMap<string, string> = new Map([
  ['Primary Outcome Measures', 'primaryOutcomes'],
  ['Secondary Outcome Measures', 'secondaryOutcomes'],
  ['Other Outcome Measures', 'otherOutcomes'],
]);

/**
 * The outcome table has three free-text columns (Name, Time, Method). Only one case gives a
 * reliable boundary: the plain extraction (the glued `NameTimeMethod` header alone on its line,
 * one row per line) of a record from another registry (WHO ICTRP data has no time-frame or
 * method field, so the row is the name alone; ICTRP joins several names with `;`). Then each row,
 * split at `;`, is one `measure`. ClinicalTrials.gov rows always carry a time frame glued to the
 * name, and the bullet extraction runs rows together: those stay comments (absent beats wrong;
 * no word heuristics). Returns whether the table was read.
 */
export function readOutcomeTable(
  label: string,
  block: readonly number[],
  lines: readonly string[],
  fromOtherRegistry: boolean,
  record: Record<string, unknown>,
  used: Set<number>,
): boolean {
  const field = FIELDS.get(label);
  const [header, ...rows] = block;
  if (!field || header === undefined || lines[header].trim() !== 'NameTimeMethod' || !fromOtherRegistry || rows.length === 0) return false;
  used.add(header);
  for (const row of rows) {
    for (const name of lines[row].split(';')) {
      const measure = presentValue(name);
      if (measure !== undefined) pushField(record, ['outcomesModule', field], { measure });
    }
    used.add(row);
  }
  return true;
}
