import { readDate, type DateReadingOptions } from '../../service/normalise';

export interface PartialDateReading {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision the page gives. */
  readonly date: string;
  readonly type?: 'ACTUAL' | 'ESTIMATED';
}

/**
 * How the site writes all-numeric dates: `day-first` (`13/10/2008`: ANZCTR, ISRCTN, CTRI, ChiCTR) or
 * `month-first` (`10/13/2008`). Without it only unambiguous numeric dates are read.
 */
export type DateOptions = Pick<DateReadingOptions, 'numericOrder'>;

/**
 * A page date → ISO partial date, read by the shared date reader: `February 2024` → 2024-02,
 * `March 15, 2017` / `15 March 2017` / `15-Mar-2017` → 2017-03-15, `2024/02` → 2024-02, ISO forms as they
 * are. "Actual" → ACTUAL; "Est.", "Estimated", "Anticipated", "Expected" → ESTIMATED; a time of day is
 * dropped. Placeholders (`1969-12-31`) and anything unreadable → undefined.
 */
export function normaliseDate(text: string | undefined, options: DateOptions = {}): PartialDateReading | undefined {
  if (text === undefined) return undefined;
  let value = text
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?$/i, '');
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
  const date = readDate(value, options)?.iso;
  if (!date || date === '1969-12-31' || date === '1970-01-01') return undefined;
  return type ? { date, type } : { date };
}
