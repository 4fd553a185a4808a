import { readCount } from '../../service/normalise';

export interface EnrollmentReading {
  readonly count: number;
  readonly type?: 'ACTUAL' | 'ESTIMATED';
}

/**
 * `30 participants`, `92`, `3,508`, `Actual Enrollment: 120`, `50 (Estimated)` → count and type.
 * `0`, `Not specified` and non-numbers → undefined (0 is a placeholder on aggregator pages). The type only
 * from the words Actual, Estimated, Anticipated, Expected or Est.: a "target" count says nothing of it.
 */
export function normaliseEnrollment(text: string | undefined, typeHint?: string): EnrollmentReading | undefined {
  if (text === undefined) return undefined;
  const match =
    /^\D{0,40}?(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:participants?|patients?|subjects?|people|persons?))?\s*(?:\(?\s*(actual|estimated|anticipated)\s*\)?)?\s*$/i.exec(
      text.trim(),
    );
  if (!match) return undefined;
  const count = readCount(match[1]);
  if (count === undefined || count <= 0) return undefined;
  const typeWord = `${match[2] ?? ''} ${typeHint ?? ''} ${text.slice(0, match.index + match[0].indexOf(match[1]))}`;
  const type = /actual/i.test(typeWord) ? 'ACTUAL' : /estimated|anticipated|expected|\best\b/i.test(typeWord) ? 'ESTIMATED' : undefined;
  return type ? { count, type } : { count };
}
