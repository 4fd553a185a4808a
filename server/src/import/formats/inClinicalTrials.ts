// inClinicalTrials.com "details" pages: no title at the top, "Label value" on one line
// (`Start date February 2024`, `Age group 18 Years to 80 Years`), `Source` = lead sponsor.
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { normaliseAgeRange } from '../normalise/ages';
import { normaliseDate } from '../normalise/dates';
import { normaliseInterventionType, normaliseOverallStatus, normaliseSex, normaliseStudyType } from '../normalise/designEnums';
import { normaliseEnrollment } from '../normalise/enrollment';
import { fileRegistrationNumber } from '../normalise/identifier';
import { normalisePhases } from '../normalise/phases';
import { presentValue } from '../normalise/placeholder';
import { getField, pushField, setField } from '../normalise/recordPath';
import { readTables } from '../lexicon/sites/inClinicalTrials/tables';

const HEADINGS = new Set(['Clinical Trials Logo', 'Administrative data', 'Study information', 'Recruitment information / eligibility', 'Study Design', 'Intervention', 'Health authority']);
/** Statuses after which an "Est." date is certainly not an estimate any more (the site prints "Est." regardless). */
const FINISHED = new Set(['COMPLETED', 'TERMINATED', 'WITHDRAWN']);

const LABELLED: ReadonlyArray<[RegExp, string]> = [
  [/^NCT number(?:\s+(.*))?$/, 'nct'],
  [/^Other study ID #(?:\s+(.*))?$/, 'orgStudyId'],
  [/^Secondary ID(?:\s+(.*))?$/, 'secondaryId'],
  [/^Status(?:\s+(.*))?$/, 'status'],
  [/^Phase(?:\s+(.*))?$/, 'phase'],
  [/^First received(?:\s+(.*))?$/, 'firstReceived'],
  [/^Last updated(?:\s+(.*))?$/, 'lastUpdated'],
  [/^Start date(?:\s+(.*))?$/, 'start'],
  [/^Est\. completion date(?:\s+(.*))?$/, 'completion'],
  [/^Completion date(?:\s+(.*))?$/, 'completion'],
  [/^Est\. primary completion date(?:\s+(.*))?$/, 'primaryCompletion'],
  [/^Primary completion date(?:\s+(.*))?$/, 'primaryCompletion'],
  [/^Verified date(?:\s+(.*))?$/, 'verified'],
  [/^Source(?:\s+(.*))?$/, 'source'],
  [/^Study type(?:\s+(.*))?$/, 'studyType'],
  [/^Enrollment(?:\s+(.*))?$/, 'enrollment'],
  [/^Accepts healthy volunteers(?:\s+(.*))?$/, 'healthyVolunteers'],
  [/^Gender(?:\s+(.*))?$/, 'sex'],
  [/^Age group(?:\s+(.*))?$/, 'age'],
  [/^Eligibility(?:\s+(.*))?$/, 'eligibility'],
  [/^Contact(?:\s+(.*))?$/, 'contact'],
  [/^Phone(?:\s+(.*))?$/, 'contactPhone'],
  [/^Email(?:\s+(.*))?$/, 'contactEmail'],
];

export const inClinicalTrialsFormat: PageFormat = {
  id: 'inclinicaltrials',
  label: 'inClinicalTrials trial page',
  detect(page: PageText): number {
    let score = 0;
    if (/^Clinical Trials Logo\s*$/m.test(page.text)) score += 0.3;
    if (/^Clinical Trial Details — Status:/m.test(page.text)) score += 0.3;
    if (/^Administrative data\s*$/m.test(page.text)) score += 0.2;
    if (/^Other study ID #/m.test(page.text)) score += 0.1;
    if (/^Recruitment information \/ eligibility\s*$/m.test(page.text) || /^Age group /m.test(page.text)) score += 0.1;
    return score >= 0.3 ? Math.min(score, 1) : 0;
  },
  read: readInClinicalTrials,
};

function readInClinicalTrials(page: PageText): PageReading {
  const lines = page.lines.map((line) => line.trim());
  const record: Record<string, unknown> = {};
  const used = new Set<number>();
  const warnings: string[] = [];
  const estimatedDates: Array<[string, number]> = [];
  let section = '';

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === '') continue;
    if (HEADINGS.has(line)) {
      section = line;
      used.add(index);
      continue;
    }
    const details = /^Clinical Trial Details — Status:\s*(.*)$/.exec(line);
    if (details) {
      if (setField(record, ['statusModule', 'overallStatus'], normaliseOverallStatus(details[1])) || normaliseOverallStatus(details[1])) used.add(index);
      continue;
    }
    if (line === 'Clinical Trial Summary' || line === 'Description:') {
      const block: number[] = [];
      for (let next = index + 1; next < lines.length && !HEADINGS.has(lines[next]) && lines[next] !== 'Description:' && !/^Recruitment information/.test(lines[next]); next++) if (lines[next] !== '') block.push(next);
      const field = line === 'Description:' ? 'detailedDescription' : 'briefSummary';
      used.add(index);
      if (setField(record, ['descriptionModule', field], presentValue(block.map((lineIndex) => lines[lineIndex]).join('\n')))) block.forEach((lineIndex) => used.add(lineIndex));
      index = block.length > 0 ? block[block.length - 1] : index;
      continue;
    }
    if (section === 'Intervention') {
      const typed = /^([A-Za-z ]+):$/.exec(line);
      const type = typed ? normaliseInterventionType(typed[1]) : undefined;
      if (type && index + 1 < lines.length && lines[index + 1] !== '') {
        const descriptionIndex = index + 2 < lines.length && lines[index + 2] !== '' && !HEADINGS.has(lines[index + 2]) && lines[index + 2] !== 'Locations' ? index + 2 : undefined;
        pushField(record, ['armsInterventionsModule', 'interventions'], { type, name: lines[index + 1], ...(descriptionIndex !== undefined ? { description: lines[descriptionIndex] } : {}) });
        [index, index + 1, ...(descriptionIndex !== undefined ? [descriptionIndex] : [])].forEach((lineIndex) => used.add(lineIndex));
        index = descriptionIndex ?? index + 1;
        continue;
      }
      section = '';
    }
    const sponsor = (record.sponsorCollaboratorsModule as { leadSponsor?: { name?: string } } | undefined)?.leadSponsor?.name;
    if (/^Sponsors \(\d+\)$/.test(line) || line === 'Lead Sponsor Collaborator' || (section === 'Sponsors' && line === sponsor)) {
      if (line !== sponsor) section = 'Sponsors';
      used.add(index);
      continue;
    }
    if (/^References & Publications \(\d+\)$/.test(line)) {
      section = 'References';
      used.add(index);
      continue;
    }
    // Each publication is one line ending in the site's link text, so the citation's end is sure.
    const citation = section === 'References' ? /^(.+?)\s*[—–-]\s*View Citation$/.exec(line) : null;
    if (citation) {
      pushField(record, ['referencesModule', 'references'], { citation: citation[1] });
      used.add(index);
      continue;
    }
    if (section === 'References') section = ''; // the next block (`Outcome`, `See also`) has begun
    for (const [pattern, key] of LABELLED) {
      const match = pattern.exec(line);
      if (!match) continue;
      const value = key === 'phase' ? match[1]?.trim() || undefined : presentValue(match[1]);
      if (value === undefined) used.add(index); // an empty label (`First received`) is furniture
      else if (readValue(key, value, index)) used.add(index);
      break;
    }
  }

  function setContactField(field: 'name' | 'phone' | 'email', value: string): boolean {
    if (!getField(record, ['contactsLocationsModule', 'centralContacts'])) pushField(record, ['contactsLocationsModule', 'centralContacts'], { role: 'CONTACT' });
    const contact = (getField(record, ['contactsLocationsModule', 'centralContacts']) as Array<Record<string, unknown>>)[0];
    if (contact[field] !== undefined) return false;
    contact[field] = value;
    return true;
  }

  function readValue(key: string, value: string, index: number): boolean {
    switch (key) {
      case 'nct':
        return fileRegistrationNumber(record, value);
      case 'orgStudyId':
        return setField(record, ['identificationModule', 'orgStudyIdInfo', 'id'], value);
      case 'secondaryId':
        return fileRegistrationNumber(record, value);
      case 'status': {
        const status = normaliseOverallStatus(value);
        return status !== undefined && (setField(record, ['statusModule', 'overallStatus'], status) || status === (record.statusModule as Record<string, unknown>).overallStatus);
      }
      case 'phase':
        return setField(record, ['designModule', 'phases'], normalisePhases(value));
      case 'start': {
        const date = normaliseDate(value);
        return setField(record, ['statusModule', 'startDateStruct'], date);
      }
      case 'completion':
      case 'primaryCompletion': {
        const date = normaliseDate(value);
        if (!date) return false;
        const field = key === 'completion' ? 'completionDateStruct' : 'primaryCompletionDateStruct';
        const again = JSON.stringify((record.statusModule as Record<string, unknown> | undefined)?.[field]) === JSON.stringify({ date: date.date });
        if (again) return true; // the page repeats it in the recruitment block
        if (!setField(record, ['statusModule', field], { date: date.date })) return false;
        if (/^Est\./.test(lines[index])) estimatedDates.push([field, index]);
        return true;
      }
      case 'verified':
        return setField(record, ['statusModule', 'statusVerifiedDate'], normaliseDate(value)?.date);
      case 'source':
        return setField(record, ['sponsorCollaboratorsModule', 'leadSponsor', 'name'], value);
      case 'studyType':
        return setField(record, ['designModule', 'studyType'], normaliseStudyType(value));
      case 'enrollment': {
        const enrollment = normaliseEnrollment(value);
        return setField(record, ['designModule', 'enrollmentInfo'], enrollment ? { count: enrollment.count, ...(enrollment.type ? { type: enrollment.type } : {}) } : undefined);
      }
      case 'healthyVolunteers':
        return setField(record, ['eligibilityModule', 'healthyVolunteers'], /^yes$/i.test(value) ? true : /^no$/i.test(value) ? false : undefined);
      case 'sex':
        return setField(record, ['eligibilityModule', 'sex'], normaliseSex(value));
      case 'age': {
        const range = normaliseAgeRange(value);
        const took = [setField(record, ['eligibilityModule', 'minimumAge'], range.minimumAge), setField(record, ['eligibilityModule', 'maximumAge'], range.maximumAge)];
        return took.some(Boolean);
      }
      case 'eligibility':
        return setField(record, ['eligibilityModule', 'eligibilityCriteria'], value);
      // `Contact`, `Phone`, `Email` in the study information block: the study's one central contact.
      case 'contact':
        return setContactField('name', value);
      case 'contactPhone':
        return /^\+?\d[\d ()-]{4,}\d$/.test(value) && setContactField('phone', value);
      case 'contactEmail':
        return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) && setContactField('email', value);
      default:
        return false;
    }
  }

  // The outcome and location tables, read only where the text keeps their cell boundaries.
  readTables(page.lines, record, used, (line) => line === 'See also' || HEADINGS.has(line) || /^Sponsors \(\d+\)$/.test(line));
  const outcomeHeading = lines.findIndex((line) => line === 'Outcome');
  if (outcomeHeading >= 0 && (record.outcomesModule !== undefined)) used.add(outcomeHeading);
  const locationsHeading = lines.findIndex((line) => line === 'Locations');
  if (locationsHeading >= 0 && (record.contactsLocationsModule !== undefined)) used.add(locationsHeading);

  // "Est." is printed even on finished trials, so it says ESTIMATED only while the trial runs.
  const status = (record.statusModule as Record<string, unknown> | undefined)?.overallStatus;
  for (const [field] of estimatedDates) {
    const struct = (record.statusModule as Record<string, Record<string, unknown>>)[field];
    if (typeof status === 'string' && !FINISHED.has(status)) struct.type = 'ESTIMATED';
    else warnings.push(`${field}: the page says "Est." but the trial is finished; the date type is left for you to set.`);
  }
  return { record, usedLines: used, warnings };
}
