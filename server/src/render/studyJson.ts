import { isPlainObject, type ParsedRecord } from '../service/parse/parsedRecord';

/**
 * The record as ClinicalTrials.gov API v2 study JSON: `{"protocolSection": …}`. A document that is
 * already a whole study (protocol section plus derived section, results flags…) is kept whole.
 * Undefined when the document is not a mapping at all (empty or unparseable).
 */
export function studyJsonOf(parsed: ParsedRecord): string | undefined {
  if (!isPlainObject(parsed.value)) return undefined;
  const study = parsed.recordPointer === '/protocolSection' ? parsed.value : { protocolSection: parsed.value };
  return `${JSON.stringify(study, null, 2)}\n`;
}
