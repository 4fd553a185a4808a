import { isPlainObject, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import type { RuleContext, SectionView } from './ruleTypes';

/** Where a whole study object keeps its results. */
export const RESULTS_SECTION_POINTER = '/resultsSection';

/** The two sections a rule reads. */
export type RuleSection = 'protocol' | 'results';

/**
 * Told of every read a rule makes through its context (the pointer relative to the section; `''` for the
 * whole section), so the findings can be kept while what was read stays the same (see ruleMemo.ts).
 * `resultsPresence` is told when a rule asks whether the study has results at all.
 */
export interface RuleReadObserver {
  read(section: RuleSection, pointer: string): void;
  resultsPresence(): void;
}

/** Builds the context rules see: the protocol section of `parsed`, with pointers relative to it, and the results. */
export function createRuleContext(parsed: ParsedRecord, today: string, observer?: RuleReadObserver): RuleContext {
  const record = valueAt(parsed.value, parsed.recordPointer);
  const protocol = sectionView(parsed, parsed.recordPointer, record, observer && ((pointer) => observer.read('protocol', pointer)));
  const resultsValue = parsed.recordPointer === '' ? undefined : valueAt(parsed.value, RESULTS_SECTION_POINTER);
  const results = isPlainObject(resultsValue)
    ? sectionView(parsed, RESULTS_SECTION_POINTER, resultsValue, observer && ((pointer) => observer.read('results', pointer)))
    : undefined;
  const studyType = textAt(record, STUDY_TYPE);
  const overallStatus = textAt(record, OVERALL_STATUS);
  return {
    ...protocol,
    get record() {
      observer?.read('protocol', '');
      return record;
    },
    today,
    get results() {
      observer?.resultsPresence();
      return results;
    },
    get studyType() {
      observer?.read('protocol', STUDY_TYPE);
      return studyType;
    },
    get overallStatus() {
      observer?.read('protocol', OVERALL_STATUS);
      return overallStatus;
    },
  };
}

const STUDY_TYPE = '/designModule/studyType';
const OVERALL_STATUS = '/statusModule/overallStatus';

function textAt(section: RecordValue | undefined, pointer: string): string | undefined {
  const found = valueAt(section, pointer);
  return typeof found === 'string' ? found : undefined;
}

function sectionView(
  parsed: ParsedRecord,
  prefix: string,
  section: RecordValue | undefined,
  observe: ((pointer: string) => void) | undefined,
): SectionView {
  const value = (pointer: string): RecordValue | undefined => {
    observe?.(pointer);
    return valueAt(section, pointer);
  };
  return {
    locate(pointer) {
      observe?.(pointer);
      return parsed.locations.get(prefix + pointer);
    },
    value,
    has: (pointer) => isPresent(value(pointer)),
    text(pointer) {
      observe?.(pointer);
      return textAt(section, pointer);
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
