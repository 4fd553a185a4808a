import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { recordSkeleton, SKELETON_STUDY_TYPES, type SkeletonStudyType } from '../../../server/src/service/newRecord/recordSkeleton';
import { recordSchema, type SchemaNode } from '../../../server/src/service/schema/recordSchema';
import type { ServiceLog } from '../../../server/src/service/serviceLog';
import { createTrialRecordService } from '../../../server/src/trialRecordService';

// What the registry requires for registration, written out from ../shared/reference/ctgov-model.md §4
// (rows marked `*` or `*§`, plus elements the upload schema requires of one study type), as the
// reference names them, not taken from the skeleton's own lists.
const EVERY_RECORD = [
  'identificationModule.orgStudyIdInfo.id', // Unique Protocol Identification Number *
  'identificationModule.briefTitle', // Brief Title *
  'identificationModule.officialTitle', // Official Title *§ (a new study starts after 2017-01-18)
  'statusModule.statusVerifiedDate', // Record Verification Date *
  'statusModule.overallStatus', // Overall Recruitment Status *
  'sponsorCollaboratorsModule.responsibleParty.type', // Responsible Party *
  'sponsorCollaboratorsModule.leadSponsor.name', // Name of the Sponsor *
  'descriptionModule.briefSummary', // Brief Summary *
  'conditionsModule.conditions', // Conditions *
  'armsInterventionsModule.interventions[].type', // Intervention Type *
  'armsInterventionsModule.interventions[].name', // Intervention Name *
  'armsInterventionsModule.interventions[].description', // Intervention Description *
  'eligibilityModule.sex', // Sex *
  'eligibilityModule.minimumAge', // Minimum Age *
  'eligibilityModule.maximumAge', // Maximum Age *
  'eligibilityModule.healthyVolunteers', // Accepts Healthy Volunteers *
  'eligibilityModule.eligibilityCriteria', // Eligibility Criteria *
];
// Study dates, enrollment, arms and outcomes: studies that enrol participants, not expanded-access records.
const STUDIES = [
  'statusModule.startDateStruct.date', // Study Start Date (+ type) *
  'statusModule.startDateStruct.type',
  'statusModule.primaryCompletionDateStruct.date', // Primary Completion Date (+ type) *
  'statusModule.primaryCompletionDateStruct.type',
  'statusModule.completionDateStruct.date', // Study Completion Date (+ type) *
  'statusModule.completionDateStruct.type',
  'designModule.enrollmentInfo.count', // Enrollment (+ Actual/Anticipated) *
  'designModule.enrollmentInfo.type',
  'armsInterventionsModule.armGroups[].label', // Arm/Group Title *
  'outcomesModule.primaryOutcomes[].measure', // Primary Outcome: Title / Description / Time Frame *
  'outcomesModule.primaryOutcomes[].description',
  'outcomesModule.primaryOutcomes[].timeFrame',
];
const FDA = ['oversightModule.isFdaRegulatedDrug', 'oversightModule.isFdaRegulatedDevice']; // *§, optional for observational
const EXPECTED: Record<SkeletonStudyType, string[]> = {
  INTERVENTIONAL: [
    ...EVERY_RECORD,
    ...STUDIES,
    ...FDA,
    'designModule.phases', // Study Phase (INT) *
    'designModule.designInfo.primaryPurpose', // Primary Purpose (INT) *
    'designModule.designInfo.interventionModel', // Interventional Study Model (INT) *
    'designModule.designInfo.maskingInfo.masking', // Masking (INT) *
    'designModule.designInfo.allocation', // Allocation (INT) *
    'armsInterventionsModule.armGroups[].type', // Arm Type (INT): specify iff interventional
  ],
  OBSERVATIONAL: [
    ...EVERY_RECORD,
    ...STUDIES,
    'designModule.designInfo.observationalModel', // Observational Study Model (OBS) *
    'designModule.designInfo.timePerspective', // Time Perspective (OBS) *
    'designModule.bioSpec.retention', // Biospecimen Retention (OBS) *
    'eligibilityModule.studyPopulation', // Study Population Description (OBS): specify iff observational
    'eligibilityModule.samplingMethod', // Sampling Method (OBS): specify iff observational
  ],
  EXPANDED_ACCESS: [...EVERY_RECORD, ...FDA],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every leaf of a parsed record as a dotted path (`[]` for list items) with its value. */
function leaves(value: Json, path = ''): Array<{ path: string; pointer: string; value: Json }> {
  const walk = (node: Json, dotted: string, pointer: string): Array<{ path: string; pointer: string; value: Json }> => {
    if (Array.isArray(node)) return node.flatMap((item, index) => walk(item, `${dotted}[]`, `${pointer}/${index}`));
    if (node !== null && typeof node === 'object')
      return Object.entries(node).flatMap(([key, child]) => walk(child, dotted === '' ? key : `${dotted}.${key}`, `${pointer}/${key}`));
    return [{ path: dotted, pointer, value: node }];
  };
  return walk(value, path, '');
}

/** Checks every object's keys are in the order the schema lists them (the API order). */
function assertSchemaOrder(value: Json, node: SchemaNode | undefined, where: string): void {
  const schema = recordSchema();
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertSchemaOrder(item, schema.deref(schema.deref(node)?.items), `${where}[${index}]`));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const names = schema.propertiesOf(node).map(([name]) => name);
  const ranks = Object.keys(value).map((key) => names.indexOf(key));
  assert.ok(!ranks.includes(-1), `${where}: every key is a schema field (${Object.keys(value).join(', ')})`);
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
    `${where}: keys in API order`,
  );
  for (const [key, child] of Object.entries(value))
    assertSchemaOrder(child, schema.deref(schema.deref(node)?.properties?.[key]), `${where}.${key}`);
}

