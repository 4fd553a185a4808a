import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRecordSchema, renderSchema } from '../../../scripts/schema/buildSchema';
import { SCHEMA_EXTENSION_KEYWORDS } from '../../../server/src/service/schema/schemaKeywords';
import {
  DOCS_PATH,
  FIXTURES,
  OAS_PATH,
  SCHEMA_PATH,
  allProperties,
  definitions,
  deref,
  oasSchemas,
  schema,
  type OasNode,
} from './schemaTestKit';
import type { JsonSchema } from '../../../scripts/schema/buildSchema';

const MODULES = [
  'identificationModule',
  'statusModule',
  'sponsorCollaboratorsModule',
  'oversightModule',
  'descriptionModule',
  'conditionsModule',
  'designModule',
  'armsInterventionsModule',
  'outcomesModule',
  'eligibilityModule',
  'contactsLocationsModule',
  'referencesModule',
  'ipdSharingStatementModule',
];

/** Property schema at a dotted path from ProtocolSection ("statusModule.startDateStruct.date"). */
function at(pathText: string): JsonSchema {
  let node: JsonSchema | undefined = definitions.ProtocolSection;
  let last: JsonSchema | undefined;
  for (const segment of pathText.split('.')) {
    const target = deref(node);
    const holder = target?.properties ? target : deref(target?.items);
    last = holder?.properties?.[segment];
    assert.ok(last, `no property ${segment} in ${pathText}`);
    node = last;
  }
  return last as JsonSchema;
}

const objectDefinitions = Object.entries(definitions).filter(([, definition]) => definition.type === 'object');

