import { readDate } from '../normalise';

/**
 * The replacement a date quick fix writes: the API form (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) of a date written
 * another common way, read by the shared date reader (service/normalise): `February 2024` → `2024-02`,
 * `March 15, 2017` and `15/03/2017` → `2017-03-15`. Undefined when the date is ambiguous (`03/04/2017`),
 * impossible, already in the API form, or without a day when `needsDay` (full-date fields).
 */
export function isoDateFor(written: string, needsDay = false): string | undefined {
  const iso = readDate(written, { requireDay: needsDay })?.iso;
  return iso === written ? undefined : iso;
}
