// Where the protocol section sits in the shapes the ClinicalTrials.gov API v2 hands out.
import { isPlainObject, type RecordValue } from '../service/parse/parsedRecord';
import { recordSchema } from '../service/schema/recordSchema';

type JsonObject = { [key: string]: RecordValue };

/** The modules of a protocol section, in API order. */
export const MODULE_NAMES: readonly string[] = recordSchema()
  .propertiesOf(recordSchema().protocolSection)
  .map(([name]) => name);

/**
 * The sections of a whole study an author writes besides the protocol, kept when a study is imported (the record is
 * then the whole study object). The registry's own (`derivedSection`, `hasResults`…) are not.
 */
export const AUTHORED_STUDY_SECTIONS: readonly string[] = ['resultsSection', 'annotationSection', 'documentSection'];

export interface ApiProtocolSections {
  /** One protocol section per study, in the order given. */
  readonly sections: readonly JsonObject[];
  /** Per study (same order), its authored sections besides the protocol (`resultsSection`…); empty when it has none. */
  readonly studySections: ReadonlyArray<Readonly<Record<string, RecordValue>>>;
  /** How the value was shaped, for the report. */
  readonly shape: 'study' | 'search response' | 'protocol section';
  /** Top-level study sections neither the protocol nor authored (`derivedSection`, `hasResults`…), not imported. */
  readonly otherSections: readonly string[];
}

/** Whether an object has at least one protocol-section module and nothing else that says otherwise. */
export function isProtocolSection(value: RecordValue | undefined): value is JsonObject {
  return isPlainObject(value) && Object.keys(value).some((key) => MODULE_NAMES.includes(key));
}

/**
 * The protocol sections in a parsed API value: a study (`{protocolSection, …}`), a search
 * response (`{studies: [study, …]}`) or a list of studies, or a bare protocol section.
 * Undefined for anything else.
 */
export function apiProtocolSections(value: RecordValue | undefined): ApiProtocolSections | undefined {
  // A bare list of studies (what some tools save) reads like a search response.
  if (Array.isArray(value)) return apiProtocolSections({ studies: value });
  if (!isPlainObject(value)) return undefined;
  if (Array.isArray(value.studies)) {
    const studies = value.studies.filter((study): study is JsonObject => isPlainObject(study) && isPlainObject(study.protocolSection));
    if (studies.length === 0) return undefined;
    const otherSections = new Set<string>();
    for (const study of studies) for (const key of notImported(study)) otherSections.add(key);
    return {
      sections: studies.map((study) => study.protocolSection as JsonObject),
      studySections: studies.map(authoredSections),
      shape: 'search response',
      otherSections: [...otherSections],
    };
  }
  if (isPlainObject(value.protocolSection)) {
    return {
      sections: [value.protocolSection],
      studySections: [authoredSections(value)],
      shape: 'study',
      otherSections: notImported(value),
    };
  }
  if (isProtocolSection(value)) return { sections: [value], studySections: [{}], shape: 'protocol section', otherSections: [] };
  return undefined;
}

function authoredSections(study: JsonObject): Record<string, RecordValue> {
  const kept: Record<string, RecordValue> = {};
  for (const key of AUTHORED_STUDY_SECTIONS) if (isPlainObject(study[key])) kept[key] = study[key];
  return kept;
}

function notImported(study: JsonObject): string[] {
  return Object.keys(study).filter(
    (key) => key !== 'protocolSection' && !(AUTHORED_STUDY_SECTIONS.includes(key) && isPlainObject(study[key])),
  );
}
