import type { RuleDefinition, RuleFinding, Severity } from '../ruleTypes';
import {
  isParticipantUnit,
  isPercentOfParticipants,
  isPercentUnit,
  NUMBER_OF_PARTICIPANTS_TITLE,
  PERCENT_OF_PARTICIPANTS_TITLE,
  TIME_TO_TITLE,
} from './measureUnitHelpers';
import { hasText, measureName, OUTCOME_MEASURE_REFERENCE, readResultMeasures, type ResultMeasure } from './resultsHelpers';
import { resultsValidationSeverity } from './resultsValidationHelpers';

/**
 * The unit of measure contradicts the title or the measure type. PRS validates two cases (a "Number of participants"
 * title needs a participant unit, a "Percentage of participants" title a percent unit): an error for studies whose
 * primary completion is on or after 2017-01-18, a warning before. Reviewers also return a count of participants in
 * percent and a "Time to…" measure counted in participants or percent: warnings.
 */
export const measureUnitTitleMismatch: RuleDefinition = {
  id: 'review/measure-unit-title-mismatch',
  title: 'Unit of measure does not fit the title',
  defaultSeverity: 'error',
  basis: '§6 (PRS validation, PCD; Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review and validation; PCD = the primary completion date rule). ' +
    'prs-review-criteria.md `review/measure-unit-title-mismatch` (✅ PRS validation since September 2018 [WN-09]; reviewers\' "the unit of measure ' +
    'appears inconsistent" [CU-MA] [CU-UOM]; "Time to…" with a count [NEJM11-T3]). The two validation cases take the PCD severity ' +
    '(resultsValidationSeverity); the reviewer-only cases (COUNT_OF_PARTICIPANTS in percent, "Time to…" in participants or percent) are ' +
    'warnings. Participant units: participants, subjects, patients, people, children…; percent units: %, percent, percentage. Baseline and ' +
    "outcome measures; a missing unit is review/measure-unit-invalid's.",
  reference: OUTCOME_MEASURE_REFERENCE,
  explanation:
    'A "Number of participants…" measure counts in participants, a "Percentage of participants…" measure in percent, a count of participants is ' +
    'not in percent, and a "Time to…" measure is in a unit of time.',
  documentation:
    'The unit of measure says what each number in the table is. ClinicalTrials.gov rejects a measure titled "Number of participants with…" whose ' +
    'unit is not participants, and one titled "Percentage of participants…" whose unit is not a percentage; for a study whose primary completion date is on or after ' +
    '18 January 2017 this stops the submission (an error), for an earlier study it is a warning. Reviewers also return a count of ' +
    'participants given in percent and a "Time to…" measure counted in participants. ' +
    'Fix: make the unit match the title and type: `Participants` for a number of participants, `percentage of participants` for a percentage, ' +
    'a time unit such as `days` or `months` for a time to event; or retitle the measure to say what the numbers are.',
  check(context) {
    if (!context.results) return [];
    const findings: RuleFinding[] = [];
    let validationSeverity: Severity | undefined;
    for (const measure of readResultMeasures(context.results)) {
      const unit = measure.unitOfMeasure;
      if (unit === undefined || !hasText(unit)) continue;
      const problem = mismatch(measure, unit);
      if (!problem) continue;
      validationSeverity ??= resultsValidationSeverity(context);
      findings.push({
        pointer: `${measure.pointer}/unitOfMeasure`,
        target: 'value',
        section: 'results',
        severity: problem.validated ? validationSeverity : 'warning',
        message: `${measureName(measure)}: the unit of measure "${unit.trim()}" appears inconsistent with ${problem.message}`,
      });
    }
    return findings;
  },
};

function mismatch(measure: ResultMeasure, unit: string): { validated: boolean; message: string } | undefined {
  const title = measure.title ?? '';
  if (NUMBER_OF_PARTICIPANTS_TITLE.test(title) && !isParticipantUnit(unit)) {
    return {
      validated: true,
      message:
        'a title that counts participants. A "Number of participants…" measure takes the unit `Participants`' +
        (isPercentUnit(unit) ? '; to report percentages, title it "Percentage of participants…" instead.' : '.'),
    };
  }
  if (PERCENT_OF_PARTICIPANTS_TITLE.test(title) && !isPercentUnit(unit)) {
    return {
      validated: true,
      message:
        'a title that reports a percentage. A "Percentage of participants…" measure takes the unit `percentage of participants`' +
        (isParticipantUnit(unit) ? '; to report counts, title it "Number of participants…" instead.' : '.'),
    };
  }
  if (measure.paramType === 'COUNT_OF_PARTICIPANTS' && isPercentUnit(unit) && !PERCENT_OF_PARTICIPANTS_TITLE.test(title)) {
    return {
      validated: false,
      message:
        'the measure type Count of Participants, whose values are numbers of participants. Use the unit `Participants`, or the type Number ' +
        'with a "Percentage of participants…" title to report percentages.',
    };
  }
  if (TIME_TO_TITLE.test(title) && (isParticipantUnit(unit) || isPercentOfParticipants(unit, title))) {
    return {
      validated: false,
      message:
        'a "Time to…" title. A time to event is measured in time (e.g. `days` or `months`); if the numbers count participants with the event, ' +
        'retitle it, e.g. "Number of Participants With … by Week 12".',
    };
  }
  return undefined;
}
