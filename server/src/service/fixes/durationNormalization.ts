const UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(years?|yrs?|y)$/i, 'Year'],
  [/^(months?|mos?|mths?)$/i, 'Month'],
  [/^(weeks?|wks?|w)$/i, 'Week'],
  [/^(days?|d)$/i, 'Day'],
  [/^(hours?|hrs?|h)$/i, 'Hour'],
  [/^(minutes?|mins?)$/i, 'Minute'],
];

/** Written instead of an age when there is no limit; the registry wants the field left out. */
const NO_LIMIT = /^(n\/?a|none|no limit|not applicable|no (minimum|maximum|min|max)( age)?( limit)?)$/i;

/** What to do with a duration or age that is not in the API form. */
export type DurationRepair =
  | { readonly kind: 'replace'; readonly value: string }
  | { readonly kind: 'remove' };

/**
 * The API form of a duration (`18 Years`, `6 Months`, `1 Day`) written another way: `18 years`,
 * `18 yrs`, `18y`, `6 mo`. A bare number is read as years only for an age (`bareNumberIsYears`),
 * the registry's default unit for ages. `N/A`, `None` and `No limit` mean "no limit": remove the field.
 */
export function repairDuration(written: string | number, bareNumberIsYears: boolean): DurationRepair | undefined {
  const text = String(written).trim();
  if (NO_LIMIT.test(text)) return { kind: 'remove' };
  const match = /^(\d+)\s*([A-Za-z]+)?\.?(?:\s+(?:old|of age))?$/.exec(text);
  if (!match) return undefined;
  const count = Number(match[1]);
  let unit: string | undefined;
  if (match[2] === undefined) unit = bareNumberIsYears ? 'Year' : undefined;
  else unit = UNITS.find(([pattern]) => pattern.test(match[2]!))?.[1];
  if (unit === undefined) return undefined;
  const value = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return value === written ? undefined : { kind: 'replace', value };
}
