import type { EnumOption } from '../schema/recordSchema';
import { suggestEnumValue } from '../schema/enumSuggestion';

/**
 * Several enum values written as one (`Phase 1/Phase 2`, `PHASE1, PHASE2`): the API values, when
 * every part is one (undefined otherwise, or for a single part).
 */
export function splitEnumValues(written: string, options: readonly EnumOption[]): string[] | undefined {
  const parts = written.split(/\s*(?:\/|,|;|&|\+|\band\b)\s*/i).filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  const values = parts.map((part) => suggestEnumValue(part, options));
  if (values.some((value) => value === undefined)) return undefined;
  return [...new Set(values as string[])];
}
