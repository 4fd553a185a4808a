export interface PartialDateReading {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision the page gives. */
  readonly date: string;
  readonly type?: 'ACTUAL' | 'ESTIMATED';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A page date → ISO partial date: `February 2024` → 2024-02, `March 15, 2017` / `15 March 2017`
 * → 2017-03-15, ISO forms as they are. Numeric day/month orders are read only when unambiguous
 * (a part above 12). "Actual" → ACTUAL; "Est.", "Estimated", "Anticipated", "Expected" → ESTIMATED.
 * Placeholders (`1969-12-31`) and anything unreadable → undefined.
 */
export interface DateOptions {
  /**
   * How the site writes all-numeric dates: `day-first` (`13/10/2008`: ANZCTR, ISRCTN, CTRI, ChiCTR) or
   * `month-first` (`10/13/2008`). Without it only unambiguous numeric dates are read.
   */
  readonly numericOrder?: 'day-first' | 'month-first';
}

export function normaliseDate(text: string | undefined, options: DateOptions = {}): PartialDateReading | undefined {
  if (text === undefined) return undefined;
  let value = text.replace(/\u00a0/g, ' ').trim().replace(/\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$/i, '');
  let type: 'ACTUAL' | 'ESTIMATED' | undefined;
  const prefix = /^\(?(actual|estimated|anticipated|expected|est\.|est\b)\)?:?\s*/i.exec(value);
  if (prefix) {
    type = /^actual/i.test(prefix[1]) ? 'ACTUAL' : 'ESTIMATED';
    value = value.slice(prefix[0].length);
  }
  const suffix = /\s*[([]?(actual|estimated|anticipated|expected)[)\]]?$/i.exec(value);
  if (suffix) {
    type = /^actual/i.test(suffix[1]) ? 'ACTUAL' : 'ESTIMATED';
    value = value.slice(0, suffix.index);
  }
  const date = isoPartial(value.trim(), options);
  if (!date || date === '1969-12-31' || date === '1970-01-01') return undefined;
  return type ? { date, type } : { date };
}

function isoPartial(value: string, options: DateOptions): string | undefined {
  let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1];
    if (!validDay(year, month, day)) return undefined;
    return match[3] ? `${match[1]}-${pad(month)}-${pad(day)}` : `${match[1]}-${pad(month)}`;
  }
  match = /^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{4})$/.exec(value);
  if (match) return dayDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  match = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (match) return dayDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(value);
  if (match) return dayDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  match = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[1]);
    return month ? `${match[2]}-${pad(month)}` : undefined;
  }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (first > 12 && second <= 12) return dayDate(year, second, first);
    if (second > 12 && first <= 12) return dayDate(year, first, second);
    if (first === second) return dayDate(year, first, first);
    if (options.numericOrder === 'day-first') return dayDate(year, second, first);
    if (options.numericOrder === 'month-first') return dayDate(year, first, second);
    return undefined;
  }
  if (/^\d{4}$/.test(value)) return value;
  return undefined;
}

function dayDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || !validDay(year, month, day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
