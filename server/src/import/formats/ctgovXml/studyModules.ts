// The single-valued modules of a `clinical_study`: identification, status, sponsors, oversight,
// description, conditions, design and eligibility (element → field as in ctgov-model.md §7.1).
import { normaliseAge } from '../../normalise/ages';
import { normaliseDate } from '../../normalise/dates';
import {
  normaliseAllocation,
  normaliseInterventionModel,
  normaliseOverallStatus,
  normalisePrimaryPurpose,
  normaliseSex,
  normaliseStudyType,
} from '../../normalise/designEnums';
import { enumValueAt } from '../../normalise/enumValue';
import { fileRegistrationNumber } from '../../normalise/identifier';
import { normaliseMasking } from '../../normalise/masking';
import { normalisePhases } from '../../normalise/phases';
import { asNode, block, clean, dateType, list, literalText, text, yesNo, type XmlNode, type XmlReading } from './xmlReading';

const AGENCY_CLASSES = { 'U.S. Fed': 'FED', NIH: 'NIH', Industry: 'INDUSTRY', Other: 'OTHER' };

export function readIdentification(study: XmlNode, reading: XmlReading): void {
  const idInfo = asNode(study.id_info) ?? {};
  reading.take('id_info/nct_id', idInfo.nct_id, fileRegistrationNumber(reading.record, text(idInfo.nct_id)) || undefined);
  reading.set(['identificationModule', 'orgStudyIdInfo', 'id'], 'id_info/org_study_id', idInfo.org_study_id, text(idInfo.org_study_id));
  for (const secondary of list(idInfo.secondary_id)) {
    const id = text(secondary);
    // Another registry's number may be the page's own registration; the rest are plain secondary IDs.
    if (id && !fileRegistrationNumber(reading.record, id)) reading.push(['identificationModule', 'secondaryIdInfos'], { id });
    reading.take('id_info/secondary_id', secondary, id);
  }
  reading.set(['identificationModule', 'briefTitle'], 'brief_title', study.brief_title, text(study.brief_title));
  reading.set(['identificationModule', 'officialTitle'], 'official_title', study.official_title, text(study.official_title));
  reading.set(['identificationModule', 'acronym'], 'acronym', study.acronym, text(study.acronym));
  // `source`: the organization that submitted the record (the PRS account's organization).
  reading.set(['identificationModule', 'organization', 'fullName'], 'source', study.source, text(study.source));
}

export function readStatus(study: XmlNode, reading: XmlReading): void {
  const status = normaliseOverallStatus(text(study.overall_status));
  reading.set(['statusModule', 'overallStatus'], 'overall_status', study.overall_status, status);
  if (!status && text(study.overall_status)) reading.warnings.push(`Unknown overall_status "${text(study.overall_status)}".`);
  reading.set(
    ['statusModule', 'lastKnownStatus'],
    'last_known_status',
    study.last_known_status,
    normaliseOverallStatus(text(study.last_known_status)),
  );
  reading.set(['statusModule', 'whyStopped'], 'why_stopped', study.why_stopped, text(study.why_stopped));
  reading.set(
    ['statusModule', 'statusVerifiedDate'],
    'verification_date',
    study.verification_date,
    normaliseDate(text(study.verification_date))?.date,
  );
  const hasExpandedAccess = yesNo(study.has_expanded_access);
  reading.set(
    ['statusModule', 'expandedAccessInfo', 'hasExpandedAccess'],
    'has_expanded_access',
    study.has_expanded_access,
    hasExpandedAccess,
  );
  const structs = [
    ['start_date', 'startDateStruct'],
    ['primary_completion_date', 'primaryCompletionDateStruct'],
    ['completion_date', 'completionDateStruct'],
    ['study_first_posted', 'studyFirstPostDateStruct'],
    ['results_first_posted', 'resultsFirstPostDateStruct'],
    ['disposition_first_posted', 'dispFirstPostDateStruct'],
    ['last_update_posted', 'lastUpdatePostDateStruct'],
  ] as const;
  for (const [element, field] of structs) {
    const date = normaliseDate(text(study[element]))?.date;
    const type = dateType(study[element]);
    reading.set(['statusModule', field], element, study[element], date === undefined ? undefined : { date, ...(type ? { type } : {}) });
  }
  // Submission dates are full dates (NormalizedDate); the older element names come first in old records.
  const submitted = [
    ['study_first_submitted', 'studyFirstSubmitDate'],
    ['firstreceived_date', 'studyFirstSubmitDate'],
    ['study_first_submitted_qc', 'studyFirstSubmitQcDate'],
    ['results_first_submitted', 'resultsFirstSubmitDate'],
    ['results_first_submitted_qc', 'resultsFirstSubmitQcDate'],
    ['disposition_first_submitted', 'dispFirstSubmitDate'],
    ['disposition_first_submitted_qc', 'dispFirstSubmitQcDate'],
    ['last_update_submitted', 'lastUpdateSubmitDate'],
    ['lastchanged_date', 'lastUpdateSubmitDate'],
  ] as const;
  for (const [element, field] of submitted) {
    const date = normaliseDate(text(study[element]))?.date;
    reading.set(
      ['statusModule', field],
      element,
      study[element],
      date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    );
  }
}

