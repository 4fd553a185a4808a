import { readDuration } from '../../service/normalise';

/**
 * `18 Years`, `18 years old`, `65 Yrs`, `6 months`, `1 day`, `18.00 Year(s)` → `18 Years` / `6 Months` / `1 Day`
 * (the shared spellings table); `N/A`, `No limit` and a bare number → undefined.
 */
export function normaliseAge(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const reading = readDuration(text, { leading: true });
  return reading?.kind === 'duration' ? reading.text : undefined;
}

export interface AgeRange {
  readonly minimumAge?: string;
  readonly maximumAge?: string;
}

/** `18 Years to 80 Years`, `18 Years and older`, `Up to 65 Years`, `18-60 years` → min/max ages. */
export function normaliseAgeRange(text: string | undefined): AgeRange {
  if (text === undefined) return {};
  const value = text.trim();
  let match = /^(\d+)\s*\+\s*(years?|months?)?(?:\s+old)?$/i.exec(value);
  if (match) return defined({ minimumAge: normaliseAge(`${match[1]} ${match[2] ?? 'years'}`) });
  // `18-60 years`; `21-80` in an age field means years.
  match = /^(\d+)\s*[-–]\s*(\d+)\s*(years?|months?)?$/i.exec(value);
  if (match)
    return defined({
      minimumAge: normaliseAge(`${match[1]} ${match[3] ?? 'years'}`),
      maximumAge: normaliseAge(`${match[2]} ${match[3] ?? 'years'}`),
    });
  match = /^(.+?)\s+(?:and (?:older|over)|\+|or older)$/i.exec(value);
  if (match) return defined({ minimumAge: normaliseAge(match[1]) });
  match = /^(?:up to|under|to)\s+(.+)$/i.exec(value);
  if (match) return defined({ maximumAge: normaliseAge(match[1]) });
  match = /^(.+?)\s+(?:to|-|–)\s+(.+)$/i.exec(value);
  if (match) return defined({ minimumAge: normaliseAge(match[1]), maximumAge: normaliseAge(match[2]) });
  return {};
}

function defined(range: AgeRange): AgeRange {
  return { ...(range.minimumAge ? { minimumAge: range.minimumAge } : {}), ...(range.maximumAge ? { maximumAge: range.maximumAge } : {}) };
}
