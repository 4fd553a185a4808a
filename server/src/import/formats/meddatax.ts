// meddatax.com trial pages: labelled ("Recruitment Status" then "RECRUITING") and the label-less
// extraction where the basic values stand alone. Values are API enums and ISO dates already.
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { normaliseAge } from '../normalise/ages';
import { normaliseDate } from '../normalise/dates';
import { normaliseAllocation, normaliseInterventionModel, normaliseOverallStatus, normalisePrimaryPurpose, normaliseSex, normaliseStudyType } from '../normalise/designEnums';
import { normaliseEnrollment } from '../normalise/enrollment';
import { fileRegistrationNumber } from '../normalise/identifier';
import { normaliseMasking, normaliseWhoMasked } from '../normalise/masking';
import { normalisePhases } from '../normalise/phases';
import { presentValue } from '../normalise/placeholder';
import { pushField, setField } from '../normalise/recordPath';
import { readArmsAndInterventions } from './meddatax/arms';
import { readIdentifiers, readOfficials, readResponsibleParty, readSponsors } from './meddatax/people';

/** Section headings; each is followed by one boilerplate sentence of the site's own. */
const SECTIONS = new Set([
  'Basic Information', 'Brief Summary', 'Detailed Description', 'Conditions', 'Study Design', 'Study Groups', 'Interventions',
  'Eligibility Criteria', 'Sponsors', 'Responsible Party', 'Principal Investigators', 'Other Identifiers', 'More Related Trials',
  'Related Clinical Trials', 'Outcome Measures', 'Primary Outcome Measures', 'Secondary Outcome Measures', 'Locations', 'Study Locations',
]);
const RELATED = new Set(['More Related Trials', 'Related Clinical Trials']);
/** The site's sentence under each heading; only the line right after a heading can be it. */
const BOILERPLATE = /^(?:Get a concise snapshot|Review |See the |Dive into|Understand how|Learn about|Check the participation|Meet the organizations|Identify the individual|Additional clinical trials|Explore )/;
const RESULTS_PENDING = /^The study team has not published outcome measurements/;
/** Sections read as whole blocks once the page is walked (their entries close with a marker line). */
const BLOCK_SECTIONS = new Set(['Study Groups', 'Interventions', 'Sponsors', 'Responsible Party', 'Principal Investigators', 'Other Identifiers']);

const VALUE_LABELS = new Set([
  'Recruitment Status', 'Clinical Phase', 'Total Enrollment', 'Study Classification', 'Study Start Date', 'Study Completion Date',
  'Primary Completion Date', 'Allocation Method', 'Intervention Model', 'Primary Study Purpose', 'Blinding Strategy',
  'Minimum Eligible Age', 'Maximum Eligible Age', 'Eligible Sex', 'Accepts Healthy Volunteers', 'Study Results',
]);

export const meddataxFormat: PageFormat = {
  id: 'meddatax',
  label: 'meddatax trial page',
  detect(page: PageText): number {
    let score = 0;
    if (/^NCT ID: NCT\d{8}\s*$/m.test(page.text)) score += 0.2;
    if (/^Last Updated: \d{4}-\d{2}-\d{2}\s*$/m.test(page.text)) score += 0.2;
    if (/^Get a concise snapshot of the trial/m.test(page.text)) score += 0.3;
    if (/^Study Classification\s*$/m.test(page.text) || /^Group Type [A-Z_]+\s*$/m.test(page.text)) score += 0.2;
    if (/^\d+ participants\s*$/m.test(page.text)) score += 0.1;
    return score >= 0.4 ? Math.min(score, 1) : 0;
  },
  read: readMeddatax,
};

