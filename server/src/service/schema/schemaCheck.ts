import type { ErrorObject } from 'ajv';
import { isPlainObject, joinPointer, valueAt, type ParsedRecord } from '../parse/parsedRecord';
import type { RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { offsetRange } from '../text/offsetRange';
import { recordSchema } from './recordSchema';
import { schemaDiagnostics } from './schemaDiagnostics';
import { schemaValidator } from './schemaValidator';

/**
 * Schema validation with a per-module memo: a module whose source text did not change since
 * the last run reuses its ajv errors (they are pointer-based; ranges are recomputed from the
 * current parse), so typing in one module re-validates only that module.
 */
export class SchemaCheck {
  private moduleMemo = new Map<string, { text: string; errors: ErrorObject[] }>();

  run(text: string, parsed: ParsedRecord): RecordDiagnostic[] {
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
    const validator = schemaValidator();
    const errors: ErrorObject[] = validator.validateSectionLevel(section);
    const nextMemo = new Map<string, { text: string; errors: ErrorObject[] }>();
    for (const moduleName of Object.keys(section)) {
      const moduleValue = section[moduleName];
      if (!isPlainObject(moduleValue) || !validator.moduleNames.includes(moduleName)) continue;
      const location = parsed.locations.get(joinPointer(parsed.recordPointer, moduleName));
      const moduleText = location ? text.slice(location.valueRange.start, location.valueRange.end) : undefined;
      const memo = this.moduleMemo.get(moduleName);
      const moduleErrors = memo && moduleText !== undefined && memo.text === moduleText
        ? memo.errors
        : validator.validateModule(moduleName, moduleValue);
      if (moduleText !== undefined) nextMemo.set(moduleName, { text: moduleText, errors: moduleErrors });
      errors.push(...moduleErrors);
    }
    this.moduleMemo = nextMemo;
    return schemaDiagnostics(errors, parsed, recordSchema());
  }
}
