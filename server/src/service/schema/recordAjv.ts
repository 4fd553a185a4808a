import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { SchemaNode } from './recordSchema';
import { SCHEMA_EXTENSION_KEYWORDS } from './schemaKeywords';

/** The id the record schema is registered under; module validators are `${id}#/definitions/ProtocolSection/properties/<module>`. */
export const RECORD_SCHEMA_ID = 'trial-record';
/** The id of the protocol section's own level (module names, required modules; each module only has to be an object). */
export const SECTION_LEVEL_SCHEMA_ID = 'trial-record-section-level';

/** The names of the 13 modules, in API order. */
export function moduleNamesOf(schema: SchemaNode): string[] {
  const section = schema.definitions?.ProtocolSection;
  if (!section?.properties) throw new Error('The record schema has no ProtocolSection properties.');
  return Object.keys(section.properties);
}

/**
 * The ajv instance the record validators are generated from (scripts/schema/generate-validators.ts):
 * all errors, strict, the formats and extension keywords the schema uses. Only the build uses it —
 * the extension ships the generated code, so it never compiles code at run time (no `new Function`).
 */
export function createRecordAjv(schema: SchemaNode): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true } });
  addFormats(ajv, ['date', 'uri', 'email']);
  for (const keyword of SCHEMA_EXTENSION_KEYWORDS) ajv.addKeyword(keyword);
  ajv.addSchema(schema, RECORD_SCHEMA_ID);
  const moduleNames = moduleNamesOf(schema);
  ajv.addSchema(
    {
      type: 'object',
      properties: Object.fromEntries(moduleNames.map((name) => [name, { type: 'object' }])),
      required: schema.definitions?.ProtocolSection?.required ?? [],
      additionalProperties: false,
    },
    SECTION_LEVEL_SCHEMA_ID,
  );
  return ajv;
}
