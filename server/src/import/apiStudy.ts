// Where the protocol section sits in the shapes the ClinicalTrials.gov API v2 hands out.
import { isPlainObject, type RecordValue } from '../service/parse/parsedRecord';
import { recordSchema } from '../service/schema/recordSchema';

type JsonObject = { [key: string]: RecordValue };

/** The modules of a protocol section, in API order. */
export const MODULE_NAMES: readonly string[] = recordSchema()
  .propertiesOf(recordSchema().protocolSection)
  .map(([name]) => name);

export interface ApiProtocolSections {
  /** One protocol section per study, in the order given. */
  readonly sections: readonly JsonObject[];
  /** How the value was shaped, for the report. */
  readonly shape: 'study' | 'search response' | 'protocol section';
  /** Top-level study sections besides `protocolSection` (`derivedSection`, `resultsSection`…), not imported. */
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
    for (const study of studies) for (const key of Object.keys(study)) if (key !== 'protocolSection') otherSections.add(key);
    return {
      sections: studies.map((study) => study.protocolSection as JsonObject),
      shape: 'search response',
      otherSections: [...otherSections],
    };
  }
  if (isPlainObject(value.protocolSection)) {
    return {
      sections: [value.protocolSection],
      shape: 'study',
      otherSections: Object.keys(value).filter((key) => key !== 'protocolSection'),
    };
  }
  if (isProtocolSection(value)) return { sections: [value], shape: 'protocol section', otherSections: [] };
  return undefined;
}
