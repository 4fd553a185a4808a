import type { EnumOption } from '../schema/recordSchema';
import { enumKey, suggestEnumValue } from '../schema/enumSuggestion';

/**
 * Several enum values written as one (`Phase 1/Phase 2`, `Phase 2/3`, `PHASE1, PHASE2`): the API values, when
 * every part is one (undefined otherwise, or for a single part).
 */
export function splitEnumValues(written: string, options: readonly EnumOption[]): string[] | undefined {
  // A label that itself holds a separator (`Active, not recruiting`) is one value.
  if (options.some((option) => enumKey(option.value) === enumKey(written) || enumKey(option.label) === enumKey(written))) return undefined;
  const parts = written.split(/\s*(?:\/|,|;|&|\+|\band\b)\s*/i).filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  // `Phase 1/2`: a bare number after a labelled value shares its label.
  const label = /^(.*?)\s*\d+$/.exec(parts[0])?.[1];
  if (label) for (let i = 1; i < parts.length; i++) if (/^\d+$/.test(parts[i])) parts[i] = `${label} ${parts[i]}`;
  if (parts.some((part) => part.length < 2)) return undefined; // `N/A` is one value, not `N` and `A`
  const values = parts.map((part) => suggestEnumValue(part, options));
  if (values.some((value) => value === undefined)) return undefined;
  return [...new Set(values as string[])];
}