export function readSponsors(study: XmlNode, reading: XmlReading): void {
  const sponsors = asNode(study.sponsors) ?? {};
  const sponsor = (node: XmlNode | undefined, path: string): Record<string, unknown> | undefined => {
    if (!node) return undefined;
    const name = reading.take(`${path}/agency`, node.agency, text(node.agency));
    const agencyClass = reading.take(
      `${path}/agency_class`,
      node.agency_class,
      enumValueAt(['sponsorCollaboratorsModule', 'leadSponsor', 'class'], text(node.agency_class), AGENCY_CLASSES),
    );
    return name === undefined ? undefined : clean({ name, class: agencyClass });
  };
  reading.set(
    ['sponsorCollaboratorsModule', 'leadSponsor'],
    'sponsors/lead_sponsor',
    sponsors.lead_sponsor,
    sponsor(asNode(sponsors.lead_sponsor), 'sponsors/lead_sponsor'),
  );
  for (const collaborator of list(sponsors.collaborator))
    reading.push(['sponsorCollaboratorsModule', 'collaborators'], sponsor(asNode(collaborator), 'sponsors/collaborator'));

  const party = asNode(study.responsible_party);
  if (!party) return;
  const field = (element: string, value: unknown) => reading.take(`responsible_party/${element}`, party[element], value);
  reading.set(
    ['sponsorCollaboratorsModule', 'responsibleParty'],
    'responsible_party',
    party,
    clean({
      type: field(
        'responsible_party_type',
        enumValueAt(['sponsorCollaboratorsModule', 'responsibleParty', 'type'], text(party.responsible_party_type)),
      ),
      investigatorFullName: field('investigator_full_name', text(party.investigator_full_name)),
      investigatorTitle: field('investigator_title', text(party.investigator_title)),
      investigatorAffiliation: field('investigator_affiliation', text(party.investigator_affiliation)),
      oldNameTitle: field('name_title', text(party.name_title)),
      oldOrganization: field('organization', text(party.organization)),
    }),
  );
}

export function readOversight(study: XmlNode, reading: XmlReading): void {
  const oversight = asNode(study.oversight_info) ?? {};
  const flags = [
    ['has_dmc', 'oversightHasDmc'],
    ['is_fda_regulated_drug', 'isFdaRegulatedDrug'],
    ['is_fda_regulated_device', 'isFdaRegulatedDevice'],
    ['is_unapproved_device', 'isUnapprovedDevice'],
    ['is_ppsd', 'isPpsd'],
    ['is_us_export', 'isUsExport'],
  ] as const;
  for (const [element, field] of flags)
    reading.set(['oversightModule', field], `oversight_info/${element}`, oversight[element], yesNo(oversight[element]));
}

export function readDescriptionAndConditions(study: XmlNode, reading: XmlReading): void {
  reading.set(['descriptionModule', 'briefSummary'], 'brief_summary/textblock', study.brief_summary, block(study.brief_summary));
  reading.set(
    ['descriptionModule', 'detailedDescription'],
    'detailed_description/textblock',
    study.detailed_description,
    block(study.detailed_description),
  );
  for (const condition of list(study.condition))
    reading.push(['conditionsModule', 'conditions'], reading.take('condition', condition, text(condition)));
  for (const keyword of list(study.keyword))
    reading.push(['conditionsModule', 'keywords'], reading.take('keyword', keyword, text(keyword)));
}

