import { durationInDays, readApiDuration } from '../normalise';

/**
 * Ages and durations in the API's NormalizedTime form, `18 Years`, `6 Months`, `28 Days`
 * (ctgov-model.md §1, R3), read by the shared duration reader (service/normalise) and converted to one
 * comparable unit.
 */
export type AgeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

export interface AgeDuration {
  readonly text: string;
  readonly amount: number;
  readonly unit: AgeUnit;
  /** The duration in days (a year is 365.25 days, a month a twelfth of that). */
  readonly days: number;
}

/** Parses `18 Years`; undefined for anything else (the schema reports the format). */
export function parseAgeDuration(text: unknown): AgeDuration | undefined {
  if (typeof text !== 'string') return undefined;
  const duration = readApiDuration(text);
  if (!duration) return undefined;
  return { text, amount: duration.amount, unit: duration.unit.toLowerCase() as AgeUnit, days: durationInDays(duration) };
}

/** -1, 0 or 1 as `a` is shorter than, as long as, or longer than `b` (`12 Months` equals `1 Year`). */
export function compareAgeDurations(a: AgeDuration, b: AgeDuration): -1 | 0 | 1 {
  const difference = a.days - b.days;
  if (Math.abs(difference) < 1e-9) return 0;
  return difference < 0 ? -1 : 1;
}
