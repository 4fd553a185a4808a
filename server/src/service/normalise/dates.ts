import { MONTH_NAMES } from './spellings';

/**
 * ClinicalTrials.gov dates (PartialDate, NormalizedDate): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision
 * they were written with.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface NormalisedDate {
  /** The API form: `2017`, `2017-03` or `2017-03-15`. */
  readonly iso: string;
  readonly precision: DatePrecision;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface DateReadingOptions {
  /**
   * How the source writes all-numeric dates: `day-first` (`13/10/2008`) or `month-first` (`10/13/2008`).
   * Without it a numeric date is read only when unambiguous (a part above 12, or both parts equal).
   */
  readonly numericOrder?: 'day-first' | 'month-first';
  /** A full-date field: a date without a day is not one. */
  readonly requireDay?: boolean;
}

const API_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date already in the API form; undefined when malformed or not a real calendar date (`2024-02-30`). */
export function readApiDate(text: string): NormalisedDate | undefined {
  const match = API_DATE.exec(text.trim());
  if (!match) return undefined;
  return dateOf(
    Number(match[1]),
    match[2] === undefined ? undefined : Number(match[2]),
    match[3] === undefined ? undefined : Number(match[3]),
  );
}

/**
 * A date written any common way, in the API form, when it can mean only one day, month or year:
 * `February 2024` → `2024-02`, `March 15, 2017`, `15 March 2017`, `15-Mar-2017`, `15/03/2017` and `03/15/2017`
 * → `2017-03-15`, `2024/02` and `2/2024` → `2024-02`. `03/04/2017` (March 4 or April 3?) and impossible dates
 * give undefined, unless `numericOrder` says how the source writes them.
 */
export function readDate(written: string, options: DateReadingOptions = {}): NormalisedDate | undefined {
  const text = written
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1');
  const date = readForms(text, options);
  // `0200-01-01` is a typing slip, not a date to carry over.
  if (!date || date.year < 1000 || (options.requireDay && date.day === undefined)) return undefined;
  return date;
}

type FormReader = (match: RegExpExecArray, options: DateReadingOptions) => NormalisedDate | undefined;

/** Each written form and how to read it; the first that matches decides. */
const FORMS: ReadonlyArray<readonly [RegExp, FormReader]> = [
  [/^(\d{4})$/, (m) => dateOf(+m[1])],
  [/^(\d{4})[-/.](\d{1,2})$/, (m) => dateOf(+m[1], +m[2])],
  [/^(\d{1,2})[-/.](\d{4})$/, (m) => dateOf(+m[2], +m[1])],
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, (m) => dateOf(+m[1], +m[2], +m[3])],
  [/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/, (m, options) => numericDayMonth(+m[1], +m[2], +m[3], options)],
  [/^([A-Za-z]+)\.?,? (\d{4})$/, (m) => withMonthName(m[1], +m[2])],
  [/^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/, (m) => withMonthName(m[1], +m[3], +m[2])],
  [/^(\d{1,2})[- ]([A-Za-z]+)\.?[-, ]+(\d{4})$/, (m) => withMonthName(m[2], +m[3], +m[1])],
];

function readForms(text: string, options: DateReadingOptions): NormalisedDate | undefined {
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(text);
    if (match) return read(match, options);
  }
  return undefined;
}

/** `a/b/yyyy`: day-first or month-first, decided by the source's order or when only one reading is a date. */
function numericDayMonth(a: number, b: number, year: number, options: DateReadingOptions): NormalisedDate | undefined {
  if (a === b || (a > 12 && b <= 12)) return dateOf(year, b, a);
  if (b > 12 && a <= 12) return dateOf(year, a, b);
  if (options.numericOrder === 'day-first') return dateOf(year, b, a);
  if (options.numericOrder === 'month-first') return dateOf(year, a, b);
  return undefined;
}

function withMonthName(name: string, year: number, day?: number): NormalisedDate | undefined {
  const month = monthNumber(name);
  return month === undefined ? undefined : dateOf(year, month, day);
}

/** 1–12 for a month name or an abbreviation of it of at least three letters (`Mar`, `Sept`). */
export function monthNumber(name: string): number | undefined {
  const written = name.toLowerCase();
  if (written.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(written));
  return index < 0 ? undefined : index + 1;
}

/** The date, when it is a real calendar date. */
function dateOf(year: number, month?: number, day?: number): NormalisedDate | undefined {
  if (month === undefined) return { iso: String(year), precision: 'year', year };
  if (month < 1 || month > 12) return undefined;
  const yearMonth = `${year}-${pad(month)}`;
  if (day === undefined) return { iso: yearMonth, precision: 'month', year, month };
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { iso: `${yearMonth}-${pad(day)}`, precision: 'day', year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
