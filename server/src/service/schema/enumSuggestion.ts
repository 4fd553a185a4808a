import { matchEnumValue } from '../normalise';
import type { EnumOption } from './recordSchema';

/**
 * The API value an author most likely meant by `input`: the same value in another case or
 * spelling (`Recruiting`, `not_yet_recruiting`), its registry label (`Not yet recruiting`,
 * `Phase 2`, `None (Open Label)`), a legacy label (`Parallel Assignment`), or a near-miss typo (`RECRUTING`).
 */
export function suggestEnumValue(input: string, options: readonly EnumOption[]): string | undefined {
  return matchEnumValue(input, options, { policy: 'near' });
}
