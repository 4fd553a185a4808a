import { DURATION_UNIT_SPELLINGS, NO_LIMIT_PHRASES, type DurationUnit } from './spellings';

export type { DurationUnit } from './spellings';

/** An age or duration in the API's NormalizedTime form: `18 Years`, `6 Months`, `1 Day`. */
export interface NormalisedDuration {
  /** `<n> <Unit>`, the unit singular for 1 and plural otherwise. */
  readonly text: string;
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** What a written age or duration says: a duration, or "no limit" (the field is left out). */
export type DurationReading = ({ readonly kind: 'duration' } & NormalisedDuration) | { readonly kind: 'no-limit' };

export interface DurationReadingOptions {
  /** A bare number (`18`) is years: the registry's default unit for ages. */
  readonly bareNumberIsYears?: boolean;
  /**
   * Read the duration a longer phrase starts with (`18 years and above`, `18.00 Year(s)`), as on a registry
   * page; otherwise the whole text must be the duration (`18 years old` at most).
   */
  readonly leading?: boolean;
}

const UNIT_BY_SPELLING: ReadonlyMap<string, DurationUnit> = new Map(
  (Object.entries(DURATION_UNIT_SPELLINGS) as Array<[DurationUnit, readonly string[]]>).flatMap(([unit, spellings]) =>
    spellings.map((spelling) => [spelling, unit] as const),
  ),
);
const NO_LIMIT = new Set(NO_LIMIT_PHRASES.map((phrase) => phrase.toLowerCase()));

/** `18.00` is 18; a real fraction has no API form. */
const AMOUNT = String.raw`(\d+)(?:\.0+)?`;
const WHOLE = new RegExp(String.raw`^${AMOUNT}\s*(?:([A-Za-z]+)(?:\(s\))?\.?)?(?:\s+(?:old|of age))?$`);
const LEADING = new RegExp(String.raw`^${AMOUNT}\s*([A-Za-z]+)\b`);

/**
 * A written age or duration in the API form: `18 years`, `18 yrs`, `18y`, `6 mo`, `6 mths`, `12 hrs`,
 * `1 days` → `18 Years`, …, `12 Hours`, `1 Day`. `N/A`, `None`, `No limit` say there is no limit.
 * Undefined for anything else (`adult`, `1.5 years`).
 */
export function readDuration(written: string | number, options: DurationReadingOptions = {}): DurationReading | undefined {
  const text = String(written).trim().replace(/\s+/g, ' ');
  if (NO_LIMIT.has(text.toLowerCase())) return { kind: 'no-limit' };
  const match = (options.leading ? LEADING : WHOLE).exec(text);
  if (!match) return undefined;
  const unit = match[2] === undefined ? (options.bareNumberIsYears ? 'Year' : undefined) : UNIT_BY_SPELLING.get(match[2].toLowerCase());
  return unit === undefined ? undefined : { kind: 'duration', ...durationOf(Number(match[1]), unit) };
}

const API_DURATION = /^(\d+) (Year|Month|Week|Day|Hour|Minute)s?$/;

/** A duration already in the API form (`18 Years`; `1 Years` too, which the API's pattern allows). */
export function readApiDuration(text: string): NormalisedDuration | undefined {
  const match = API_DURATION.exec(text.trim());
  return match ? { text, amount: Number(match[1]), unit: match[2] as DurationUnit } : undefined;
}

export function durationOf(amount: number, unit: DurationUnit): NormalisedDuration {
  return { text: `${amount} ${unit}${amount === 1 ? '' : 's'}`, amount, unit };
}

const DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  Year: 365.25,
  Month: 365.25 / 12,
  Week: 7,
  Day: 1,
  Hour: 1 / 24,
  Minute: 1 / 1440,
};

/** The duration in days (a year is 365.25 days, a month a twelfth of that), to compare durations. */
export function durationInDays(duration: Pick<NormalisedDuration, 'amount' | 'unit'>): number {
  return duration.amount * DAYS_PER_UNIT[duration.unit];
}
