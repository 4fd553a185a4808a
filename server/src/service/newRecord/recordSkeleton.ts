// The text of a new record: every field the registry requires for registration of one study type
// (ctgov-model.md §4, the PRS `*` and `*§` elements, plus what the upload schema requires of that
// type), in API order, each left empty for the author. An empty field is a YAML `key:` / JSON `null`:
// the file parses, completion offers a field's allowed values right after the colon, and the schema
// check reports each one as empty, so the Problems panel is the list of what is still to write.
import { Document } from 'yaml';
import { orderedRecord } from '../format/registryOrder';
import { isPlainObject, type RecordValue } from '../parse/parsedRecord';
import { setOwn } from '../parse/safeObject';

export const SKELETON_STUDY_TYPES = ['INTERVENTIONAL', 'OBSERVATIONAL', 'EXPANDED_ACCESS'] as const;
export type SkeletonStudyType = (typeof SKELETON_STUDY_TYPES)[number];
export type SkeletonFormat = 'yaml' | 'json';

export function isSkeletonStudyType(value: unknown): value is SkeletonStudyType {
  return typeof value === 'string' && (SKELETON_STUDY_TYPES as readonly string[]).includes(value);
}

/** Required of every record, whatever the study type (paths inside the protocol section; `0` is the first list item). */
const EVERY_RECORD: readonly string[] = [
  'identificationModule/orgStudyIdInfo/id',
  'identificationModule/briefTitle',
  // `*§`: required when the study starts on or after 2017-01-18, which a new record does.
  'identificationModule/officialTitle',
  'statusModule/statusVerifiedDate',
  'statusModule/overallStatus',
  'sponsorCollaboratorsModule/responsibleParty/type',
  'sponsorCollaboratorsModule/leadSponsor/name',
  'descriptionModule/briefSummary',
  'conditionsModule/conditions',
  'armsInterventionsModule/interventions/0/type',
  'armsInterventionsModule/interventions/0/name',
  'armsInterventionsModule/interventions/0/description',
  'eligibilityModule/eligibilityCriteria',
  'eligibilityModule/healthyVolunteers',
  'eligibilityModule/sex',
  'eligibilityModule/minimumAge',
  'eligibilityModule/maximumAge',
];

/**
 * Required of studies that enrol and follow participants (interventional and observational). An
 * expanded-access record registers the availability of a product, not a study: it has no study
 * dates, enrollment, arms or outcomes (the registry's expanded-access records carry none).
 */
const EVERY_STUDY: readonly string[] = [
  'statusModule/startDateStruct/date',
  'statusModule/startDateStruct/type',
  'statusModule/primaryCompletionDateStruct/date',
  'statusModule/primaryCompletionDateStruct/type',
  'statusModule/completionDateStruct/date',
  'statusModule/completionDateStruct/type',
  'designModule/enrollmentInfo/count',
  'designModule/enrollmentInfo/type',
  'armsInterventionsModule/armGroups/0/label',
  'outcomesModule/primaryOutcomes/0/measure',
  'outcomesModule/primaryOutcomes/0/description',
  'outcomesModule/primaryOutcomes/0/timeFrame',
];

/** FDA oversight (`*§`); the definitions call it optional for observational studies. */
const FDA_OVERSIGHT: readonly string[] = ['oversightModule/isFdaRegulatedDrug', 'oversightModule/isFdaRegulatedDevice'];

const BY_STUDY_TYPE: Readonly<Record<SkeletonStudyType, readonly string[]>> = {
  INTERVENTIONAL: [
    ...EVERY_RECORD,
    ...EVERY_STUDY,
    ...FDA_OVERSIGHT,
    'designModule/phases',
    'designModule/designInfo/allocation',
    'designModule/designInfo/interventionModel',
    'designModule/designInfo/primaryPurpose',
    'designModule/designInfo/maskingInfo/masking',
    // The arm type is given iff the study is interventional (upload schema).
    'armsInterventionsModule/armGroups/0/type',
  ],
  OBSERVATIONAL: [
    ...EVERY_RECORD,
    ...EVERY_STUDY,
    'designModule/designInfo/observationalModel',
    'designModule/designInfo/timePerspective',
    'designModule/bioSpec/retention',
    // Given iff the study is observational (upload schema); the rules expect them.
    'eligibilityModule/studyPopulation',
    'eligibilityModule/samplingMethod',
  ],
  EXPANDED_ACCESS: [...EVERY_RECORD, ...FDA_OVERSIGHT],
};

/** The placeholder paths of a study type's skeleton (each left empty; `designModule/studyType` is filled in). */
export function requiredFieldPaths(studyType: SkeletonStudyType): readonly string[] {
  return BY_STUDY_TYPE[studyType];
}

/** The skeleton as data: every required field `null`, the study type filled in, keys in API order. */
export function skeletonRecord(studyType: SkeletonStudyType): Record<string, RecordValue> {
  const record: { [key: string]: RecordValue } = {};
  for (const path of requiredFieldPaths(studyType)) placeAt(record, path.split('/'), null);
  placeAt(record, ['designModule', 'studyType'], studyType);
  return orderedRecord(record);
}

/** Puts `value` at `segments` (names, or `0` for a list's first item), making the groups and lists on the way. */
function placeAt(container: { [key: string]: RecordValue } | RecordValue[], segments: readonly string[], value: RecordValue): void {
  const [segment, ...rest] = segments;
  const index = /^\d+$/.test(segment) ? Number(segment) : undefined;
  const existing = Array.isArray(container)
    ? container[index ?? -1]
    : Object.prototype.hasOwnProperty.call(container, segment)
      ? container[segment]
      : undefined;
  let next: RecordValue = value;
  if (rest.length > 0) {
    next = existing !== undefined && existing !== null ? existing : /^\d+$/.test(rest[0]) ? [] : {};
    if (!Array.isArray(next) && !isPlainObject(next)) throw new Error(`Skeleton path ${segments.join('/')} crosses a value.`);
    placeAt(next, rest, value);
  }
  if (Array.isArray(container)) container[index ?? container.length] = next;
  else setOwn(container, segment, next);
}

const STUDY_TYPE_WORDS: Readonly<Record<SkeletonStudyType, string>> = {
  INTERVENTIONAL: 'interventional study',
  OBSERVATIONAL: 'observational study',
  EXPANDED_ACCESS: 'expanded-access record',
};

const YAML_OPTIONS = { version: '1.2', lineWidth: 0, indent: 2, indentSeq: true, nullStr: '', directives: false } as const;

/** The text of a new record of this study type, as YAML (with a header saying what to do) or JSON. */
export function recordSkeleton(studyType: SkeletonStudyType, format: SkeletonFormat): string {
  const record = skeletonRecord(studyType);
  if (format === 'json') return `${JSON.stringify(record, null, 2)}\n`;
  const header = [
    `# A new ${STUDY_TYPE_WORDS[studyType]}. Each empty field is one the registry requires for registration:`,
    '# fill it in (completion offers the allowed values). The Problems panel lists the fields still empty.',
  ];
  // `nullStr: ''` writes an empty field as `key:`; the trailing space yaml leaves after the colon is not kept.
  const body = new Document(record, YAML_OPTIONS).toString(YAML_OPTIONS).replace(/:[ ]+$/gm, ':');
  return `${header.join('\n')}\n${body}`;
}
