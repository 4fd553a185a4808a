// Builds the record schema (schemas/trial-record.schema.json) from two inputs:
//  - the official ClinicalTrials.gov API v2 OpenAPI spec (schemas/ctg-oas-v2.yaml): which
//    objects exist under ProtocolSection and the study sections beside it (ResultsSection,
//    AnnotationSection, DocumentSection), their properties, types and $refs, and enum values;
//  - the hand-written overlay (scripts/schema/schema-docs.yaml): titles, descriptions, enum
//    labels and explanations, PRS character limits, patterns, `required`, registry-assigned
//    fields.
// Any disagreement between the two is an error, so the output cannot drift from the spec.
import { parse } from 'yaml';
import type { LimitSource } from '../../server/src/service/schema/schemaKeywords';
import { STUDY_SECTION_COMPONENTS, STUDY_SECTIONS } from '../../server/src/service/schema/studySections';

export const SCHEMA_ID = 'https://trial-record-studio.invalid/schemas/trial-record.schema.json';
const DEFINITIONS = '#/definitions/';
const OAS_PREFIX = '#/components/schemas/';
/** The age/duration pattern the spec writes inline on minimumAge, maximumAge and targetDuration. */
const OAS_NORMALIZED_TIME_PATTERN = '^\\d+ (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)$';

/** A JSON Schema (draft-07) node as this generator writes it. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $comment?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  uniqueItems?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  enum?: string[];
  readOnly?: boolean;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  'x-enumLabels'?: string[];
  enumDescriptions?: string[];
  'x-registryAssigned'?: boolean;
  'x-limitSource'?: LimitSource;
}

/** The subset of an OpenAPI 3.0 schema object found in ctg-oas-v2.yaml. */
interface OasSchema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: string[];
  items?: OasSchema;
  properties?: Record<string, OasSchema>;
  required?: string[];
  anyOf?: OasSchema[];
  oneOf?: OasSchema[];
  allOf?: OasSchema[];
  additionalProperties?: boolean | OasSchema;
}

interface PropertyDoc {
  title: string;
  description: string;
  maxLength?: number;
  limitSource?: LimitSource;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  uniqueItems?: boolean;
  ref?: string;
  itemsRef?: string;
  registryAssigned?: boolean;
  extra?: { type: string };
}

interface ObjectDoc {
  title: string;
  description: string;
  required?: string[];
  properties: Record<string, PropertyDoc>;
}

interface FormatDoc {
  title: string;
  description: string;
  pattern: string;
  format?: string;
}

interface EnumDoc {
  title: string;
  description: string;
  protocol?: boolean;
  values: Record<string, string>;
}

interface SchemaDocs {
  objects: Record<string, ObjectDoc>;
  formats: Record<string, FormatDoc>;
  enums: Record<string, EnumDoc>;
}

class SchemaBuildError extends Error {}

function fail(message: string): never {
  throw new SchemaBuildError(message);
}

function refName(ref: string): string {
  if (!ref.startsWith(OAS_PREFIX)) fail(`unexpected $ref ${ref}`);
  return ref.slice(OAS_PREFIX.length);
}

