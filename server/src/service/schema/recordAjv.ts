import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { SchemaNode } from './recordSchema';
import { SCHEMA_EXTENSION_KEYWORDS } from './schemaKeywords';
import { STUDY_SECTION_COMPONENTS, STUDY_SECTIONS, type StudySectionName } from './studySections';

/** The id the record schema is registered under; module validators are `${id}#/definitions/ProtocolSection/properties/<module>`. */
export const RECORD_SCHEMA_ID = 'trial-record';
/** The id of the protocol section's own level (module names, required modules; each module only has to be an object). */
export const SECTION_LEVEL_SCHEMA_ID = 'trial-record-section-level';
/**
 * The id of a whole study's own level: each of the study sections (resultsSection, …) is a group
 * of its known modules, each only an object. Other study keys (derivedSection, hasResults) pass.
 */
export const STUDY_LEVEL_SCHEMA_ID = 'trial-record-study-level';

/** The names of the 13 modules, in API order. */
export function moduleNamesOf(schema: SchemaNode): string[] {
  const section = schema.definitions?.ProtocolSection;
  if (!section?.properties) throw new Error('The record schema has no ProtocolSection properties.');
  return Object.keys(section.properties);
}

/** The module names of one study section (`participantFlowModule`, … for resultsSection), in API order. */
export function sectionModuleNamesOf(schema: SchemaNode, section: StudySectionName): string[] {
  const definition = schema.definitions?.[STUDY_SECTION_COMPONENTS[section]];
  if (!definition?.properties) throw new Error(`The record schema has no ${STUDY_SECTION_COMPONENTS[section]} properties.`);
  return Object.keys(definition.properties);
}

/** The ajv id of one module of a study section: `${RECORD_SCHEMA_ID}#/definitions/ResultsSection/properties/<module>`. */
export function sectionModuleSchemaId(section: StudySectionName, moduleName: string): string {
  return `${RECORD_SCHEMA_ID}#/definitions/${STUDY_SECTION_COMPONENTS[section]}/properties/${moduleName}`;
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
  ajv.addSchema(groupOfObjects(moduleNamesOf(schema), schema.definitions?.ProtocolSection?.required ?? []), SECTION_LEVEL_SCHEMA_ID);
  ajv.addSchema(
    {
      type: 'object',
      properties: Object.fromEntries(STUDY_SECTIONS.map((section) => [section, groupOfObjects(sectionModuleNamesOf(schema, section), [])])),
    },
    STUDY_LEVEL_SCHEMA_ID,
  );
  return ajv;
}

/** An object of known keys whose values only have to be objects (each is checked by its own validator). */
function groupOfObjects(names: readonly string[], required: readonly string[]): SchemaNode {
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { type: 'object' }])),
    ...(required.length > 0 ? { required: [...required] } : {}),
    additionalProperties: false,
  };
}
