import { setField, pushField } from './recordPath';
import { NCT_ID, registryIdOf, secondaryIdInfo } from './secondaryId';

/**
 * Files a page's registration number: an NCT ID becomes `nctId`; another registry's number
 * (EUCTR…, CTRI/…, ChiCTR…) becomes a `secondaryIdInfos` entry, never `nctId`.
 * Returns false when the text is neither.
 */
export function fileRegistrationNumber(record: Record<string, unknown>, text: string | undefined): boolean {
  if (text === undefined) return false;
  const id = text.trim();
  if (NCT_ID.test(id)) return setField(record, ['identificationModule', 'nctId'], id) || true;
  const registryId = registryIdOf(id);
  if (!registryId) return false;
  pushField(record, ['identificationModule', 'secondaryIdInfos'], secondaryIdInfo(registryId));
  return true;
}
