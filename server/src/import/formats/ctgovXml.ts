// Legacy ClinicalTrials.gov `clinical_study` XML (the pre-2023 download format).
import { XMLParser } from 'fast-xml-parser';
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { normaliseAge } from '../normalise/ages';
import { normaliseDate } from '../normalise/dates';
import { normaliseAllocation, normaliseArmGroupType, normaliseInterventionModel, normaliseInterventionType, normaliseOverallStatus, normalisePrimaryPurpose, normaliseSex, normaliseStudyType } from '../normalise/designEnums';
import { fileRegistrationNumber } from '../normalise/identifier';
import { normaliseMasking } from '../normalise/masking';
import { normalisePhases } from '../normalise/phases';
import { presentValue } from '../normalise/placeholder';
import { pushField, setField } from '../normalise/recordPath';
import { enumValueAt } from '../normalise/enumValue';

type Node = Record<string, unknown>;
const ARRAYS = new Set(['condition', 'keyword', 'arm_group', 'intervention', 'arm_group_label', 'other_name', 'primary_outcome', 'secondary_outcome', 'other_outcome', 'location', 'secondary_id', 'collaborator', 'overall_official', 'phase']);

const asNode = (value: unknown): Node | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
/** The text of an element (`<x>text</x>` or `<x type="…">text</x>` or `<x><textblock>…`). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return presentValue(String(value));
  const node = asNode(value);
  if (!node) return undefined;
  if (node.textblock !== undefined) return text(node.textblock);
  return text(node['#text']);
}
/** A textblock's paragraphs: the XML indents every line; the indent is not part of the text. */
function block(value: unknown): string | undefined {
  const raw = text(value);
  return raw === undefined ? undefined : presentValue(raw.split('\n').map((line) => line.trim()).join('\n').replace(/\n{3,}/g, '\n\n'));
}

export const ctgovXmlFormat: PageFormat = {
  id: 'ctgov-xml',
  label: 'ClinicalTrials.gov legacy XML',
  detect(page: PageText): number {
    const head = page.text.slice(0, 4000);
    return /<clinical_study[\s>]/.test(head) ? (/<nct_id>NCT\d{8}<\/nct_id>/.test(head) ? 1 : 0.8) : 0;
  },
  read(page: PageText): PageReading {
    const warnings: string[] = [];
    let study: Node | undefined;
    try {
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: true, isArray: (name) => ARRAYS.has(name) }).parse(page.text) as Node;
      study = asNode(parsed.clinical_study);
    } catch (error) {
      warnings.push(`The XML could not be read (${error instanceof Error ? error.message : String(error)}); every line is kept as a comment.`);
    }
    if (!study) return { record: {}, usedLines: new Set(), warnings: warnings.length > 0 ? warnings : ['No <clinical_study> element found.'] };
    const record = recordFromStudy(study, warnings);
    // The XML is a whole record: its lines are accounted for by the record's structure.
    const usedLines = new Set<number>();
    page.lines.forEach((line, index) => {
      if (line.trim() !== '') usedLines.add(index);
    });
    const unmapped = ['clinical_results', 'patient_data', 'results_reference'].filter((name) => study?.[name] !== undefined);
    if (unmapped.length > 0) warnings.push(`Not imported (not part of a protocol record): ${unmapped.join(', ')}.`);
    return { record, usedLines, warnings };
  },
};

