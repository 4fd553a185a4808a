import { splitEnumList } from '../normalise';
import type { EnumOption } from '../schema/recordSchema';

/**
 * Several enum values written as one (`Phase 1/Phase 2`, `Phase 2/3`, `PHASE1, PHASE2`): the API values, when
 * every part is one, near misses included (undefined otherwise, or for a single part). The reading is the
 * shared one (service/normalise).
 */
export function splitEnumValues(written: string, options: readonly EnumOption[]): string[] | undefined {
  return splitEnumList(written, options, { policy: 'near' });
}
