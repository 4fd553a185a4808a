// MedPath (trial.medpath.com) study pages, in both text extractions: "bullet" (every label line
// starts with `- `, flags glued to the city) and "plain" (no prefixes, `NameTimeMethod` glued,
// flags on their own line, a `MedPath` header and copyright footer).
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { normaliseInterventionModel, normaliseInterventionType, normaliseOverallStatus, normaliseSex, normaliseStudyType } from '../normalise/designEnums';
import { normaliseEnrollment } from '../normalise/enrollment';
import { fileRegistrationNumber } from '../normalise/identifier';
import { registryIdOf } from '../normalise/secondaryId';
import { readOutcomeTable } from '../lexicon/sites/medpath/outcomes';
import { hasFlag, normalisePlace, stripFlags, isAnonymisedFacility } from '../normalise/location';
import { contactsOnSummaryLine } from '../lexicon/sites/medpath/siteContacts';
import { normalisePhases } from '../normalise/phases';
import { presentValue } from '../normalise/placeholder';
import { getField, pushField, setField } from '../normalise/recordPath';

const LABELS = [
  'Conditions', 'Interventions', 'Registration Number', 'Lead Sponsor', 'Brief Summary', 'Detailed Description',
  'Status', 'Sex', 'Target Recruitment', 'Study Type', 'Study Design', 'Arm && Interventions', 'Arm & Interventions',
  'Primary Outcome Measures', 'Secondary Outcome Measures', 'Other Outcome Measures',
] as const;
type Label = (typeof LABELS)[number];
const HEADINGS = new Set(['Recruitment & Eligibility', 'Study & Design', 'Trial Locations', 'MedPath']);

/** A line without its `- ` bullet, trimmed. */
function bare(line: string): string {
  return line.replace(/^\s*-(?:\s+|$)/, '').trim();
}

function labelOf(line: string): Label | undefined {
  const text = bare(line);
  return LABELS.find((label) => label === text);
}

function isBoundary(line: string): boolean {
  const text = bare(line);
  return labelOf(line) !== undefined || HEADINGS.has(text) || /^Locations \(\d+\)$/.test(text) || /^©.*MedPath/i.test(text);
}

export const medpathFormat: PageFormat = {
  id: 'medpath',
  label: 'MedPath study page',
  detect(page: PageText): number {
    const lines = new Set(page.lines.map(bare));
    const markers = ['Registration Number', 'Lead Sponsor', 'Recruitment & Eligibility', 'Target Recruitment', 'Study & Design', 'Trial Locations'];
    const found = markers.filter((marker) => lines.has(marker)).length;
    const nameTimeMethod = /^-?\s*Name ?Time ?Method\b/m.test(page.text) ? 1 : 0;
    return found < 2 ? 0 : (found + nameTimeMethod) / (markers.length + 1);
  },
  read(page: PageText): PageReading {
    return readMedpath(page);
  },
};