function recordFromStudy(study: Node, warnings: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const idInfo = asNode(study.id_info) ?? {};
  fileRegistrationNumber(record, text(idInfo.nct_id));
  setField(record, ['identificationModule', 'orgStudyIdInfo', 'id'], text(idInfo.org_study_id));
  for (const secondary of list(idInfo.secondary_id)) {
    const id = text(secondary);
    if (id && !fileRegistrationNumber(record, id)) pushField(record, ['identificationModule', 'secondaryIdInfos'], { id });
  }
  setField(record, ['identificationModule', 'briefTitle'], text(study.brief_title));
  setField(record, ['identificationModule', 'officialTitle'], text(study.official_title));
  setField(record, ['identificationModule', 'acronym'], text(study.acronym));
  const lead = asNode(asNode(study.sponsors)?.lead_sponsor);
  if (lead) {
    const agencyClass = enumValueAt(['sponsorCollaboratorsModule', 'leadSponsor', 'class'], text(lead.agency_class), { 'U.S. Fed': 'FED', NIH: 'NIH', Industry: 'INDUSTRY', Other: 'OTHER' });
    setField(record, ['sponsorCollaboratorsModule', 'leadSponsor'], { name: text(lead.agency), ...(agencyClass ? { class: agencyClass } : {}) });
  }

  const status = normaliseOverallStatus(text(study.overall_status));
  setField(record, ['statusModule', 'overallStatus'], status);
  if (!status && text(study.overall_status)) warnings.push(`Unknown overall_status "${text(study.overall_status)}".`);
  setField(record, ['statusModule', 'statusVerifiedDate'], normaliseDate(text(study.verification_date))?.date);
  for (const [element, field] of [['start_date', 'startDateStruct'], ['primary_completion_date', 'primaryCompletionDateStruct'], ['completion_date', 'completionDateStruct']] as const) {
    const date = normaliseDate(text(study[element]));
    const type = /^actual$/i.test(String(asNode(study[element])?.['@_type'] ?? '')) ? 'ACTUAL' : /^(?:anticipated|estimated)$/i.test(String(asNode(study[element])?.['@_type'] ?? '')) ? 'ESTIMATED' : undefined;
    if (date) setField(record, ['statusModule', field], { date: date.date, ...(type ? { type } : {}) });
  }

  for (const condition of list(study.condition)) pushField(record, ['conditionsModule', 'conditions'], text(condition));
  for (const keyword of list(study.keyword)) pushField(record, ['conditionsModule', 'keywords'], text(keyword));
  setField(record, ['descriptionModule', 'briefSummary'], block(study.brief_summary));
  setField(record, ['descriptionModule', 'detailedDescription'], block(study.detailed_description));

  setField(record, ['designModule', 'studyType'], normaliseStudyType(text(study.study_type)));
  const phases = list(study.phase).flatMap((phase) => normalisePhases(text(phase)) ?? []);
  if (phases.length > 0) setField(record, ['designModule', 'phases'], [...new Set(phases)]);
  const enrollment = study.enrollment;
  const count = Number(text(enrollment));
  if (Number.isSafeInteger(count) && count > 0) {
    const type = String(asNode(enrollment)?.['@_type'] ?? '');
    setField(record, ['designModule', 'enrollmentInfo'], { count, ...(/^actual$/i.test(type) ? { type: 'ACTUAL' } : /^(?:anticipated|estimated)$/i.test(type) ? { type: 'ESTIMATED' } : {}) });
  }
  const design = asNode(study.study_design_info) ?? {};
  setField(record, ['designModule', 'designInfo', 'allocation'], normaliseAllocation(text(design.allocation)));
  setField(record, ['designModule', 'designInfo', 'interventionModel'], normaliseInterventionModel(text(design.intervention_model)));
  setField(record, ['designModule', 'designInfo', 'primaryPurpose'], normalisePrimaryPurpose(text(design.primary_purpose)));
  setField(record, ['designModule', 'designInfo', 'observationalModel'], enumValueAt(['designModule', 'designInfo', 'observationalModel'], text(design.observational_model)));
  setField(record, ['designModule', 'designInfo', 'timePerspective'], enumValueAt(['designModule', 'designInfo', 'timePerspective'], text(design.time_perspective)));
  const masking = normaliseMasking(text(design.masking));
  if (masking.masking) setField(record, ['designModule', 'designInfo', 'maskingInfo'], masking);

  for (const arm of list(study.arm_group).map(asNode)) {
    if (!arm) continue;
    const type = normaliseArmGroupType(text(arm.arm_group_type));
    pushField(record, ['armsInterventionsModule', 'armGroups'], clean({ label: text(list(arm.arm_group_label)[0]), type, description: text(arm.description) }));
  }
  for (const intervention of list(study.intervention).map(asNode)) {
    if (!intervention) continue;
    const armLabels = list(intervention.arm_group_label).map(text).filter((label): label is string => label !== undefined);
    const otherNames = list(intervention.other_name).map(text).filter((name): name is string => name !== undefined);
    pushField(record, ['armsInterventionsModule', 'interventions'], clean({
      type: normaliseInterventionType(text(intervention.intervention_type)),
      name: text(intervention.intervention_name),
      description: text(intervention.description),
      armGroupLabels: armLabels.length > 0 ? armLabels : undefined,
      otherNames: otherNames.length > 0 ? otherNames : undefined,
    }));
  }
  for (const [element, field] of [['primary_outcome', 'primaryOutcomes'], ['secondary_outcome', 'secondaryOutcomes'], ['other_outcome', 'otherOutcomes']] as const) {
    for (const outcome of list(study[element]).map(asNode)) {
      if (outcome) pushField(record, ['outcomesModule', field], clean({ measure: text(outcome.measure), description: text(outcome.description), timeFrame: text(outcome.time_frame) }));
    }
  }

  const eligibility = asNode(study.eligibility) ?? {};
  setField(record, ['eligibilityModule', 'eligibilityCriteria'], block(eligibility.criteria));
  setField(record, ['eligibilityModule', 'sex'], normaliseSex(text(eligibility.gender)));
  setField(record, ['eligibilityModule', 'minimumAge'], normaliseAge(text(eligibility.minimum_age)));
  setField(record, ['eligibilityModule', 'maximumAge'], normaliseAge(text(eligibility.maximum_age)));
  const volunteers = text(eligibility.healthy_volunteers);
  setField(record, ['eligibilityModule', 'healthyVolunteers'], volunteers === undefined ? undefined : /^(?:accepts healthy volunteers|yes)$/i.test(volunteers) ? true : /^no$/i.test(volunteers) ? false : undefined);

  for (const location of list(study.location).map(asNode)) {
    const facility = asNode(location?.facility);
    if (!facility) continue;
    const address = asNode(facility.address) ?? {};
    pushField(record, ['contactsLocationsModule', 'locations'], clean({ facility: text(facility.name), city: text(address.city), state: text(address.state), zip: text(address.zip), country: text(address.country) }));
  }
  return record;
}

/** Drops undefined properties, so absent facts stay absent. */
function clean(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
