import { isPlainObject, type ParsedRecord } from '../service/parse/parsedRecord';

export type StudyJson = { readonly json: string } | { readonly refused: string };

/**
 * The record as ClinicalTrials.gov API v2 study JSON: `{"protocolSection": …}`. A document that is
 * already a whole study (protocol section plus derived section, results flags…) is kept whole.
 * Refused while the text does not parse: the tolerant parser's partial value would drop the rest.
 */
export function studyJsonOf(parsed: ParsedRecord): StudyJson {
  const syntaxError = parsed.syntaxProblems.find((problem) => problem.severity === 'error');
  if (syntaxError) return { refused: `the record does not parse: ${syntaxError.message}` };
  if (!isPlainObject(parsed.value))
    return { refused: parsed.value === undefined ? 'the record is empty' : 'the document is not a mapping of record modules' };
  const study = parsed.recordPointer === '/protocolSection' ? parsed.value : { protocolSection: parsed.value };
  return { json: `${JSON.stringify(study, null, 2)}\n` };
}
