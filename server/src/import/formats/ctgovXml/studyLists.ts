// The repeated parts of a `clinical_study`: arms and interventions (linked both ways), outcomes,
// central contacts, officials, locations with their contacts and investigators, references, links,
// documents and the IPD sharing statement.
import { normaliseArmGroupType, normaliseInterventionType } from '../../normalise/designEnums';
import { enumValueAt } from '../../normalise/enumValue';
import { INTERVENTION_TYPE_LABELS } from '../../../service/rules/arms/armsHelpers';
import { asNode, clean, list, text, type XmlNode, type XmlReading } from './xmlReading';

export function readArmsAndInterventions(study: XmlNode, reading: XmlReading): void {
  const arms: Array<Record<string, unknown>> = [];
  for (const arm of list(study.arm_group).map(asNode)) {
    if (!arm) continue;
    const label = reading.take('arm_group/arm_group_label', arm.arm_group_label, text(list(arm.arm_group_label)[0]));
    const entry = clean({
      label,
      type: reading.take('arm_group/arm_group_type', arm.arm_group_type, normaliseArmGroupType(text(arm.arm_group_type))),
      description: reading.take('arm_group/description', arm.description, text(arm.description)),
    });
    if (entry) arms.push(entry);
  }
  for (const intervention of list(study.intervention).map(asNode)) {
    if (!intervention) continue;
    const type = reading.take(
      'intervention/intervention_type',
      intervention.intervention_type,
      normaliseInterventionType(text(intervention.intervention_type)),
    );
    const name = reading.take('intervention/intervention_name', intervention.intervention_name, text(intervention.intervention_name));
    const armLabels = list(intervention.arm_group_label)
      .map((label) => reading.take('intervention/arm_group_label', label, text(label)))
      .filter((label): label is string => label !== undefined);
    const otherNames = list(intervention.other_name)
      .map((other) => reading.take('intervention/other_name', other, text(other)))
      .filter((other): other is string => other !== undefined);
    reading.push(
      ['armsInterventionsModule', 'interventions'],
      clean({
        type,
        name,
        description: reading.take('intervention/description', intervention.description, text(intervention.description)),
        armGroupLabels: armLabels.length > 0 ? armLabels : undefined,
        otherNames: otherNames.length > 0 ? otherNames : undefined,
      }),
    );
    // The XML links interventions to arms only; the API lists them on the arm too, as `Type: Name`.
    const typeLabel = type === undefined ? undefined : INTERVENTION_TYPE_LABELS[type];
    if (!typeLabel || !name) continue;
    for (const arm of arms.filter((candidate) => armLabels.includes(String(candidate.label)))) {
      const names = (arm.interventionNames as string[] | undefined) ?? [];
      if (!names.includes(`${typeLabel}: ${name}`)) arm.interventionNames = [...names, `${typeLabel}: ${name}`];
    }
  }
  for (const arm of arms) reading.push(['armsInterventionsModule', 'armGroups'], arm);
}

export function readOutcomes(study: XmlNode, reading: XmlReading): void {
  for (const [element, field] of [
    ['primary_outcome', 'primaryOutcomes'],
    ['secondary_outcome', 'secondaryOutcomes'],
    ['other_outcome', 'otherOutcomes'],
  ] as const) {
    for (const outcome of list(study[element]).map(asNode)) {
      if (!outcome) continue;
      const part = (name: string) => reading.take(`${element}/${name}`, outcome[name], text(outcome[name]));
      // `safety_issue` is a legacy column with no API field: not taken, so its line stays as a comment.
      reading.push(
        ['outcomesModule', field],
        clean({ measure: part('measure'), description: part('description'), timeFrame: part('time_frame') }),
      );
    }
  }
}

/** A legacy contact or person (`first_name`, `middle_name`, `last_name`, `degrees`) as one API name. */
function personName(person: XmlNode, path: string, reading: XmlReading): string | undefined {
  const parts = ['first_name', 'middle_name', 'last_name']
    .map((part) => reading.take(`${path}/${part}`, person[part], text(person[part])))
    .filter((part): part is string => part !== undefined);
  const degrees = reading.take(`${path}/degrees`, person.degrees, text(person.degrees));
  if (parts.length === 0) return undefined;
  return degrees ? `${parts.join(' ')}, ${degrees}` : parts.join(' ');
}

function contact(node: XmlNode, path: string, reading: XmlReading, role: string | undefined): Record<string, unknown> | undefined {
  const name = personName(node, path, reading);
  const field = (element: string) => reading.take(`${path}/${element}`, node[element], text(node[element]));
  return clean({ name, role, phone: field('phone'), phoneExt: field('phone_ext'), email: field('email') });
}

