import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RecordValue } from '../parse/parsedRecord';
import { modules, sectionLevel, sectionModules, studyLevel } from './generated/recordValidators';
import type { StudySectionName } from './studySections';

/**
 * The record schema's validators, generated ahead of time from the schema (see
 * scripts/schema/generate-validators.ts): one per module (of the protocol section and of each
 * study section such as resultsSection) and one for each section's own level, so a change inside
 * one module only re-validates that module.
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

  /** The module names of a study section (`participantFlowModule`, … for resultsSection). */
  sectionModuleNames(section: StudySectionName): readonly string[] {
    return Object.keys(sectionModules[section] ?? {});
  }

  /** Errors of a whole study's own level: its study sections and their module names (pointers from the study). */
  validateStudyLevel(study: RecordValue): ErrorObject[] {
    return errorsOf(studyLevel, study);
  }

  /** Errors inside one module of a study section; instance paths are made relative to the study. */
  validateSectionModule(section: StudySectionName, moduleName: string, value: RecordValue): ErrorObject[] {
    const validators = sectionModules[section];
    const validate = validators && Object.hasOwn(validators, moduleName) ? validators[moduleName] : undefined;
    if (!validate) return [];
    const prefix = `/${section}/${moduleName}`;
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