/** Names of every component reachable from `start` (including `start`). */
function reachable(schemas: Record<string, OasSchema>, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (node: OasSchema | undefined): void => {
    if (!node) return;
    if (node.$ref) {
      const name = refName(node.$ref);
      if (!seen.has(name)) {
        seen.add(name);
        visit(schemas[name] ?? fail(`$ref to missing component ${name}`));
      }
      return;
    }
    visit(node.items);
    for (const child of Object.values(node.properties ?? {})) visit(child);
    for (const child of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) visit(child);
    if (typeof node.additionalProperties === 'object') visit(node.additionalProperties);
  };
  visit({ $ref: OAS_PREFIX + start });
  return seen;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** "5,000" for 5000: how a limit is written in a description. */
export function formatLimit(limit: number): string {
  return limit.toLocaleString('en-US');
}

export function buildRecordSchema(oasText: string, docsText: string): JsonSchema {
  const oas = parse(oasText) as { components?: { schemas?: Record<string, OasSchema> } };
  const schemas = oas.components?.schemas ?? fail('the spec has no components.schemas');
  const docs = parse(docsText) as SchemaDocs;

  const fromProtocol = reachable(schemas, 'ProtocolSection');
  const fromStudy = reachable(schemas, 'Study');
  const isEnum = (name: string): boolean => Array.isArray(schemas[name]?.enum);

  // The study sections beside the protocol section that the schema describes (not DerivedSection).
  const studyProperties = schemas.Study?.properties ?? fail('the spec has no Study object');
  const moduleNames = Object.keys(schemas.ProtocolSection?.properties ?? {});
  const fromSections = new Set<string>();
  for (const section of STUDY_SECTIONS) {
    const component = STUDY_SECTION_COMPONENTS[section];
    if (studyProperties[section]?.$ref !== OAS_PREFIX + component) fail(`Study.${section} is not a ${component}`);
    // Schema paths start with a module name or a section name (studySections.ts): they must differ.
    if (moduleNames.includes(section)) fail(`the protocol module ${section} has the name of a study section`);
    for (const name of reachable(schemas, component)) fromSections.add(name);
  }

  // Objects: exactly the object components under ProtocolSection and those sections.
  const objectNames = [...fromProtocol, ...fromSections].filter((name) => schemas[name]?.type === 'object');
  const documentedObjects = Object.keys(docs.objects);
  const undocumented = objectNames.filter((name) => !documentedObjects.includes(name));
  const unknown = documentedObjects.filter((name) => !objectNames.includes(name));
  if (undocumented.length) fail(`objects without docs: ${undocumented.join(', ')}`);
  if (unknown.length) fail(`docs for objects not under ProtocolSection or ${STUDY_SECTIONS.join(', ')}: ${unknown.join(', ')}`);

  // Enums: every enum a study can contain (41; the spec's 42nd, FieldStatsType, is API metadata).
  const studyEnums = [...fromStudy].filter(isEnum);
  const documentedEnums = Object.keys(docs.enums);
  const missingEnums = studyEnums.filter((name) => !documentedEnums.includes(name));
  const unknownEnums = documentedEnums.filter((name) => !studyEnums.includes(name));
  if (missingEnums.length) fail(`enums without docs: ${missingEnums.join(', ')}`);
  if (unknownEnums.length) fail(`docs for enums the spec does not have: ${unknownEnums.join(', ')}`);
  for (const name of documentedEnums) {
    const usedInProtocol = fromProtocol.has(name);
    if (usedInProtocol !== (docs.enums[name].protocol !== false)) {
      fail(`enum ${name}: protocol flag says ${docs.enums[name].protocol !== false}, the spec says ${usedInProtocol}`);
    }
  }
  if (!schemas.PartialDate || schemas.PartialDate.type !== 'string') fail('the spec has no PartialDate string');

  const formatNames = Object.keys(docs.formats);
  const definitionNames = new Set([...documentedObjects, ...documentedEnums, ...formatNames]);
  const definitionRef = (name: string): string => {
    if (!definitionNames.has(name)) fail(`reference to undefined definition ${name}`);
    return DEFINITIONS + name;
  };

  /** The JSON Schema for one spec property (or array items), before documentation. */
  const mapType = (node: OasSchema, where: string, ref: string | undefined, itemsRef: string | undefined): JsonSchema => {
    if (node.$ref) {
      if (ref) fail(`${where}: ref override on a $ref property`);
      return { $ref: definitionRef(refName(node.$ref)) };
    }
    switch (node.type) {
      case 'string': {
        if (node.enum) fail(`${where}: inline enum`);
        if (node.format === 'date') {
          if (ref) fail(`${where}: ref override on a date`);
          return { $ref: definitionRef('NormalizedDate') };
        }
        if (node.format) fail(`${where}: unexpected format ${node.format}`);
        if (node.pattern !== undefined) {
          if (node.pattern !== OAS_NORMALIZED_TIME_PATTERN) fail(`${where}: unexpected pattern ${node.pattern}`);
          if (ref) fail(`${where}: ref override on a pattern property`);
          return { $ref: definitionRef('NormalizedTime') };
        }
        return ref ? { $ref: definitionRef(ref) } : { type: 'string' };
      }
      case 'boolean':
      case 'integer':
      case 'number':
        if (ref) fail(`${where}: ref override on a ${node.type}`);
        return { type: node.type };
      case 'array':
        if (ref) fail(`${where}: ref override on an array (use itemsRef)`);
        return { type: 'array', items: mapType(node.items ?? fail(`${where}: array without items`), `${where}[]`, itemsRef, undefined) };
      default:
        return fail(`${where}: unsupported type ${String(node.type)}`);
    }
  };

  const formatDefinitions: Record<string, JsonSchema> = {};
  for (const [name, doc] of Object.entries(docs.formats)) {
    const definition: JsonSchema = { title: doc.title, description: doc.description, type: 'string', pattern: doc.pattern };
    if (doc.format) definition.format = doc.format;
    new RegExp(doc.pattern, 'u'); // throws on a malformed pattern
    formatDefinitions[name] = definition;
  }

  const objectDefinitions: Record<string, JsonSchema> = {};
  // Objects that require a registry-assigned property (allowed only if the registry assigns the
  // whole object wherever it is used, like GeoPoint and the posted-date DateStruct).
  const requiredRegistryObjects = new Set<string>();
  for (const [name, doc] of Object.entries(docs.objects)) {
    const oasObject = schemas[name];
    const oasProperties = oasObject.properties ?? {};
    const documented = Object.keys(doc.properties ?? {});
    const missing = Object.keys(oasProperties).filter((key) => !documented.includes(key));
    if (missing.length) fail(`${name}: properties without docs: ${missing.join(', ')}`);
    const properties: Record<string, JsonSchema> = {};
    for (const [key, propertyDoc] of Object.entries(doc.properties)) {
      const where = `${name}.${key}`;
      if (!propertyDoc.title || !propertyDoc.description) fail(`${where}: title and description are required`);
      const oasProperty = oasProperties[key];
      let base: JsonSchema;
      if (oasProperty) {
        if (propertyDoc.extra) fail(`${where}: marked extra but the spec has it`);
        base = mapType(oasProperty, where, propertyDoc.ref, propertyDoc.itemsRef);
      } else {
        if (!propertyDoc.extra) fail(`${where}: documented property the spec does not have (mark it extra)`);
        base = { type: propertyDoc.extra.type };
      }
      const property: JsonSchema = { title: propertyDoc.title, description: propertyDoc.description, ...base };
      // Constraints go on plain types only; a $ref's constraints live in its definition.
      const valueType = base.type;
      if (propertyDoc.maxLength !== undefined || propertyDoc.minLength !== undefined) {
        if (valueType !== 'string') fail(`${where}: length limits need a plain string`);
        if (propertyDoc.minLength !== undefined) property.minLength = propertyDoc.minLength;
        if (propertyDoc.maxLength !== undefined) {
          if (!propertyDoc.limitSource) fail(`${where}: maxLength without limitSource`);
          if (!propertyDoc.description.includes(formatLimit(propertyDoc.maxLength))) {
            fail(`${where}: the description must mention the ${formatLimit(propertyDoc.maxLength)}-character limit`);
          }
          property.maxLength = propertyDoc.maxLength;
          property['x-limitSource'] = propertyDoc.limitSource;
        }
      } else if (propertyDoc.limitSource) {
        fail(`${where}: limitSource without maxLength`);
      }
      if (propertyDoc.minimum !== undefined || propertyDoc.maximum !== undefined) {
        if (valueType !== 'integer' && valueType !== 'number') fail(`${where}: minimum/maximum need a number`);
        if (propertyDoc.minimum !== undefined) property.minimum = propertyDoc.minimum;
        if (propertyDoc.maximum !== undefined) property.maximum = propertyDoc.maximum;
      }
      if (propertyDoc.uniqueItems) {
        if (valueType !== 'array') fail(`${where}: uniqueItems needs an array`);
        property.uniqueItems = true;
      }
      if (propertyDoc.registryAssigned) {
        if (!/registry/i.test(propertyDoc.description)) fail(`${where}: a registry-assigned field must say so in its description`);
        property.readOnly = true;
        property['x-registryAssigned'] = true;
      }
      properties[key] = property;
    }
    const definition: JsonSchema = { title: doc.title, description: doc.description, type: 'object', properties };
    if (doc.required?.length) {
      for (const key of doc.required) {
        if (!properties[key]) fail(`${name}: required ${key} is not a property`);
        if (properties[key]['x-registryAssigned']) requiredRegistryObjects.add(name);
      }
      definition.required = [...doc.required];
    }
    definition.additionalProperties = false;
    objectDefinitions[name] = definition;
  }

  for (const name of requiredRegistryObjects) {
    for (const [owner, definition] of Object.entries(objectDefinitions)) {
      for (const [key, property] of Object.entries(definition.properties ?? {})) {
        const target = property.$ref ?? property.items?.$ref;
        if (target === DEFINITIONS + name && !property['x-registryAssigned']) {
          fail(`${name} requires registry-assigned fields but ${owner}.${key} lets an author write it`);
        }
      }
    }
  }

  const enumDefinitions: Record<string, JsonSchema> = {};
  for (const [name, doc] of Object.entries(docs.enums)) {
    const official = schemas[name].enum ?? fail(`${name} is not an enum`);
    const values = Object.keys(doc.values);
    if (!sameList(values, official)) {
      fail(`${name}: values ${values.join(',')} differ from the spec's ${official.join(',')}`);
    }
    const labels: string[] = [];
    const descriptions: string[] = [];
    for (const value of values) {
      const [label, explanation, ...rest] = doc.values[value].split(' | ');
      if (!label || !explanation || rest.length) fail(`${name}.${value}: write "Label | explanation"`);
      labels.push(label);
      descriptions.push(`${label} — ${explanation}`);
    }
    enumDefinitions[name] = {
      title: doc.title,
      description: doc.description,
      type: 'string',
      enum: [...official],
      'x-enumLabels': labels,
      enumDescriptions: descriptions,
    };
  }

  // ProtocolSection first, then the other objects, the value formats and the enums.
  const ordered: Record<string, JsonSchema> = {};
  for (const [name, definition] of Object.entries(objectDefinitions)) ordered[name] = definition;
  for (const [name, definition] of Object.entries(formatDefinitions)) ordered[name] = definition;
  for (const [name, definition] of Object.entries(enumDefinitions)) ordered[name] = definition;

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    $comment:
      'Generated by scripts/schema/generate-schema.ts from schemas/ctg-oas-v2.yaml (ClinicalTrials.gov API v2 OpenAPI spec) and scripts/schema/schema-docs.yaml. Do not edit by hand.',
    title: 'Trial record',
    description:
      'A ClinicalTrials.gov-style study record: the protocolSection of a ClinicalTrials.gov API v2 study (13 modules as top-level keys), or a whole API study object whose protocolSection, resultsSection, annotationSection and documentSection are checked and whose registry-computed parts (derivedSection, hasResults) are left as they are.',
    type: 'object',
    // `properties` inside `if` only declares the key for ajv's strictRequired; it accepts anything.
    if: {
      properties: {
        protocolSection: { title: 'Protocol section', description: 'Present when the file is a whole API study object.' },
      },
      required: ['protocolSection'],
    },
    then: {
      properties: {
        protocolSection: {
          title: 'Protocol section',
          description: 'The protocol section of the study: the record itself.',
          $ref: definitionRef('ProtocolSection'),
        },
        ...Object.fromEntries(STUDY_SECTIONS.map((section) => [section, studySectionProperty(docs, section)])),
      },
    },
    else: { $ref: definitionRef('ProtocolSection') },
    definitions: ordered,
  };
}

/** A study section beside the protocol section: a reference to its definition, with its docs. */
function studySectionProperty(docs: SchemaDocs, section: (typeof STUDY_SECTIONS)[number]): JsonSchema {
  const component = STUDY_SECTION_COMPONENTS[section];
  const doc = docs.objects[component] ?? fail(`no docs for ${component}`);
  return { title: doc.title, description: doc.description, $ref: DEFINITIONS + component };
}

/** The schema file's text: 2-space JSON with a final newline. */
export function renderSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
