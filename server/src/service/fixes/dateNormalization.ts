const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/**
 * The ISO form (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) of a date written another common way, when it
 * can mean only one day or month: `February 2024` → `2024-02`, `March 15, 2017` and `15/03/2017`
 * → `2017-03-15`. `03/04/2017` (March 4 or April 3?) and impossible dates give undefined, as does
 * a date without a day when `needsDay` (full-date fields).
 */
export function isoDateFor(written: string, needsDay = false): string | undefined {
  const text = written.trim().replace(/\s+/g, ' ').replace(/(\d)(st|nd|rd|th)\b/gi, '$1');
  const parts = readDate(text);
  if (!parts) return undefined;
  const { year, month, day } = parts;
  if (year < 1000 || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return undefined;
  if (needsDay && day === undefined) return undefined;
  const iso = `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
  return iso === written ? undefined : iso;
}

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

function readDate(text: string): DateParts | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) return { year: +match[1], month: +match[2] };
  if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) return { year: +match[2], month: +match[1] };
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text))) return { year: +match[1], month: +match[2], day: +match[3] };
  if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) return dayMonthOrder(+match[1], +match[2], +match[3]);
  if ((match = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(text))) return withMonthName(match[1], +match[2]);
  if ((match = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(text))) return withMonthName(match[1], +match[3], +match[2]);
  if ((match = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(text))) return withMonthName(match[2], +match[3], +match[1]);
  if ((match = /^(\d{1,2})[- ]([A-Za-z]{3,})[- ](\d{4})$/.exec(text))) return withMonthName(match[2], +match[3], +match[1]);
  return undefined;
}

/** `a/b/yyyy`: day-first or month-first, decided only when one of them cannot be a month (or both are equal). */
function dayMonthOrder(a: number, b: number, year: number): DateParts | undefined {
  if (a === b) return { year, month: a, day: b };
  if (a > 12 && b <= 12) return { year, month: b, day: a };
  if (b > 12 && a <= 12) return { year, month: a, day: b };
  return undefined;
}

function withMonthName(name: string, year: number, day?: number): DateParts | undefined {
  const month = MONTHS[name.toLowerCase()];
  return month === undefined ? undefined : { year, month, day };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