function readMedpath(page: PageText): PageReading {
  const record: Record<string, unknown> = {};
  const used = new Set<number>();
  const warnings: string[] = [];
  const lines = page.lines;
  const nonEmpty = (index: number): boolean => lines[index].trim() !== '' && bare(lines[index]) !== '';

  // The block of lines after a label, up to the next label or heading.
  const blockAfter = (start: number): number[] => {
    const block: number[] = [];
    for (let index = start + 1; index < lines.length && !isBoundary(lines[index]); index++) if (lines[index].trim() !== '') block.push(index);
    return block;
  };

  let index = 0;
  // Header furniture, then the title, then optional badges (phase, status).
  while (index < lines.length && (lines[index].trim() === '' || bare(lines[index]) === 'MedPath')) {
    if (lines[index].trim() !== '') used.add(index);
    index++;
  }
  if (index < lines.length && !isBoundary(lines[index])) {
    if (setField(record, ['identificationModule', 'briefTitle'], presentValue(bare(lines[index])))) used.add(index);
    index++;
    for (; index < lines.length && !isBoundary(lines[index]); index++) {
      if (!nonEmpty(index)) continue;
      const badge = bare(lines[index]);
      const phases = normalisePhases(badge);
      if (phases && setField(record, ['designModule', 'phases'], phases)) used.add(index);
      else if (setField(record, ['statusModule', 'overallStatus'], normaliseOverallStatus(badge))) used.add(index);
    }
  }

  let sawTargetRecruitment = -1;
  /** The page copies a WHO-registry record (EUCTR, CTRI…), not a ClinicalTrials.gov one. */
  let fromOtherRegistry = false;
  let inLocations = false;
  let pendingFacility: number | undefined;
  /** Sites read so far by facility name, with their place text, for the summary line that repeats them. */
  const sites = new Map<string, { location: Record<string, unknown>; place: string }>();
  for (; index < lines.length; index++) {
    const line = lines[index];
    const text = bare(line);
    if (text === '' ) {
      if (line.trim() !== '' && sawTargetRecruitment < 0) used.add(index); // a lone bullet
      continue;
    }
    if (HEADINGS.has(text) || /^©.*MedPath/i.test(text)) {
      used.add(index);
      continue;
    }
    if (/^Locations \(\d+\)$/.test(text)) {
      used.add(index);
      inLocations = true;
      continue;
    }
    const label = labelOf(line);
    if (label) {
      used.add(index);
      index = readLabel(label, index) ?? index;
      continue;
    }
    if (inLocations) {
      index = readLocationLine(index);
      continue;
    }
  }
  if (pendingFacility !== undefined) addLocation(pendingFacility, undefined);

  function readLabel(label: Label, at: number): number | undefined {
    const block = blockAfter(at);
    const first = block[0];
    const firstValue = first === undefined ? undefined : bare(lines[first]);
    const take = (lineIndex: number | undefined, ok: boolean): void => {
      if (ok && lineIndex !== undefined) used.add(lineIndex);
    };
    switch (label) {
      case 'Conditions':
      case 'Interventions': {
        for (const lineIndex of block) {
          const value = presentValue(bare(lines[lineIndex]));
          if (value === undefined) continue;
          if (label === 'Conditions') pushField(record, ['conditionsModule', 'conditions'], value);
          else {
            const typed = /^([A-Za-z ]+):\s*(.+)$/.exec(value);
            const type = typed ? normaliseInterventionType(typed[1]) : undefined;
            pushField(record, ['armsInterventionsModule', 'interventions'], typed && type ? { type, name: typed[2].trim() } : { name: value });
          }
          used.add(lineIndex);
        }
        return block[block.length - 1];
      }
      case 'Registration Number':
        take(first, firstValue !== undefined && fileRegistrationNumber(record, firstValue));
        fromOtherRegistry = firstValue !== undefined && registryIdOf(firstValue) !== undefined;
        return first;
      case 'Lead Sponsor':
        take(first, setField(record, ['sponsorCollaboratorsModule', 'leadSponsor', 'name'], presentValue(firstValue)));
        return first;
      case 'Brief Summary':
      case 'Detailed Description': {
        const text = block.map((lineIndex) => lines[lineIndex].trim()).join('\n');
        const value = presentValue(text);
        const field = label === 'Brief Summary' ? 'briefSummary' : 'detailedDescription';
        if (value === undefined || setField(record, ['descriptionModule', field], value)) block.forEach((lineIndex) => used.add(lineIndex));
        return block[block.length - 1];
      }
      case 'Status': {
        const status = normaliseOverallStatus(firstValue);
        const badge = getField(record, ['statusModule', 'overallStatus']);
        // The badge under the title may have said it already.
        take(first, status !== undefined && (setField(record, ['statusModule', 'overallStatus'], status) || badge === status));
        if (first !== undefined && firstValue !== undefined && !used.has(first)) {
          warnings.push(status === undefined ? `Status "${firstValue}" is not a ClinicalTrials.gov status; kept as a comment.` : `Status "${firstValue}" differs from the badge "${String(badge)}"; kept the badge.`);
        }
        return first;
      }
      case 'Sex': {
        const sex = normaliseSex(firstValue);
        take(first, sex !== undefined ? setField(record, ['eligibilityModule', 'sex'], sex) : presentValue(firstValue) === undefined);
        return first;
      }
      case 'Target Recruitment': {
        const enrollment = normaliseEnrollment(firstValue);
        take(first, enrollment ? setField(record, ['designModule', 'enrollmentInfo'], { count: enrollment.count, ...(enrollment.type ? { type: enrollment.type } : {}) }) : presentValue(firstValue) === undefined);
        sawTargetRecruitment = at;
        // The criteria follow the number without a label of their own.
        const criteria = block.slice(1).filter((lineIndex) => bare(lines[lineIndex]) !== '');
        block.slice(1).forEach((lineIndex) => {
          if (bare(lines[lineIndex]) === '') used.add(lineIndex);
        });
        if (criteria.length > 0 && setField(record, ['eligibilityModule', 'eligibilityCriteria'], criteria.map((lineIndex) => lines[lineIndex].trim()).join('\n'))) criteria.forEach((lineIndex) => used.add(lineIndex));
        return block[block.length - 1];
      }
      case 'Study Type':
        take(first, setField(record, ['designModule', 'studyType'], normaliseStudyType(firstValue)));
        return first;
      case 'Study Design': {
        // MedPath's "Study Design" holds the intervention model.
        const model = normaliseInterventionModel(firstValue);
        take(first, model !== undefined ? setField(record, ['designModule', 'designInfo', 'interventionModel'], model) : presentValue(firstValue) === undefined);
        return first;
      }
      case 'Primary Outcome Measures':
      case 'Secondary Outcome Measures':
      case 'Other Outcome Measures':
        if (!readOutcomeTable(label, block, lines, fromOtherRegistry, record, used)) warnings.push(`"${label}" could not be split into fields reliably; its lines are kept as comments.`);
        return block[block.length - 1];
      default:
        // The arm table's three columns (group, intervention, description) are all free text glued
        // with single spaces (or nothing), and any of them may be empty: no boundary can be told
        // without guessing, so the rows stay comments.
        if (block.length > 0) warnings.push(`"${label}" could not be split into fields; its lines are kept as comments.`);
        return block[block.length - 1];
    }
  }

  function readLocationLine(at: number): number {
    const text = bare(lines[at]);
    if (hasFlag(text) && stripFlags(text) === '') {
      // A flag on its own line; the place follows.
      used.add(at);
      return at;
    }
    if (hasFlag(text) || (pendingFacility !== undefined && at > 0 && hasFlag(lines[at - 1]) && stripFlags(bare(lines[at - 1])) === '')) {
      const flagGluedAfterName = /^(.*?\S)([\u{1F1E6}-\u{1F1FF}]{2})(.+)$/u.exec(text);
      if (flagGluedAfterName && pendingFacility === undefined) {
        readSummaryLine(at, flagGluedAfterName[1].trim(), flagGluedAfterName[3]); // the site again, with its people glued on
        return at;
      }
      if (pendingFacility !== undefined) {
        addLocation(pendingFacility, at);
        pendingFacility = undefined;
      }
      return at;
    }
    if (pendingFacility !== undefined) addLocation(pendingFacility, undefined);
    pendingFacility = at;
    return at;
  }

  /** The summary line repeats a listed site and glues its people on: they become the site's contacts. */
  function readSummaryLine(at: number, facility: string, afterFlag: string): void {
    const site = sites.get(facility);
    const reading = site && contactsOnSummaryLine(afterFlag, site.place);
    if (!site || !reading || reading.contacts.length === 0) return;
    if (site.location.contacts === undefined) site.location.contacts = reading.contacts;
    if (reading.complete) used.add(at);
    else warnings.push(`Not every person on the site line of ${facility} could be told apart; the line is kept as a comment.`);
  }

  function addLocation(facilityLine: number, placeLine: number | undefined): void {
    const facility = presentValue(bare(lines[facilityLine]));
    const place = placeLine === undefined ? {} : normalisePlace(bare(lines[placeLine]));
    if (placeLine === undefined && facility !== undefined) return; // a lone line in the locations block: not sure it is a facility
    const location: Record<string, unknown> = {};
    if (facility !== undefined && !isAnonymisedFacility(facility)) location.facility = facility;
    Object.assign(location, place);
    if (Object.keys(location).length === 0) return;
    pushField(record, ['contactsLocationsModule', 'locations'], location);
    if (facility !== undefined && placeLine !== undefined) sites.set(facility, { location, place: stripFlags(bare(lines[placeLine])).trim() });
    used.add(facilityLine);
    if (placeLine !== undefined) used.add(placeLine);
  }

  if (sawTargetRecruitment < 0 && !record.eligibilityModule) warnings.push('No eligibility block found.');
  return { record, usedLines: used, warnings };
}
