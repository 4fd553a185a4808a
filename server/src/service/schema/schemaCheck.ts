import type { ErrorObject } from 'ajv';
import { isPlainObject, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import type { RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { offsetRange } from '../text/offsetRange';
import { recordSchema } from './recordSchema';
import { schemaDiagnostics } from './schemaDiagnostics';
import { schemaValidator } from './schemaValidator';

interface ModuleMemo {
  /** The module's value object: the incremental parser reuses it when the module did not change. */
  readonly value: RecordValue;
  /**
   * The module's data as JSON. Not its source text: the same text can read differently after an
   * edit outside it (a tab inserted before its first key changes what the module holds), and
   * ajv's errors depend on the data alone.
   */
  readonly content: string;
  readonly errors: ErrorObject[];
}

/**
 * Schema validation with a per-module memo: a module whose value object (kept by the incremental
 * parser) or data did not change since the last run reuses its ajv errors (they are
 * pointer-based; ranges are recomputed from the current parse), so typing in one module
 * re-validates only that module.
 */
export class SchemaCheck {
  private moduleMemo = new Map<string, ModuleMemo>();

  run(_text: string, parsed: ParsedRecord): RecordDiagnostic[] {
    if (parsed.value === undefined) return [];
    const section = valueAt(parsed.value, parsed.recordPointer);
    if (!isPlainObject(section)) {
      const location = parsed.locations.get(parsed.recordPointer);
      return [{
        layer: 'schema', code: 'schema/type', severity: 'error', pointer: parsed.recordPointer,
        range: location ? location.keyRange ?? location.valueRange : offsetRange(0, 0),
        message: 'A trial record is a group of modules (`identificationModule:`, `statusModule:`, …), not a single value or a list.',
      }];
    }
    if (parsed.recordPointer === '' && Array.isArray(section.studies)) {
      // An API search response (`{"studies": [...]}`): one clear message instead of "unknown field".
      const location = parsed.locations.get('/studies');
      return [{
        layer: 'schema', code: 'schema/search-response', severity: 'error', pointer: '/studies',
        range: location ? location.keyRange ?? location.valueRange : offsetRange(0, 0),
        message: `This is a ClinicalTrials.gov search response holding ${section.studies.length} ${section.studies.length === 1 ? 'study' : 'studies'}, not one record. Import it (\`trial-record import\` or "Trial Record: Import Registry Page") to get one record per study.`,
      }];
    }
    const validator = schemaValidator();
    const errors: ErrorObject[] = validator.validateSectionLevel(section);
    const nextMemo = new Map<string, ModuleMemo>();
    for (const moduleName of Object.keys(section)) {
      const moduleValue = section[moduleName];
      if (!isPlainObject(moduleValue) || !validator.moduleNames.includes(moduleName)) continue;
      const memo = this.moduleMemo.get(moduleName);
      let moduleErrors: ErrorObject[];
      let content: string;
      if (memo && memo.value === moduleValue) {
        moduleErrors = memo.errors;
        content = memo.content;
      } else {
        content = JSON.stringify(moduleValue);
        moduleErrors = memo && memo.content === content ? memo.errors : validator.validateModule(moduleName, moduleValue);
      }
      nextMemo.set(moduleName, { value: moduleValue, content, errors: moduleErrors });
      errors.push(...moduleErrors);
    }
    this.moduleMemo = nextMemo;
    return schemaDiagnostics(errors, parsed, recordSchema());
  }
}
