import type { EnumOption } from './recordSchema';
import { nearestMatch } from '../util/nearestMatch';

/** Letters and digits only, upper case: `Not yet recruiting` and `not-yet_recruiting` compare equal. */
export function enumKey(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * The API value an author most likely meant by `input`: the same value in another case or
 * spelling (`Recruiting`, `not_yet_recruiting`), its registry label (`Not yet recruiting`,
 * `Phase 2`, `None (Open Label)`), or a near-miss typo (`RECRUTING`).
 */
export function suggestEnumValue(input: string, options: readonly EnumOption[]): string | undefined {
  const key = enumKey(input);
  if (key === '') return undefined;
  for (const option of options) {
    if (enumKey(option.value) === key || enumKey(option.label) === key) return option.value;
  }
  const byLabel = new Map<string, string>();
  for (const option of options) {
    byLabel.set(option.value, option.value);
    byLabel.set(option.label, option.value);
  }
  const near = nearestMatch(input, byLabel.keys());
  return near === undefined ? undefined : byLabel.get(near);
}
