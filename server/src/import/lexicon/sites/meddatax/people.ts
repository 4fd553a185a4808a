// meddatax "Sponsors", "Responsible Party", "Principal Investigators" and "Other Identifiers"
// sections: each entry is a few value lines closed by a marker line.
import { enumValueAt } from '../../../normalise/enumValue';
import { NCT_ID } from '../../../normalise/secondaryId';
import { presentValue } from '../../../normalise/placeholder';
import { pushField, setField } from '../../../normalise/recordPath';
import { splitAtMarkers } from './markers';

type Json = Record<string, unknown>;
const AGENCY_CLASS = /^(?:NIH|FED|OTHER_GOV|INDIV|INDUSTRY|NETWORK|AMBIG|OTHER|UNKNOWN)$/;

/** `name`, optional agency class, `Sponsor Role lead|collaborator`. */
export function readSponsors(indexes: readonly number[], lines: readonly string[], record: Json, used: Set<number>): void {
  for (const chunk of splitAtMarkers(indexes, lines, /^Sponsor Role (\S+)$/).chunks) {
    const last = chunk.before[chunk.before.length - 1];
    const classIndex = last !== undefined && AGENCY_CLASS.test(lines[last]) ? last : undefined;
    const names = classIndex === undefined ? chunk.before : chunk.before.slice(0, -1);
    if (names.length !== 1) continue; // not the expected shape: kept as comments
    const name = presentValue(lines[names[0]]);
    if (!name) continue;
    const sponsor = { name, ...(classIndex !== undefined ? { class: lines[classIndex] } : {}) };
    const role = chunk.match[1].toLowerCase();
    if (role === 'lead') {
      if (!setField(record, ['sponsorCollaboratorsModule', 'leadSponsor'], sponsor)) continue;
    } else if (role === 'collaborator') pushField(record, ['sponsorCollaboratorsModule', 'collaborators'], sponsor);
    else continue;
    [...chunk.before, chunk.marker].forEach((index) => used.add(index));
  }
}

/**
 * The investigator's name, official title and affiliation (the site shows those it has, in that
 * order), then `Responsibility Role X`. PRS asks for all three for an investigator, so two lines
 * are the name and title. A sponsor has no investigator fields: lines above it stay comments.
 */
export function readResponsibleParty(indexes: readonly number[], lines: readonly string[], record: Json, used: Set<number>): void {
  const chunk = splitAtMarkers(indexes, lines, /^Responsibility Role (\S+)$/).chunks[0];
  if (!chunk) return;
  const type = enumValueAt(['sponsorCollaboratorsModule', 'responsibleParty', 'type'], chunk.match[1]);
  if (!type) return;
  const party: Json = { type };
  if (type !== 'SPONSOR' && chunk.before.length <= 3) {
    const fields = ['investigatorFullName', 'investigatorTitle', 'investigatorAffiliation'];
    chunk.before.forEach((index, position) => {
      const value = presentValue(lines[index]);
      if (value) party[fields[position]] = value;
      used.add(index);
    });
  }
  if (setField(record, ['sponsorCollaboratorsModule', 'responsibleParty'], party)) used.add(chunk.marker);
}

/**
 * Per official: `name`, `Role: X`, then the affiliation (optional). So the lines between two
 * markers are [previous affiliation, name]; more than that is not the known shape.
 */
export function readOfficials(indexes: readonly number[], lines: readonly string[], record: Json, used: Set<number>): void {
  const { chunks, trailing } = splitAtMarkers(indexes, lines, /^Role:\s*(\S+)$/);
  const officials: Array<{ name: string; role: string; affiliation?: string }> = [];
  let previous: { name: string; role: string; affiliation?: string } | undefined;
  const fileAffiliation = (affiliationLines: readonly number[]): void => {
    if (!previous || affiliationLines.length !== 1) return;
    const affiliation = presentValue(lines[affiliationLines[0]]);
    if (affiliation) previous.affiliation = affiliation;
    used.add(affiliationLines[0]);
  };
  for (const chunk of chunks) {
    fileAffiliation(chunk.before.slice(0, -1));
    previous = undefined;
    const nameIndex = chunk.before[chunk.before.length - 1];
    const role = enumValueAt(['contactsLocationsModule', 'overallOfficials', '0', 'role'], chunk.match[1]);
    const name = nameIndex === undefined ? undefined : presentValue(lines[nameIndex]);
    if (!role || !name) continue;
    previous = { name, role };
    officials.push(previous);
    [nameIndex, chunk.marker].forEach((index) => used.add(index));
  }
  fileAffiliation(trailing);
  // The API's key order: name, affiliation, role.
  for (const { name, affiliation, role } of officials)
    pushField(record, ['contactsLocationsModule', 'overallOfficials'], { name, ...(affiliation ? { affiliation } : {}), role });
}

/**
 * Per identifier: the ID, `Identifier Type: X` (`-` when none), `Identifier Source: Y`. The source
 * names the legacy XML element: `org_study_id` is the sponsor's own ID, `nct_alias` an older NCT
 * ID, anything else a secondary ID whose type and domain are only what the page states.
 */
export function readIdentifiers(indexes: readonly number[], lines: readonly string[], record: Json, used: Set<number>): void {
  for (const chunk of splitAtMarkers(indexes, lines, /^Identifier Source:\s*(.+)$/).chunks) {
    const typeIndex = chunk.before.find((index) => /^Identifier Type:/.test(lines[index]));
    const domainIndex = chunk.before.find((index) => /^Identifier Domain:/.test(lines[index]));
    const idLines = chunk.before.filter((index) => index !== typeIndex && index !== domainIndex);
    const id = idLines.length === 1 ? presentValue(lines[idLines[0]]) : undefined;
    if (!id) continue;
    const typeText = typeIndex === undefined ? undefined : presentValue(lines[typeIndex].replace(/^Identifier Type:/, ''));
    const domain = domainIndex === undefined ? undefined : presentValue(lines[domainIndex].replace(/^Identifier Domain:/, ''));
    const source = chunk.match[1].trim().toLowerCase();
    const taken: number[] = [idLines[0], chunk.marker];
    if (source === 'org_study_id') {
      const type = enumValueAt(['identificationModule', 'orgStudyIdInfo', 'type'], typeText);
      if (!setField(record, ['identificationModule', 'orgStudyIdInfo'], { id, ...(type ? { type } : {}) })) continue;
      if (typeIndex !== undefined && (type || !typeText)) taken.push(typeIndex);
    } else if (source === 'nct_alias') {
      if (!NCT_ID.test(id) || typeText || domain) continue;
      pushField(record, ['identificationModule', 'nctIdAliases'], id);
      if (typeIndex !== undefined) taken.push(typeIndex);
    } else {
      const type = enumValueAt(['identificationModule', 'secondaryIdInfos', '0', 'type'], typeText);
      pushField(record, ['identificationModule', 'secondaryIdInfos'], { id, ...(type ? { type } : {}), ...(domain ? { domain } : {}) });
      if (typeIndex !== undefined && (type || !typeText)) taken.push(typeIndex);
      if (domain) taken.push(domainIndex as number);
    }
    taken.forEach((index) => used.add(index));
  }
}
