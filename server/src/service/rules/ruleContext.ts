import { isPlainObject, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import type { RuleContext, SectionView } from './ruleTypes';

/** Where a whole study object keeps its results. */
export const RESULTS_SECTION_POINTER = '/resultsSection';

/** Builds the context rules see: the protocol section of `parsed`, with pointers relative to it, and the results. */
export function createRuleContext(parsed: ParsedRecord, today: string): RuleContext {
  const record = valueAt(parsed.value, parsed.recordPointer);
  const protocol = sectionView(parsed, parsed.recordPointer, record);
  const resultsValue = parsed.recordPointer === '' ? undefined : valueAt(parsed.value, RESULTS_SECTION_POINTER);
  return {
    ...protocol,
    record,
    today,
    results: isPlainObject(resultsValue) ? sectionView(parsed, RESULTS_SECTION_POINTER, resultsValue) : undefined,
    studyType: protocol.text('/designModule/studyType'),
    overallStatus: protocol.text('/statusModule/overallStatus'),
  };
}

function sectionView(parsed: ParsedRecord, prefix: string, section: RecordValue | undefined): SectionView {
  const value = (pointer: string): RecordValue | undefined => valueAt(section, pointer);
  return {
    locate: (pointer) => parsed.locations.get(prefix + pointer),
    value,
    has: (pointer) => isPresent(value(pointer)),
    text(pointer) {
      const found = value(pointer);
      return typeof found === 'string' ? found : undefined;
    },
    number(pointer) {
      const found = value(pointer);
      return typeof found === 'number' ? found : undefined;
    },
    list(pointer) {
      const found = value(pointer);
      return Array.isArray(found) ? found : [];
    },
  };
}

/** Whether a field counts as given: not absent, null, blank, or an empty list or object. */
export function isPresent(found: RecordValue | undefined): boolean {
  if (found === undefined || found === null) return false;
  if (typeof found === 'string') return found.trim() !== '';
  if (Array.isArray(found)) return found.length > 0;
  if (isPlainObject(found)) return Object.keys(found).length > 0;
  return true;
}
