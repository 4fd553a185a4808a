import { daysInMonth, readApiDate, type DatePrecision } from '../normalise';

/**
 * ClinicalTrials.gov PartialDate values: `yyyy`, `yyyy-MM` or `yyyy-MM-dd` (ctgov-model.md §1), read by the
 * shared date reader (service/normalise). A partial date stands for a span of days (a whole year or month), so
 * comparisons between dates of different precision are only decided when the spans do not overlap.
 */
export type { DatePrecision } from '../normalise';

export interface PartialDate {
  readonly text: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  /** Days since 1970-01-01 of the first day the date covers. */
  readonly firstDay: number;
  /** Days since 1970-01-01 of the last day the date covers. */
  readonly lastDay: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) for a calendar date; month is 1-based. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses a PartialDate; undefined when it is malformed or not a real calendar date (`2024-02-30`). */
export function parsePartialDate(text: unknown): PartialDate | undefined {
  if (typeof text !== 'string') return undefined;
  const date = readApiDate(text);
  if (!date) return undefined;
  const { year, month, day, precision } = date;
  if (month === undefined) return { text, year, precision, firstDay: dayNumber(year, 1, 1), lastDay: dayNumber(year, 12, 31) };
  if (day === undefined)
    return { text, year, month, precision, firstDay: dayNumber(year, month, 1), lastDay: dayNumber(year, month, daysInMonth(year, month)) };
  const only = dayNumber(year, month, day);
  return { text, year, month, day, precision, firstDay: only, lastDay: only };
}

export function isValidPartialDate(text: unknown): boolean {
  return parsePartialDate(text) !== undefined;
}

/**
 * Compares two partial dates: -1 when `a` is surely earlier, 1 when surely later, 0 when they
 * may be the same day (`2024-02` vs `2024-02-15`: the month contains the day, so it is not decided).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  if (a.lastDay < b.firstDay) return -1;
  if (a.firstDay > b.lastDay) return 1;
  return 0;
}

/** A full `yyyy-MM-dd` date as a day number (for `today`); throws on a malformed value (a caller bug). */
export function parseToday(today: string): number {
  const parsed = parsePartialDate(today);
  if (!parsed || parsed.precision !== 'day') throw new Error(`today must be a yyyy-MM-dd date, got ${JSON.stringify(today)}`);
  return parsed.firstDay;
}

/** The day number `months` calendar months before `day` (clamped to the month's length). */
export function monthsBefore(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const monthIndex = date.getUTCMonth() - months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  return dayNumber(targetYear, targetMonth, Math.min(date.getUTCDate(), daysInMonth(targetYear, targetMonth)));
}

/** `yyyy-MM-dd` for a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