export function readPeopleAndPlaces(study: XmlNode, reading: XmlReading): void {
  for (const element of ['overall_contact', 'overall_contact_backup']) {
    for (const node of list(study[element]).map(asNode)) {
      if (node) reading.push(['contactsLocationsModule', 'centralContacts'], contact(node, element, reading, 'CONTACT'));
    }
  }
  for (const official of list(study.overall_official).map(asNode)) {
    if (!official) continue;
    const name = personName(official, 'overall_official', reading);
    const role = reading.take(
      'overall_official/role',
      official.role,
      enumValueAt(['contactsLocationsModule', 'overallOfficials', '0', 'role'], text(official.role), {
        'Study Principal Investigator': 'PRINCIPAL_INVESTIGATOR',
      }),
    );
    const affiliation = reading.take('overall_official/affiliation', official.affiliation, text(official.affiliation));
    if (name) reading.push(['contactsLocationsModule', 'overallOfficials'], clean({ name, affiliation, role }));
  }
  for (const location of list(study.location).map(asNode)) {
    const facility = asNode(location?.facility);
    if (!location || !facility) continue;
    const address = asNode(facility.address) ?? {};
    const place = (element: string) => reading.take(`location/facility/address/${element}`, address[element], text(address[element]));
    const contacts: unknown[] = [];
    for (const element of ['contact', 'contact_backup']) {
      for (const node of list(location[element]).map(asNode))
        if (node) contacts.push(contact(node, `location/${element}`, reading, 'CONTACT'));
    }
    // The API has no site investigator list: investigators are contacts with their role.
    for (const investigator of list(location.investigator).map(asNode)) {
      if (!investigator) continue;
      const role = reading.take(
        'location/investigator/role',
        investigator.role,
        enumValueAt(['contactsLocationsModule', 'locations', '0', 'contacts', '0', 'role'], text(investigator.role), {
          'Sub-Investigator': 'SUB_INVESTIGATOR',
          Subinvestigator: 'SUB_INVESTIGATOR',
        }),
      );
      contacts.push(clean({ name: personName(investigator, 'location/investigator', reading), role }));
    }
    const present = contacts.filter((entry) => entry !== undefined);
    reading.push(
      ['contactsLocationsModule', 'locations'],
      clean({
        facility: reading.take('location/facility/name', facility.name, text(facility.name)),
        status: reading.take(
          'location/status',
          location.status,
          enumValueAt(['contactsLocationsModule', 'locations', '0', 'status'], text(location.status)),
        ),
        city: place('city'),
        state: place('state'),
        zip: place('zip'),
        country: place('country'),
        contacts: present.length > 0 ? present : undefined,
      }),
    );
  }
}

export function readReferencesAndSharing(study: XmlNode, reading: XmlReading): void {
  // `results_reference` are results publications; a plain `reference` may be background or derived, so it gets no type.
  for (const [element, type] of [
    ['reference', undefined],
    ['results_reference', 'RESULT'],
  ] as const) {
    for (const reference of list(study[element]).map(asNode)) {
      if (!reference) continue;
      const citation = reading.take(`${element}/citation`, reference.citation, text(reference.citation));
      const pmid = reading.take(`${element}/PMID`, reference.PMID, text(reference.PMID));
      if (citation || pmid) reading.push(['referencesModule', 'references'], clean({ pmid, type, citation }));
    }
  }
  for (const link of list(study.link).map(asNode)) {
    const url = link && reading.take('link/url', link.url, text(link.url));
    if (link && url)
      reading.push(
        ['referencesModule', 'seeAlsoLinks'],
        clean({ label: reading.take('link/description', link.description, text(link.description)), url }),
      );
  }
  for (const document of list(asNode(study.study_docs)?.study_doc).map(asNode)) {
    if (!document) continue;
    const part = (name: string) => reading.take(`study_docs/study_doc/${name}`, document[name], text(document[name]));
    const type = part('doc_type');
    if (type)
      reading.push(
        ['referencesModule', 'availIpds'],
        clean({ id: part('doc_id'), type, url: part('doc_url'), comment: part('doc_comment') }),
      );
  }

  const sharing = asNode(study.patient_data);
  if (!sharing) return;
  const part = (name: string, value: unknown) => reading.take(`patient_data/${name}`, sharing[name], value);
  const infoTypes = list(sharing.ipd_info_type)
    .map((infoType) =>
      reading.take('patient_data/ipd_info_type', infoType, enumValueAt(['ipdSharingStatementModule', 'infoTypes', '0'], text(infoType))),
    )
    .filter((infoType): infoType is string => infoType !== undefined);
  const statement = clean({
    ipdSharing: part('sharing_ipd', enumValueAt(['ipdSharingStatementModule', 'ipdSharing'], text(sharing.sharing_ipd))),
    description: part('ipd_description', text(sharing.ipd_description)),
    infoTypes: infoTypes.length > 0 ? [...new Set(infoTypes)] : undefined,
    timeFrame: part('ipd_time_frame', text(sharing.ipd_time_frame)),
    accessCriteria: part('ipd_access_criteria', text(sharing.ipd_access_criteria)),
    url: part('ipd_url', text(sharing.ipd_url)),
  });
  if (statement) reading.set(['ipdSharingStatementModule'], 'patient_data', sharing, statement);
}