const read = (text: string, format: 'yaml' | 'json'): Json => (format === 'yaml' ? (parseYaml(text) as Json) : (JSON.parse(text) as Json));

describe('recordSkeleton', () => {
  for (const studyType of SKELETON_STUDY_TYPES) {
    for (const format of ['yaml', 'json'] as const) {
      describe(`${studyType} as ${format}`, () => {
        const text = recordSkeleton(studyType, format);
        const failOnLog: ServiceLog = { error: (message) => assert.fail(message), warn: (message) => assert.fail(message) };
        const service = createTrialRecordService({ log: failOnLog });
        const analysed = service.analyze(text, `new-study.trial.${format}`, { today: '2026-12-02' });

        it('parses without a syntax problem', () => {
          assert.deepEqual(analysed.analysis.parsed.syntaxProblems, []);
        });

        it('holds exactly the fields the registry requires, each empty, and the study type filled in', () => {
          const found = leaves(read(text, format));
          assert.deepEqual(found.find((leaf) => leaf.path === 'designModule.studyType')?.value, studyType);
          const placeholders = found.filter((leaf) => leaf.path !== 'designModule.studyType');
          assert.ok(
            placeholders.every((leaf) => leaf.value === null),
            'every other field is empty',
          );
          assert.deepEqual(placeholders.map((leaf) => leaf.path).sort(), [...EXPECTED[studyType]].sort());
        });

        it('is in registry (API) order', () => {
          assertSchemaOrder(read(text, format), recordSchema().protocolSection, 'protocolSection');
        });

        it('has every unfilled field flagged as an error where it stands', () => {
          const flagged = new Set(
            analysed.analysis.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.pointer),
          );
          const unflagged = leaves(read(text, format))
            .filter((leaf) => leaf.value === null)
            .filter((leaf) => !flagged.has(leaf.pointer))
            .map((leaf) => leaf.path);
          assert.deepEqual(unflagged, []);
        });
      });
    }
  }

  it('writes YAML empty fields as bare keys, indented by two spaces, under a header saying what to do', () => {
    const text = recordSkeleton('OBSERVATIONAL', 'yaml');
    assert.match(text, /^# A new observational study\./);
    assert.match(text, /^ {2}briefTitle:$/m);
    assert.match(text, /^ {4}- label:$/m);
    assert.match(text, /^ {2}studyType: OBSERVATIONAL$/m);
    assert.doesNotMatch(text, /[ \t]$/m, 'no trailing spaces');
  });
});
