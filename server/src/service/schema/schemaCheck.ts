import type { ErrorObject } from 'ajv';
import { isPlainObject, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import type { RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { offsetRange } from '../text/offsetRange';
import { recordSchema } from './recordSchema';
import { schemaDiagnostics } from './schemaDiagnostics';
import { schemaValidator } from './schemaValidator';
import { STUDY_SECTIONS } from './studySections';

interface ModuleMemo {
  /**
   * The module's data. Compared as data, not as source text: the same text can read differently
   * after an edit outside it (a tab inserted before its first key changes what the module holds),
   * and ajv's errors depend on the data alone.
   */
  readonly value: RecordValue;
  readonly errors: ErrorObject[];
}

/**
 * Schema validation with a per-module memo: a module whose data did not change since the last run
 * reuses its ajv errors (they are pointer-based; ranges are recomputed from the current parse),
 * so typing in one module re-validates only that module.
 */
export class SchemaCheck {
  private moduleMemo = new Map<string, ModuleMemo>();

  run(_text: string, parsed: ParsedRecord): RecordDiagnostic[] {
    if (parsed.value === undefined) return [];
    const section = valueAt(parsed.value, parsed.recordPointer);
    if (!isPlainObject(section)) {
      const location = parsed.locations.get(parsed.recordPointer);
      return [
        {
          layer: 'schema',
          code: 'schema/type',
          severity: 'error',
          pointer: parsed.recordPointer,
          range: location ? (location.keyRange ?? location.valueRange) : offsetRange(0, 0),
          message: 'A trial record is a group of modules (`identificationModule:`, `statusModule:`, …), not a single value or a list.',
        },
      ];
    }
    if (parsed.recordPointer === '' && Array.isArray(section.studies)) {
      // An API search response (`{"studies": [...]}`): one clear message instead of "unknown field".
      const location = parsed.locations.get('/studies');
      return [
        {
          layer: 'schema',
          code: 'schema/search-response',
          severity: 'error',
          pointer: '/studies',
          range: location ? (location.keyRange ?? location.valueRange) : offsetRange(0, 0),
          message: `This is a ClinicalTrials.gov search response holding ${section.studies.length} ${section.studies.length === 1 ? 'study' : 'studies'}, not one record. Import it (\`trial-record import\` or "Trial Record: Import Registry Page") to get one record per study.`,
        },
      ];
    }
    const validator = schemaValidator();
    const errors: ErrorObject[] = validator.validateSectionLevel(section);
    const nextMemo = new Map<string, ModuleMemo>();
    const checkModule = (memoKey: string, moduleValue: RecordValue, validate: () => ErrorObject[]): void => {
      const memo = this.moduleMemo.get(memoKey);
      const moduleErrors = memo && sameData(memo.value, moduleValue) ? memo.errors : validate();
      nextMemo.set(memoKey, { value: moduleValue, errors: moduleErrors });
      errors.push(...moduleErrors);
    };
    for (const moduleName of Object.keys(section)) {
      const moduleValue = section[moduleName];
      if (!isPlainObject(moduleValue) || !validator.moduleNames.includes(moduleName)) continue;
      checkModule(moduleName, moduleValue, () => validator.validateModule(moduleName, moduleValue));
    }
    if (parsed.recordPointer === '/protocolSection' && isPlainObject(parsed.value)) {
      // A whole study: its results (and document and annotation) sections, module by module too.
      const study = parsed.value;
      errors.push(...validator.validateStudyLevel(study));
      for (const sectionName of STUDY_SECTIONS) {
        const studySection = study[sectionName];
        if (!isPlainObject(studySection)) continue;
        const known = validator.sectionModuleNames(sectionName);
        for (const moduleName of Object.keys(studySection)) {
          const moduleValue = studySection[moduleName];
          if (!isPlainObject(moduleValue) || !known.includes(moduleName)) continue;
          checkModule(`${sectionName}/${moduleName}`, moduleValue, () =>
            validator.validateSectionModule(sectionName, moduleName, moduleValue),
          );
        }
      }
    }
    this.moduleMemo = nextMemo;
    return schemaDiagnostics(errors, parsed, recordSchema());
  }
}

/**
 * Whether two parsed values hold the same data, keys in the same order (ajv reports errors in key
 * order). The incremental parser shares the objects of untouched modules and list items with the
 * previous parse, so the identity check answers most of the tree at once: comparing a module
 * after an edit in one of its thousand locations walks the list, not every location.
 */
export function sameData(a: RecordValue | undefined, b: RecordValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i];
    if (key !== bKeys[i] || !sameData(a[key], b[key])) return false;
  }
  return true;
}
