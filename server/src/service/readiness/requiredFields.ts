// The fields ClinicalTrials.gov requires before it registers a study, per study type: the one list that the
// `review/required-for-registration` rule, the other rules' field lists and the preview's "Missing: …" marks
// and readiness summary all read, so Problems and the preview always name the same missing fields.
//
// From ctgov-model.md §4 (PRS "Protocol Registration Data Element Definitions": `*` required, `*§` required for
// studies starting on or after 2017-01-18, `[*]` conditionally required) and the PRS upload schema (S4).
// Calibrated on the real registered records in test/fixtures/ctgov: a field that registered records lack is
// not on the list (arms of interventional studies, biospecimen retention, facility names, healthy volunteers
// of observational studies, the FDA questions of observational studies).
import { isPresent } from '../rules/ruleContext';
import {
  heldToRequirement,
  PART_11_START_REQUIREMENT,
  PRIMARY_OUTCOME_REQUIREMENT,
  requirementStanding,
  STRUCTURED_DESIGN_REQUIREMENT,
} from '../rules/requirementDates';
import { STOPPED } from '../rules/status/statusHelpers';
import { isPlainObject, joinPointer, splitPointer, valueAt, type RecordValue } from '../parse/parsedRecord';

export type StudyType = 'INTERVENTIONAL' | 'OBSERVATIONAL' | 'EXPANDED_ACCESS';

/** Read access to the protocol section (pointers relative to it): rule contexts and the preview both have it. */
export interface FieldReader {
  value(pointer: string): RecordValue | undefined;
}

/** A requirement that holds only in some records (a start date, a status). */
export interface FieldCondition {
  /** When the field is required, for documentation: "the study starts on or after 2017-01-18". */
  readonly description: string;
  holds(record: FieldReader): boolean;
}

export interface RequiredField {
  /** What the author calls the field: "lead sponsor". For a field of list items, what it is inside one item: "time frame". */
  readonly name: string;
  /** Relative to the protocol section; `*` stands for each item of the list before it. */
  readonly pointer: string;
  /** For a field of list items: what one item is called ("primary outcome"), so the field is named "time frame of primary outcome 2". */
  readonly itemName?: string;
  /** The study types that need it (a record whose study type is not known yet needs only the fields all three need). */
  readonly studyTypes: readonly StudyType[];
  readonly condition?: FieldCondition;
  /**
   * The rule that reports this field missing without marking the field or naming it in a fix (it marks the
   * outcome's title): its finding in the same list item stands for the field (reportedOnce.ts).
   */
  readonly reportedBy?: string;
}

/** A required field that a record does not have (or has empty). */
export interface MissingField {
  readonly field: RequiredField;
  /** The field's own pointer, items numbered (relative to the protocol section). */
  readonly pointer: string;
  /** The field's name for messages and lists: "lead sponsor", "time frame of primary outcome 2". */
  readonly label: string;
}

const ALL: readonly StudyType[] = ['INTERVENTIONAL', 'OBSERVATIONAL', 'EXPANDED_ACCESS'];
/** Interventional and observational studies: expanded-access records have no dates, enrollment or outcomes. */
const STUDIES: readonly StudyType[] = ['INTERVENTIONAL', 'OBSERVATIONAL'];
const INTERVENTIONAL: readonly StudyType[] = ['INTERVENTIONAL'];
const OBSERVATIONAL: readonly StudyType[] = ['OBSERVATIONAL'];

/** PRS `*§`: required when the study starts on or after 2017-01-18 (a partial start date straddling that day is not decided). */
export const STARTS_UNDER_FINAL_RULE: FieldCondition = {
  description: `the study starts on or after ${PART_11_START_REQUIREMENT.since}`,
  // Not asked of a draft without a start date, nor of a partial date that straddles the day (as identification/official-title).
  holds: (record) => requirementStanding(record, PART_11_START_REQUIREMENT) === 'applies',
};

/**
 * The structured study design (allocation, models, primary purpose, time perspective, masking, study population,
 * sampling) is asked of studies first submitted on or after 2017-01-18, as the `design/*` rules hold it
 * (rules/requirementDates.ts): older registered records lack it and the registry still publishes them. A record
 * not submitted yet (no `studyFirstSubmitDate`) is held to it.
 */
export const SUBMITTED_WITH_STRUCTURED_DESIGN: FieldCondition = {
  description: `the study was first submitted on or after ${STRUCTURED_DESIGN_REQUIREMENT.since}, or is not submitted yet`,
  holds: (record) => heldToRequirement(record, STRUCTURED_DESIGN_REQUIREMENT),
};

/** The primary outcome is asked of studies first submitted since FDAAA 801 (rules/requirementDates.ts), or not submitted yet. */
const SUBMITTED_UNDER_FDAAA: FieldCondition = {
  description: `the study was first submitted on or after ${PRIMARY_OUTCOME_REQUIREMENT.since}, or is not submitted yet`,
  holds: (record) => heldToRequirement(record, PRIMARY_OUTCOME_REQUIREMENT),
};

