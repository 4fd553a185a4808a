import { readDuration } from '../normalise';

/** What to do with a duration or age that is not in the API form. */
export type DurationRepair = { readonly kind: 'replace'; readonly value: string } | { readonly kind: 'remove' };

/**
 * The repair a duration quick fix applies, from the shared duration reader (service/normalise): the API form
 * (`18 Years`, `6 Months`, `1 Day`) of `18 years`, `18 yrs`, `18y`, `6 mths`, `12 hrs`; a bare number as years
 * only for an age (`bareNumberIsYears`); `N/A`, `None` and `No limit` mean "no limit": remove the field.
 * Undefined when the value is unreadable or already in the API form.
 */
export function repairDuration(written: string | number, bareNumberIsYears: boolean): DurationRepair | undefined {
  const reading = readDuration(written, { bareNumberIsYears });
  if (reading === undefined) return undefined;
  if (reading.kind === 'no-limit') return { kind: 'remove' };
  return reading.text === written ? undefined : { kind: 'replace', value: reading.text };
}