function readMeddatax(page: PageText): PageReading {
  const lines = page.lines.map((line) => line.trim());
  const record: Record<string, unknown> = {};
  const used = new Set<number>();
  const warnings: string[] = [];
  const next = (from: number): number | undefined => {
    for (let index = from + 1; index < lines.length; index++) if (lines[index] !== '') return index;
    return undefined;
  };
  const isStop = (line: string): boolean => SECTIONS.has(line) || VALUE_LABELS.has(line);
  const textBlock = (from: number): number[] => {
    const block: number[] = [];
    for (let index = from + 1; index < lines.length && !isStop(lines[index]); index++) if (lines[index] !== '') block.push(index);
    return block;
  };

  const title = next(-1);
  if (title !== undefined && !/^NCT ID:/.test(lines[title]) && setField(record, ['identificationModule', 'briefTitle'], presentValue(lines[title]))) used.add(title);

  let section = '';
  let hasLabels = false;
  let afterHeading = false;
  const blocks = new Map<string, number[]>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === '' || used.has(index)) continue;
    const headingJustBefore = afterHeading;
    afterHeading = false;
    const nctLine = /^NCT ID:\s*(\S+)$/.exec(line);
    if (nctLine) {
      if (fileRegistrationNumber(record, nctLine[1])) used.add(index);
      continue;
    }
    if (SECTIONS.has(line)) {
      section = line;
      afterHeading = true;
      used.add(index);
      continue;
    }
    if ((headingJustBefore && BOILERPLATE.test(line)) || RESULTS_PENDING.test(line)) {
      used.add(index);
      continue;
    }
    if (RELATED.has(section)) continue; // other trials: never values
    if (BLOCK_SECTIONS.has(section) && !VALUE_LABELS.has(line)) {
      blocks.set(section, [...(blocks.get(section) ?? []), index]);
      continue;
    }
    if (VALUE_LABELS.has(line)) {
      if (line !== 'Study Results') hasLabels = true;
      const valueIndex = next(index);
      const value = valueIndex === undefined ? undefined : lines[valueIndex];
      const took = value !== undefined && readLabelled(line, value, valueIndex as number);
      used.add(index);
      if (took && valueIndex !== undefined) {
        used.add(valueIndex);
        index = valueIndex;
      }
      continue;
    }
    if (section === 'Brief Summary' || section === 'Detailed Description') {
      const block = [index, ...textBlock(index)];
      const field = section === 'Brief Summary' ? 'briefSummary' : 'detailedDescription';
      if (setField(record, ['descriptionModule', field], presentValue(block.map((lineIndex) => lines[lineIndex]).join('\n')))) block.forEach((lineIndex) => used.add(lineIndex));
      index = block[block.length - 1];
      continue;
    }
    if (section === 'Conditions') {
      const value = presentValue(line);
      if (value) {
        pushField(record, ['conditionsModule', 'conditions'], value);
        used.add(index);
      }
      continue;
    }
    if (section === 'Eligibility Criteria') {
      const block = [index, ...textBlock(index)];
      if (setField(record, ['eligibilityModule', 'eligibilityCriteria'], block.map((lineIndex) => lines[lineIndex]).join('\n'))) block.forEach((lineIndex) => used.add(lineIndex));
      index = block[block.length - 1];
      continue;
    }
    // Outcome and location sections: no stored page shows their layout, so their lines stay
    // comments rather than be read by guesswork.
    if (!hasLabels && section === 'Basic Information') readLabelless(index);
  }

  const block = (name: string): number[] => blocks.get(name) ?? [];
  const arms = readArmsAndInterventions(block('Study Groups'), block('Interventions'), lines, used);
  if (arms.armGroups.length > 0) setField(record, ['armsInterventionsModule', 'armGroups'], arms.armGroups);
  if (arms.interventions.length > 0) setField(record, ['armsInterventionsModule', 'interventions'], arms.interventions);
  warnings.push(...arms.warnings);
  readSponsors(block('Sponsors'), lines, record, used);
  readResponsibleParty(block('Responsible Party'), lines, record, used);
  readOfficials(block('Principal Investigators'), lines, record, used);
  readIdentifiers(block('Other Identifiers'), lines, record, used);

  function readLabelled(label: string, value: string, valueIndex: number): boolean {
    switch (label) {
      case 'Recruitment Status':
        return setField(record, ['statusModule', 'overallStatus'], normaliseOverallStatus(value));
      case 'Clinical Phase':
        return setField(record, ['designModule', 'phases'], normalisePhases(/^NA$/i.test(value) ? 'NA' : value));
      case 'Total Enrollment': {
        const enrollment = normaliseEnrollment(value);
        return setField(record, ['designModule', 'enrollmentInfo'], enrollment ? { count: enrollment.count, ...(enrollment.type ? { type: enrollment.type } : {}) } : undefined);
      }
      case 'Study Classification':
        return setField(record, ['designModule', 'studyType'], normaliseStudyType(value));
      case 'Study Start Date':
        return setField(record, ['statusModule', 'startDateStruct'], normaliseDate(value));
      case 'Primary Completion Date':
        return setField(record, ['statusModule', 'primaryCompletionDateStruct'], normaliseDate(value));
      case 'Study Completion Date':
        return setField(record, ['statusModule', 'completionDateStruct'], normaliseDate(value));
      case 'Allocation Method':
        return setField(record, ['designModule', 'designInfo', 'allocation'], normaliseAllocation(value));
      case 'Intervention Model':
        return setField(record, ['designModule', 'designInfo', 'interventionModel'], normaliseInterventionModel(value));
      case 'Primary Study Purpose':
        return setField(record, ['designModule', 'designInfo', 'primaryPurpose'], normalisePrimaryPurpose(value));
      case 'Blinding Strategy': {
        const masking = normaliseMasking(value).masking;
        const took = setField(record, ['designModule', 'designInfo', 'maskingInfo', 'masking'], masking);
        // The masked roles follow on the next line ("Participants Investigators").
        const rolesIndex = next(valueIndex);
        if (took && rolesIndex !== undefined && !isStop(lines[rolesIndex])) {
          const who = normaliseWhoMasked(lines[rolesIndex]);
          if (who.length > 0 && setField(record, ['designModule', 'designInfo', 'maskingInfo', 'whoMasked'], who)) used.add(rolesIndex);
        }
        return took;
      }
      case 'Minimum Eligible Age':
        return setField(record, ['eligibilityModule', 'minimumAge'], normaliseAge(value));
      case 'Maximum Eligible Age':
        return setField(record, ['eligibilityModule', 'maximumAge'], normaliseAge(value));
      case 'Eligible Sex':
        return setField(record, ['eligibilityModule', 'sex'], normaliseSex(value));
      case 'Accepts Healthy Volunteers':
        return setField(record, ['eligibilityModule', 'healthyVolunteers'], /^yes$/i.test(value) ? true : /^no$/i.test(value) ? false : undefined);
      case 'Study Results':
        return /^Results (?:pending|available)$/i.test(value); // page furniture, not a protocol field
      default:
        return false;
    }
  }

  // Without labels every basic value is recognised by its shape, not its position: an
  // observational study has no phase line, so counting lines would slip by one.
  function readLabelless(index: number): void {
    const line = lines[index];
    const status = normaliseOverallStatus(line);
    const phases = /^(?:NA|N\/A|(?:EARLY_)?PHASE\d(?:[,/ ]+PHASE\d)*)$/i.test(line) ? normalisePhases(line.replace(/^NA$/i, 'NA').split(/[, ]+/).join('/')) : undefined;
    const enrollment = /^\d[\d,]* participants$/.test(line) ? normaliseEnrollment(line) : undefined;
    const studyType = /^(?:INTERVENTIONAL|OBSERVATIONAL|EXPANDED_ACCESS)$/.test(line) ? normaliseStudyType(line) : undefined;
    const date = /^\d{4}-\d{2}(?:-\d{2})?$/.test(line) ? normaliseDate(line) : undefined;
    let took = false;
    if (status && line === line.toUpperCase()) took = setField(record, ['statusModule', 'overallStatus'], status);
    else if (phases) took = setField(record, ['designModule', 'phases'], phases);
    else if (enrollment) took = setField(record, ['designModule', 'enrollmentInfo'], { count: enrollment.count });
    else if (studyType) took = setField(record, ['designModule', 'studyType'], studyType);
    else if (date) took = setField(record, ['statusModule', 'startDateStruct'], date) || setField(record, ['statusModule', 'completionDateStruct'], date);
    if (took) used.add(index);
  }

  if (!record.identificationModule) warnings.push('No NCT ID found on the page.');
  return { record, usedLines: used, warnings };
}
