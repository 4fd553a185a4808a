import { isPlainObject, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import type { RuleContext } from './ruleTypes';

/** Builds the context rules see: the protocol section of `parsed`, with pointers relative to it. */
export function createRuleContext(parsed: ParsedRecord, today: string): RuleContext {
  const prefix = parsed.recordPointer;
  const record = valueAt(parsed.value, prefix);
  const value = (pointer: string): RecordValue | undefined => valueAt(record, pointer);
  const text = (pointer: string): string | undefined => {
    const found = value(pointer);
    return typeof found === 'string' ? found : undefined;
  };
  return {
    record,
    today,
    locate: (pointer) => parsed.locations.get(prefix + pointer),
    value,
    has: (pointer) => isPresent(value(pointer)),
    text,
    number(pointer) {
      const found = value(pointer);
      return typeof found === 'number' ? found : undefined;
    },
    list(pointer) {
      const found = value(pointer);
      return Array.isArray(found) ? found : [];
    },
    studyType: text('/designModule/studyType'),
    overallStatus: text('/statusModule/overallStatus'),
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
