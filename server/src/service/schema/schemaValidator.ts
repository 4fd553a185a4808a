import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { RECORD_SCHEMA_JSON, type SchemaNode } from './recordSchema';
import { SCHEMA_EXTENSION_KEYWORDS } from './schemaKeywords';
import type { RecordValue } from '../parse/parsedRecord';

const SCHEMA_ID = 'trial-record';

/**
 * Compiled validators for the record schema: one per module and one for the protocol
 * section's own level (module names, required modules), so a change inside one module only
 * re-validates that module. Compiled once per process.
 */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly moduleValidators = new Map<string, ValidateFunction>();
  private readonly sectionValidator: ValidateFunction;
  readonly moduleNames: readonly string[];

  constructor(schema: SchemaNode = RECORD_SCHEMA_JSON) {
    this.ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: false });
    addFormats(this.ajv, ['date', 'uri', 'email']);
    for (const keyword of SCHEMA_EXTENSION_KEYWORDS) {
      if (!this.ajv.getKeyword(keyword)) this.ajv.addKeyword(keyword);
    }
    this.ajv.addSchema(schema as object, SCHEMA_ID);
    const section = schema.definitions?.ProtocolSection;
    if (!section?.properties) throw new Error('The record schema has no ProtocolSection properties.');
    this.moduleNames = Object.keys(section.properties);
    // The section level alone: each module only has to be an object here; modules are
    // validated by their own validators.
    this.sectionValidator = this.ajv.compile({
      type: 'object',
      properties: Object.fromEntries(this.moduleNames.map((name) => [name, { type: 'object' }])),
      required: section.required ?? [],
      additionalProperties: false,
    });
  }

  /** Errors of the protocol section's own level (pointers relative to the section). */
  validateSectionLevel(section: RecordValue): ErrorObject[] {
    this.sectionValidator(section);
    return [...(this.sectionValidator.errors ?? [])];
  }

  /** Errors inside one module; instance paths are made relative to the section. */
  validateModule(moduleName: string, value: RecordValue): ErrorObject[] {
    const validate = this.moduleValidator(moduleName);
    if (!validate) return [];
    validate(value);
    const prefix = `/${moduleName}`;
    return (validate.errors ?? []).map((error) => ({ ...error, instancePath: prefix + error.instancePath }));
  }

  private moduleValidator(moduleName: string): ValidateFunction | undefined {
    let validate = this.moduleValidators.get(moduleName);
    if (!validate && this.moduleNames.includes(moduleName)) {
      validate = this.ajv.getSchema(`${SCHEMA_ID}#/definitions/ProtocolSection/properties/${moduleName}`);
      if (validate) this.moduleValidators.set(moduleName, validate);
    }
    return validate;
  }
}

let sharedValidator: SchemaValidator | undefined;

export function schemaValidator(): SchemaValidator {
  sharedValidator ??= new SchemaValidator();
  return sharedValidator;
}