export function readDesign(study: XmlNode, reading: XmlReading): void {
  const studyType = text(study.study_type);
  reading.set(['designModule', 'studyType'], 'study_type', study.study_type, normaliseStudyType(studyType));
  if (studyType && /patient registry/i.test(studyType))
    reading.set(['designModule', 'patientRegistry'], 'study_type', study.study_type, true);
  // `<phase>N/A</phase>` is the registry's "not applicable" (API `NA`), not a missing value.
  const phases = list(study.phase).flatMap((phase) => reading.take('phase', phase, normalisePhases(literalText(phase))) ?? []);
  if (phases.length > 0) reading.set(['designModule', 'phases'], 'phase', study.phase, [...new Set(phases)]);
  const count = Number(text(study.enrollment));
  const enrollmentType = dateType(study.enrollment);
  const enrollment =
    Number.isSafeInteger(count) && count >= 0 && text(study.enrollment) !== undefined
      ? { count, ...(enrollmentType ? { type: enrollmentType } : {}) }
      : undefined;
  reading.set(['designModule', 'enrollmentInfo'], 'enrollment', study.enrollment, enrollment);
  reading.set(['designModule', 'targetDuration'], 'target_duration', study.target_duration, normaliseAge(text(study.target_duration)));
  reading.set(
    ['designModule', 'bioSpec', 'retention'],
    'biospec_retention',
    study.biospec_retention,
    enumValueAt(['designModule', 'bioSpec', 'retention'], text(study.biospec_retention)),
  );
  reading.set(['designModule', 'bioSpec', 'description'], 'biospec_descr/textblock', study.biospec_descr, block(study.biospec_descr));
  const access = asNode(study.expanded_access_info) ?? {};
  for (const kind of ['individual', 'intermediate', 'treatment'] as const) {
    const element = `expanded_access_type_${kind}`;
    reading.set(['designModule', 'expandedAccessTypes', kind], `expanded_access_info/${element}`, access[element], yesNo(access[element]));
  }

  const design = asNode(study.study_design_info) ?? {};
  const designField = (element: string, field: string, value: unknown) =>
    reading.set(['designModule', 'designInfo', field], `study_design_info/${element}`, design[element], value);
  designField('allocation', 'allocation', normaliseAllocation(text(design.allocation)));
  designField('intervention_model', 'interventionModel', normaliseInterventionModel(text(design.intervention_model)));
  designField('intervention_model_description', 'interventionModelDescription', text(design.intervention_model_description));
  designField('primary_purpose', 'primaryPurpose', normalisePrimaryPurpose(text(design.primary_purpose)));
  designField(
    'observational_model',
    'observationalModel',
    enumValueAt(['designModule', 'designInfo', 'observationalModel'], text(design.observational_model)),
  );
  designField(
    'time_perspective',
    'timePerspective',
    enumValueAt(['designModule', 'designInfo', 'timePerspective'], text(design.time_perspective)),
  );
  const masking = normaliseMasking(text(design.masking));
  const description = text(design.masking_description);
  reading.take('study_design_info/masking', design.masking, masking.masking);
  reading.take('study_design_info/masking_description', design.masking_description, description);
  const maskingInfo = clean({ ...masking, maskingDescription: description });
  if (maskingInfo)
    reading.set(
      ['designModule', 'designInfo', 'maskingInfo'],
      'study_design_info/masking',
      design.masking ?? design.masking_description,
      maskingInfo,
    );
}

export function readEligibility(study: XmlNode, reading: XmlReading): void {
  const eligibility = asNode(study.eligibility) ?? {};
  const field = (element: string, path: string, value: unknown) =>
    reading.set(['eligibilityModule', path], `eligibility/${element}`, eligibility[element], value);
  reading.set(
    ['eligibilityModule', 'eligibilityCriteria'],
    'eligibility/criteria/textblock',
    eligibility.criteria,
    block(eligibility.criteria),
  );
  reading.set(
    ['eligibilityModule', 'studyPopulation'],
    'eligibility/study_pop/textblock',
    eligibility.study_pop,
    block(eligibility.study_pop),
  );
  field('sampling_method', 'samplingMethod', enumValueAt(['eligibilityModule', 'samplingMethod'], text(eligibility.sampling_method)));
  field('gender', 'sex', normaliseSex(text(eligibility.gender)));
  field('gender_based', 'genderBased', yesNo(eligibility.gender_based));
  field('gender_description', 'genderDescription', text(eligibility.gender_description));
  field('minimum_age', 'minimumAge', normaliseAge(text(eligibility.minimum_age)));
  field('maximum_age', 'maximumAge', normaliseAge(text(eligibility.maximum_age)));
  field('healthy_volunteers', 'healthyVolunteers', yesNo(eligibility.healthy_volunteers));
}