describe('record schema structure', () => {
  it('is draft-07 with an $id, a title and a description at the root', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(schema.$id ?? '', /^https:\/\/.+\/trial-record\.schema\.json$/);
    assert.ok(schema.title && schema.description);
  });

  it('accepts either a protocol section or a study object through if/then/else, not oneOf', () => {
    assert.deepEqual(schema.if?.required, ['protocolSection']);
    assert.equal(schema.then?.properties?.protocolSection?.$ref, '#/definitions/ProtocolSection');
    assert.equal(schema.else?.$ref, '#/definitions/ProtocolSection');
    assert.ok(!('oneOf' in schema) && !('anyOf' in schema));
  });

  it('has the 13 modules, in API order, and nothing else at the protocol section level', () => {
    assert.deepEqual(Object.keys(definitions.ProtocolSection?.properties ?? {}), MODULES);
    assert.equal(definitions.ProtocolSection?.additionalProperties, false);
  });

  it('names object definitions like the spec components and covers every spec property', () => {
    // 38 under ProtocolSection; 26 under ResultsSection, 6 under AnnotationSection, 3 under DocumentSection.
    assert.equal(objectDefinitions.length, 73);
    const extras: string[] = [];
    for (const [name, definition] of objectDefinitions) {
      const official: OasNode | undefined = oasSchemas[name];
      assert.ok(official?.properties, `${name} is not an object component of the spec`);
      const ours = Object.keys(definition.properties ?? {});
      for (const key of Object.keys(official.properties)) assert.ok(ours.includes(key), `${name}.${key} is missing`);
      extras.push(...ours.filter((key) => !(key in (official.properties ?? {}))).map((key) => `${name}.${key}`));
    }
    // The one field on the data-structure page that OAS 2.0.3 lacks.
    assert.deepEqual(extras, ['StatusModule.resultsWaived']);
  });

  it('closes every object (additionalProperties: false) and types every node', () => {
    for (const [name, definition] of objectDefinitions) assert.equal(definition.additionalProperties, false, name);
    for (const { where, node } of allProperties()) {
      if (where.startsWith('(root)/if')) continue; // a declaration only; accepts anything
      assert.ok(node.type || node.$ref, `${where} has neither type nor $ref`);
      if (node.type === 'array') assert.ok(node.items?.type || node.items?.$ref, `${where} items untyped`);
    }
    for (const [name, definition] of Object.entries(definitions)) assert.ok(definition.type, `${name} has no type`);
  });

  it('gives every property a title and a description', () => {
    const properties = allProperties();
    assert.ok(properties.length > 150, `only ${properties.length} properties`);
    for (const { where, node } of properties) {
      assert.equal(typeof node.title, 'string', `${where} has no title`);
      assert.ok((node.title ?? '').length > 1, `${where} title`);
      assert.equal(typeof node.description, 'string', `${where} has no description`);
      assert.ok((node.description ?? '').length >= 20, `${where} description is too short`);
      assert.match(node.title ?? '', /^[A-Z]/, `${where} title should start with a capital`);
    }
    assert.equal(at('statusModule.overallStatus').title, 'Overall status');
    assert.equal(at('identificationModule.briefTitle').title, 'Brief title');
    assert.equal(at('eligibilityModule.minimumAge').title, 'Minimum age');
  });

  it('puts each date, age and NCT ID format in one named definition and refers to it', () => {
    assert.equal(definitions.NctId?.pattern, '^NCT\\d{8}$');
    assert.equal(definitions.NormalizedDate?.pattern, '^\\d{4}-\\d{2}-\\d{2}$');
    assert.equal(definitions.NormalizedDate?.format, 'date');
    assert.equal(definitions.NormalizedTime?.pattern, '^\\d+ (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)$');
    const partial = new RegExp(definitions.PartialDate?.pattern ?? '$^');
    for (const good of ['2024', '2024-02', '2024-02-29', '1999-12-31']) assert.ok(partial.test(good), good);
    for (const bad of ['2024-13', '2024-00', '2024-2', '24-02', '2024-02-32', 'March 2024', '2024-02-1'])
      assert.ok(!partial.test(bad), bad);
    const refs: Record<string, string> = {
      'identificationModule.nctId': 'NctId',
      'statusModule.expandedAccessInfo.nctId': 'NctId',
      'statusModule.statusVerifiedDate': 'PartialDate',
      'statusModule.startDateStruct.date': 'PartialDate',
      'statusModule.studyFirstSubmitDate': 'NormalizedDate',
      'statusModule.lastUpdatePostDateStruct.date': 'NormalizedDate',
      'eligibilityModule.minimumAge': 'NormalizedTime',
      'eligibilityModule.maximumAge': 'NormalizedTime',
      'designModule.targetDuration': 'NormalizedTime',
    };
    for (const [where, name] of Object.entries(refs)) assert.equal(at(where).$ref, `#/definitions/${name}`, where);
    assert.equal(at('identificationModule.nctIdAliases').items?.$ref, '#/definitions/NctId');
    // No inline copies of those patterns anywhere else.
    for (const { where, node } of allProperties()) assert.equal(node.pattern, undefined, where);
  });

  it('applies the PRS character limits with their source', () => {
    const limits: Array<[string, number, 'verified' | 'secondary']> = [
      ['identificationModule.orgStudyIdInfo.id', 30, 'verified'],
      ['identificationModule.secondaryIdInfos.id', 30, 'verified'],
      ['identificationModule.briefTitle', 300, 'verified'],
      ['identificationModule.officialTitle', 600, 'verified'],
      ['identificationModule.acronym', 14, 'verified'],
      ['statusModule.whyStopped', 250, 'secondary'],
      ['sponsorCollaboratorsModule.leadSponsor.name', 160, 'secondary'],
      ['sponsorCollaboratorsModule.responsibleParty.investigatorAffiliation', 160, 'secondary'],
      ['descriptionModule.briefSummary', 5000, 'secondary'],
      ['descriptionModule.detailedDescription', 32000, 'secondary'],
      ['designModule.designInfo.interventionModelDescription', 1000, 'secondary'],
      ['designModule.designInfo.maskingInfo.maskingDescription', 1000, 'secondary'],
      ['designModule.bioSpec.description', 1000, 'secondary'],
      ['armsInterventionsModule.armGroups.label', 100, 'secondary'],
      ['armsInterventionsModule.armGroups.description', 999, 'secondary'],
      ['armsInterventionsModule.interventions.name', 200, 'secondary'],
      ['armsInterventionsModule.interventions.description', 1000, 'secondary'],
      ['outcomesModule.primaryOutcomes.description', 999, 'secondary'],
      ['eligibilityModule.eligibilityCriteria', 20000, 'secondary'],
      ['eligibilityModule.genderDescription', 1000, 'secondary'],
      ['eligibilityModule.studyPopulation', 1000, 'secondary'],
      ['contactsLocationsModule.locations.facility', 254, 'secondary'],
      ['referencesModule.seeAlsoLinks.url', 3999, 'secondary'],
      ['ipdSharingStatementModule.description', 1000, 'secondary'],
      ['ipdSharingStatementModule.timeFrame', 1000, 'secondary'],
      ['ipdSharingStatementModule.accessCriteria', 1000, 'secondary'],
      ['ipdSharingStatementModule.url', 3999, 'secondary'],
    ];
    for (const [where, limit, source] of limits) {
      const node = at(where);
      assert.equal(node.maxLength, limit, where);
      assert.equal(node['x-limitSource'], source, where);
      assert.ok(node.description?.includes(limit.toLocaleString('en-US')), `${where} description must mention ${limit}`);
    }
    const limited = allProperties().filter(({ node }) => node.maxLength !== undefined);
    assert.equal(limited.length, limits.length, 'an unexpected maxLength');
    // Outcome titles and time frames: 255 is from memory only (❓), so no limit.
    assert.equal(at('outcomesModule.primaryOutcomes.measure').maxLength, undefined);
    assert.equal(at('designModule.enrollmentInfo.count').type, 'integer');
    assert.equal(at('designModule.enrollmentInfo.count').minimum, 0);
    assert.equal(definitions.GeoPoint?.properties?.lat?.type, 'number');
    assert.equal(definitions.GeoPoint?.properties?.lon?.type, 'number');
  });

  it('marks the registry-assigned fields read-only and never requires them', () => {
    const assigned = allProperties().filter(({ node }) => node['x-registryAssigned']);
    for (const { where, node } of assigned) {
      assert.equal(node.readOnly, true, where);
      assert.match(node.description ?? '', /registry/i, `${where} must say the registry sets it`);
    }
    for (const { where, node } of allProperties()) {
      if (node.readOnly) assert.equal(node['x-registryAssigned'], true, where);
    }
    const expected = [
      'identificationModule.nctId',
      'identificationModule.nctIdAliases',
      'identificationModule.orgStudyIdInfo.link',
      'identificationModule.secondaryIdInfos.link',
      'identificationModule.organization.class',
      'statusModule.lastKnownStatus',
      'statusModule.studyFirstSubmitDate',
      'statusModule.studyFirstSubmitQcDate',
      'statusModule.studyFirstPostDateStruct',
      'statusModule.resultsFirstSubmitDate',
      'statusModule.lastUpdateSubmitDate',
      'statusModule.lastUpdatePostDateStruct',
      'statusModule.dispFirstPostDateStruct',
      'statusModule.resultsWaived',
      'sponsorCollaboratorsModule.leadSponsor.class',
      'sponsorCollaboratorsModule.collaborators.class',
      'oversightModule.fdaaa801Violation',
      'designModule.nPtrsToThisExpAccNctId',
      'eligibilityModule.stdAges',
      'contactsLocationsModule.locations.geoPoint',
      'contactsLocationsModule.locations.countryCode',
      'referencesModule.references.retractions',
    ];
    for (const where of expected) assert.equal(at(where)['x-registryAssigned'], true, where);
    // Author-entered fields stay writable.
    for (const where of ['identificationModule.briefTitle', 'statusModule.overallStatus', 'statusModule.expandedAccessInfo.nctId']) {
      assert.equal(at(where).readOnly, undefined, where);
    }
  });

  it('requires only what an author must give and every real record has', () => {
    const required = Object.fromEntries(
      objectDefinitions.filter(([, definition]) => definition.required).map(([name, definition]) => [name, definition.required]),
    );
    assert.deepEqual(required, {
      ProtocolSection: ['identificationModule', 'statusModule'],
      IdentificationModule: ['orgStudyIdInfo', 'briefTitle'],
      OrgStudyIdInfo: ['id'],
      SecondaryIdInfo: ['id'],
      StatusModule: ['overallStatus'],
      PartialDateStruct: ['date'],
      DateStruct: ['date'],
      SponsorCollaboratorsModule: ['leadSponsor'],
      Sponsor: ['name'],
      DesignModule: ['studyType'],
      ArmGroup: ['label'],
      Intervention: ['name'],
      Outcome: ['measure'],
      Official: ['name'],
      GeoPoint: ['lat', 'lon'],
      SeeAlsoLink: ['url'],
      AvailIpd: ['type'],
      // Results: the group ids and titles, what each count or value refers to, and the titles.
      FlowGroup: ['id', 'title'],
      FlowPeriod: ['title'],
      FlowMilestone: ['type'],
      FlowStats: ['groupId'],
      DropWithdraw: ['type'],
      MeasureGroup: ['id', 'title'],
      DenomCount: ['groupId'],
      BaselineMeasure: ['title'],
      Measurement: ['groupId'],
      OutcomeMeasure: ['type', 'title'],
      EventGroup: ['id', 'title'],
      AdverseEvent: ['term'],
      EventStats: ['groupId'],
    });
  });

  it('describes the study sections an author or the registry writes beside the protocol section', () => {
    const sections = schema.then?.properties ?? {};
    assert.deepEqual(Object.keys(sections), ['protocolSection', 'resultsSection', 'annotationSection', 'documentSection']);
    assert.equal(sections.resultsSection?.$ref, '#/definitions/ResultsSection');
    assert.equal(sections.annotationSection?.$ref, '#/definitions/AnnotationSection');
    assert.equal(sections.documentSection?.$ref, '#/definitions/DocumentSection');
    // The registry computes these: no schema, so they stay accepted and unchecked.
    assert.ok(!('derivedSection' in sections) && !('hasResults' in sections));
    assert.equal(schema.then?.additionalProperties, undefined);
    assert.deepEqual(Object.keys(definitions.ResultsSection?.properties ?? {}), [
      'participantFlowModule',
      'baselineCharacteristicsModule',
      'outcomeMeasuresModule',
      'adverseEventsModule',
      'moreInfoModule',
    ]);
    for (const section of ['ResultsSection', 'AnnotationSection', 'DocumentSection']) {
      assert.equal(definitions[section]?.additionalProperties, false, section);
    }
    // Registry-set parts of these sections are read-only like the protocol's.
    assert.equal(definitions.AnnotationSection?.properties?.annotationModule?.['x-registryAssigned'], true);
    for (const key of ['uploadDate', 'filename', 'size']) assert.equal(definitions.LargeDoc?.properties?.[key]?.readOnly, true, key);
    assert.equal(definitions.LargeDoc?.properties?.uploadDate?.$ref, '#/definitions/DateTimeMinutes');
    assert.equal(definitions.OutcomeMeasure?.properties?.anticipatedPostingDate?.$ref, '#/definitions/PartialDate');
    // Counts the spec types as integers cannot be negative.
    for (const key of ['deathsNumAffected', 'seriousNumAtRisk', 'otherNumAffected']) {
      assert.equal(definitions.EventGroup?.properties?.[key]?.minimum, 0, key);
    }
  });

  it('lists every extension keyword it uses in SCHEMA_EXTENSION_KEYWORDS', () => {
    const used = new Set<string>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key.startsWith('x-') || key === 'enumDescriptions') used.add(key);
          if (key !== 'properties' && key !== 'definitions') visit(child);
          else for (const nested of Object.values(child as Record<string, unknown>)) visit(nested);
        }
      }
    };
    visit(schema);
    assert.deepEqual([...used].sort(), [...SCHEMA_EXTENSION_KEYWORDS].sort());
  });

  it('is exactly what the generator produces from the spec and the docs', () => {
    const generated = renderSchema(buildRecordSchema(readFileSync(OAS_PATH, 'utf8'), readFileSync(DOCS_PATH, 'utf8')));
    assert.ok(
      generated === readFileSync(SCHEMA_PATH, 'utf8'),
      'schemas/trial-record.schema.json is stale: run node --import tsx scripts/schema/generate-schema.ts',
    );
  });

  it('keeps a verbatim copy of the official spec and the fixture records', () => {
    const digest = createHash('sha256').update(readFileSync(OAS_PATH)).digest('hex');
    assert.equal(digest, '6085aed47aebb5265c1f96b6a4904387f3dbdfc5818598d83a4a92ecc99964c7');
    assert.equal(readdirSync(path.join(FIXTURES, 'json')).filter((name) => name.endsWith('.json')).length, 19);
    assert.equal(readdirSync(path.join(FIXTURES, 'xml')).filter((name) => name.endsWith('.xml')).length, 25);
  });
});
