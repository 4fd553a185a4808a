import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RecordValue } from '../parse/parsedRecord';
import { modules, sectionLevel } from './generated/recordValidators';

/**
 * The record schema's validators, generated ahead of time from the schema (see
 * scripts/schema/generate-validators.ts): one per module and one for the protocol section's own
 * level, so a change inside one module only re-validates that module.
 */
export class SchemaValidator {
  readonly moduleNames: readonly string[] = Object.keys(modules);

  /** Errors of the protocol section's own level (pointers relative to the section). */
  validateSectionLevel(section: RecordValue): ErrorObject[] {
    return errorsOf(sectionLevel, section);
  }

  /** Errors inside one module; instance paths are made relative to the section. */
  validateModule(moduleName: string, value: RecordValue): ErrorObject[] {
    const validate = Object.hasOwn(modules, moduleName) ? modules[moduleName] : undefined;
    if (!validate) return [];
    const prefix = `/${moduleName}`;
    return errorsOf(validate, value).map((error) => ({ ...error, instancePath: prefix + error.instancePath }));
  }
}

function errorsOf(validate: ValidateFunction, value: RecordValue): ErrorObject[] {
  validate(value);
  return [...(validate.errors ?? [])];
}

let sharedValidator: SchemaValidator | undefined;

export function schemaValidator(): SchemaValidator {
  sharedValidator ??= new SchemaValidator();
  return sharedValidator;
}
