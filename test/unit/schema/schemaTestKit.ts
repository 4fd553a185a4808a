// Shared loading for the record-schema tests: the schema file, the official spec copy, the real
// ClinicalTrials.gov fixture records and a strict ajv instance set up the way the brief asks.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { JsonSchema } from '../../../scripts/schema/buildSchema';
import { SCHEMA_EXTENSION_KEYWORDS } from '../../../server/src/service/schema/schemaKeywords';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SCHEMA_PATH = path.join(ROOT, 'schemas', 'trial-record.schema.json');
export const OAS_PATH = path.join(ROOT, 'schemas', 'ctg-oas-v2.yaml');
export const DOCS_PATH = path.join(ROOT, 'scripts', 'schema', 'schema-docs.yaml');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'ctgov');

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as JsonSchema;
export const definitions: Record<string, JsonSchema> = schema.definitions ?? {};

export interface OasNode {
  $ref?: string;
  type?: string;
  enum?: string[];
  properties?: Record<string, OasNode>;
  items?: OasNode;
}
export const oasSchemas = (parse(readFileSync(OAS_PATH, 'utf8')) as { components: { schemas: Record<string, OasNode> } }).components
  .schemas;

/** The 41 study enums of ctgov-model.md §3 (29 used in the protocol section, 12 elsewhere). */
export const PROTOCOL_ENUMS = [
  'Status',
  'RecruitmentStatus',
  'ExpandedAccessStatus',
  'DateType',
  'StudyType',
  'Phase',
  'DesignAllocation',
  'InterventionalAssignment',
  'PrimaryPurpose',
  'DesignMasking',
  'WhoMasked',
  'ObservationalModel',
  'DesignTimePerspective',
  'BioSpecRetention',
  'EnrollmentType',
  'ArmGroupType',
  'InterventionType',
  'Sex',
  'StandardAge',
  'SamplingMethod',
  'OrgStudyIdType',
  'SecondaryIdType',
  'AgencyClass',
  'ResponsiblePartyType',
  'ContactRole',
  'OfficialRole',
  'ReferenceType',
  'IpdSharing',
  'IpdSharingInfoType',
] as const;
export const OTHER_STUDY_ENUMS = [
  'MeasureParam',
  'MeasureDispersionType',
  'OutcomeMeasureType',
  'ReportingStatus',
  'EventAssessment',
  'AgreementRestrictionType',
  'BrowseLeafRelevance',
  'AnalysisDispersionType',
  'ConfidenceIntervalNumSides',
  'NonInferiorityType',
  'UnpostedEventType',
  'ViolationEventType',
] as const;
export const ALL_STUDY_ENUMS: readonly string[] = [...PROTOCOL_ENUMS, ...OTHER_STUDY_ENUMS];

export function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const keyword of SCHEMA_EXTENSION_KEYWORDS) ajv.addKeyword(keyword);
  ajv.addSchema(schema);
  return ajv;
}

const ajv = newAjv();
const schemaId = schema.$id ?? '';
export const validateSection: ValidateFunction = ajv.getSchema(`${schemaId}#/definitions/ProtocolSection`) ?? fail('no ProtocolSection');
export const validateRoot: ValidateFunction = ajv.getSchema(schemaId) ?? fail('no root schema');

function fail(message: string): never {
  throw new Error(message);
}

export function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  validate(value);
  return [...(validate.errors ?? [])];
}

/** A compact form of an error, for readable assertion messages. */
export function brief(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.keyword} ${JSON.stringify(error.params)}`;
}

export interface FixtureStudy {
  file: string;
  nctId: string;
  study: JsonObject;
}

/** Every study object of every JSON fixture, unwrapping `{"studies": [...]}` search responses. */
export function fixtureStudies(): FixtureStudy[] {
  const folder = path.join(FIXTURES, 'json');
  const found: FixtureStudy[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const content = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as JsonObject;
    const studies = Array.isArray(content.studies) ? (content.studies as JsonObject[]) : [content];
    for (const study of studies) {
      const section = study.protocolSection as JsonObject;
      const identification = section.identificationModule as JsonObject;
      const nctId = typeof identification.nctId === 'string' ? identification.nctId : fail(`${file}: a study whose nctId is not text`);
      found.push({ file, nctId, study });
    }
  }
  return found;
}

/** Follows a `#/definitions/...` reference. */
export function deref(node: JsonSchema | undefined): JsonSchema | undefined {
  let current = node;
  for (let hops = 0; current?.$ref && hops < 10; hops++) {
    current = definitions[current.$ref.replace('#/definitions/', '')];
  }
  return current;
}

/** Every `properties` entry anywhere in the schema, with a readable path. */
export function allProperties(): Array<{ where: string; node: JsonSchema }> {
  const found: Array<{ where: string; node: JsonSchema }> = [];
  const visit = (node: JsonSchema | undefined, where: string): void => {
    if (!node) return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      found.push({ where: `${where}.${key}`, node: child });
      visit(child, `${where}.${key}`);
    }
    visit(node.items, `${where}[]`);
    visit(node.if, `${where}/if`);
    visit(node.then, `${where}/then`);
    visit(node.else, `${where}/else`);
  };
  visit(schema, '(root)');
  for (const [name, definition] of Object.entries(definitions)) visit(definition, name);
  return found;
}

/** A deep copy of a protocol section without any field the schema marks as registry-assigned. */
export function withoutRegistryFields(value: JsonValue, node: JsonSchema | undefined): JsonValue {
  const target = deref(node);
  if (Array.isArray(value)) return value.map((item) => withoutRegistryFields(item, target?.items));
  if (value === null || typeof value !== 'object') return value;
  const copy: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    const childSchema = target?.properties?.[key];
    if (childSchema?.['x-registryAssigned']) continue;
    copy[key] = withoutRegistryFields(child, childSchema);
  }
  return copy;
}