const STOPPED_EARLY: FieldCondition = {
  description: 'the study is suspended, terminated or withdrawn',
  holds: (record) => {
    const status = record.value('/statusModule/overallStatus');
    return typeof status === 'string' && STOPPED.has(status);
  },
};

const OUTCOME_LISTS = [
  ['primaryOutcomes', 'primary outcome'],
  ['secondaryOutcomes', 'secondary outcome'],
  ['otherOutcomes', 'other outcome'],
] as const;

/** In registry (page) order, so lists of missing fields read top to bottom. */
export const REQUIRED_FIELDS: readonly RequiredField[] = [
  { name: "organization's study ID", pointer: '/identificationModule/orgStudyIdInfo/id', studyTypes: ALL },
  { name: 'brief title', pointer: '/identificationModule/briefTitle', studyTypes: ALL },
  { name: 'official title', pointer: '/identificationModule/officialTitle', studyTypes: ALL, condition: STARTS_UNDER_FINAL_RULE },
  { name: 'record verification date', pointer: '/statusModule/statusVerifiedDate', studyTypes: ALL },
  { name: 'overall status', pointer: '/statusModule/overallStatus', studyTypes: ALL },
  { name: 'why the study stopped', pointer: '/statusModule/whyStopped', studyTypes: ALL, condition: STOPPED_EARLY },
  { name: 'study start date', pointer: '/statusModule/startDateStruct/date', studyTypes: STUDIES },
  { name: 'primary completion date', pointer: '/statusModule/primaryCompletionDateStruct/date', studyTypes: STUDIES },
  { name: 'study completion date', pointer: '/statusModule/completionDateStruct/date', studyTypes: STUDIES },
  { name: 'responsible party', pointer: '/sponsorCollaboratorsModule/responsibleParty/type', studyTypes: ALL },
  { name: 'lead sponsor', pointer: '/sponsorCollaboratorsModule/leadSponsor/name', studyTypes: ALL },
  {
    name: 'FDA-regulated drug',
    pointer: '/oversightModule/isFdaRegulatedDrug',
    studyTypes: INTERVENTIONAL,
    condition: STARTS_UNDER_FINAL_RULE,
  },
  {
    name: 'FDA-regulated device',
    pointer: '/oversightModule/isFdaRegulatedDevice',
    studyTypes: INTERVENTIONAL,
    condition: STARTS_UNDER_FINAL_RULE,
  },
  { name: 'conditions', pointer: '/conditionsModule/conditions', studyTypes: ALL },
  { name: 'brief summary', pointer: '/descriptionModule/briefSummary', studyTypes: ALL },
  { name: 'study type', pointer: '/designModule/studyType', studyTypes: ALL },
  { name: 'phase', pointer: '/designModule/phases', studyTypes: INTERVENTIONAL },
  {
    name: 'primary purpose',
    pointer: '/designModule/designInfo/primaryPurpose',
    studyTypes: INTERVENTIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  {
    name: 'allocation',
    pointer: '/designModule/designInfo/allocation',
    studyTypes: INTERVENTIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  {
    name: 'intervention model',
    pointer: '/designModule/designInfo/interventionModel',
    studyTypes: INTERVENTIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  {
    name: 'masking',
    pointer: '/designModule/designInfo/maskingInfo/masking',
    studyTypes: INTERVENTIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  {
    name: 'observational model',
    pointer: '/designModule/designInfo/observationalModel',
    studyTypes: OBSERVATIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  {
    name: 'time perspective',
    pointer: '/designModule/designInfo/timePerspective',
    studyTypes: OBSERVATIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  { name: 'enrollment', pointer: '/designModule/enrollmentInfo/count', studyTypes: STUDIES },
  { name: 'arm label', pointer: '/armsInterventionsModule/armGroups/*/label', itemName: 'arm', studyTypes: ALL },
  { name: 'interventions', pointer: '/armsInterventionsModule/interventions', studyTypes: ['INTERVENTIONAL', 'EXPANDED_ACCESS'] },
  { name: 'intervention name', pointer: '/armsInterventionsModule/interventions/*/name', itemName: 'intervention', studyTypes: ALL },
  { name: 'primary outcome measure', pointer: '/outcomesModule/primaryOutcomes', studyTypes: STUDIES, condition: SUBMITTED_UNDER_FDAAA },
  ...OUTCOME_LISTS.flatMap(([list, itemName]): RequiredField[] => [
    { name: 'measure', pointer: `/outcomesModule/${list}/*/measure`, itemName, studyTypes: ALL },
    {
      name: 'time frame',
      pointer: `/outcomesModule/${list}/*/timeFrame`,
      itemName,
      studyTypes: ALL,
      ...(list === 'otherOutcomes' ? {} : { reportedBy: 'review/outcome-timeframe-missing' }),
    },
  ]),
  { name: 'sex', pointer: '/eligibilityModule/sex', studyTypes: ALL },
  { name: 'accepts healthy volunteers', pointer: '/eligibilityModule/healthyVolunteers', studyTypes: INTERVENTIONAL },
  {
    name: 'sampling method',
    pointer: '/eligibilityModule/samplingMethod',
    studyTypes: OBSERVATIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  {
    name: 'study population description',
    pointer: '/eligibilityModule/studyPopulation',
    studyTypes: OBSERVATIONAL,
    condition: SUBMITTED_WITH_STRUCTURED_DESIGN,
  },
  { name: 'eligibility criteria', pointer: '/eligibilityModule/eligibilityCriteria', studyTypes: ALL },
  { name: 'name', pointer: '/contactsLocationsModule/overallOfficials/*/name', itemName: 'study official', studyTypes: ALL },
  { name: 'citation', pointer: '/referencesModule/references/*/citation', itemName: 'reference', studyTypes: ALL },
];

/** The required fields of one study type (undefined or unknown: not known yet), conditions not applied; chosen once a type. */
export function requiredFieldsFor(studyType: string | undefined): readonly RequiredField[] {
  const known = studyType !== undefined && ALL.includes(studyType as StudyType) ? studyType : undefined;
  let fields = FIELDS_BY_STUDY_TYPE.get(known);
  if (!fields) FIELDS_BY_STUDY_TYPE.set(known, (fields = REQUIRED_FIELDS.filter((field) => appliesTo(field, known))));
  return fields;
}

const FIELDS_BY_STUDY_TYPE = new Map<string | undefined, readonly RequiredField[]>();

/** The named field of the list (for the rules that report some of them themselves). */
export function requiredField(pointer: string): RequiredField {
  const field = REQUIRED_FIELDS.find((candidate) => candidate.pointer === pointer);
  if (!field) throw new Error(`${pointer} is not a required field`);
  return field;
}

/** The required fields this record lacks, in registry order: what Problems and the preview both list. */
export function missingRequiredFields(record: FieldReader): MissingField[] {
  if (!holdsAModule(record.value(''))) return [];
  const studyType = record.value('/designModule/studyType');
  const missing: MissingField[] = [];
  // Several fields share a condition (eight the structured design's): each is weighed once per record.
  const conditions = new Map<FieldCondition, boolean>();
  for (const field of requiredFieldsFor(typeof studyType === 'string' ? studyType : undefined)) {
    const condition = field.condition;
    if (condition) {
      let holds = conditions.get(condition);
      if (holds === undefined) conditions.set(condition, (holds = condition.holds(record)));
      if (!holds) continue;
    }
    const star = field.pointer.indexOf('/*/');
    if (star < 0) {
      if (!isPresent(record.value(field.pointer))) missing.push({ field, pointer: field.pointer, label: field.name });
      continue;
    }
    // A field of list items: the list is read once and each item's field looked up in it (a record may hold hundreds of references).
    const listPointer = field.pointer.slice(0, star);
    const rest = field.pointer.slice(star + 2);
    const list = record.value(listPointer);
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      // An item that is not a group of fields is the schema's to report.
      if (!isPlainObject(item) || isPresent(valueAt(item, rest))) return;
      const label = field.itemName ? `${field.name} of ${field.itemName} ${index + 1}` : field.name;
      missing.push({ field, pointer: joinPointer(listPointer, index) + rest, label });
    });
  }
  return missing;
}

/** The list entry of a concrete field pointer (absolute or relative: it is matched from its end, items as `*`). */
export function requiredFieldAt(pointer: string): RequiredField | undefined {
  const starred = splitPointer(pointer)
    .map((segment) => (/^\d+$/.test(segment) ? '*' : segment))
    .join('/');
  return REQUIRED_FIELDS.find((field) => `/${starred}`.endsWith(field.pointer));
}

/** `sponsorCollaboratorsModule.leadSponsor.name`, `outcomesModule.primaryOutcomes[0].timeFrame`: how messages name a field. */
export function dottedPath(pointer: string): string {
  return splitPointer(pointer).reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment),
    '',
  );
}

/** A document without any protocol module is not a record yet (an empty mapping) or not one at all (a search response). */
function holdsAModule(root: RecordValue | undefined): boolean {
  return isPlainObject(root) && Object.keys(root).some((key) => key.endsWith('Module'));
}

function appliesTo(field: RequiredField, studyType: string | undefined): boolean {
  if (studyType === undefined || !ALL.includes(studyType as StudyType)) return field.studyTypes.length === ALL.length;
  return field.studyTypes.includes(studyType as StudyType);
}
