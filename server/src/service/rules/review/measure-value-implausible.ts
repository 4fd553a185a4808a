import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { isPercentOfParticipants, maximumPerDay } from './measureUnitHelpers';
import {
  groupLabel,
  measureHasData,
  measureName,
  OUTCOME_MEASURE_REFERENCE,
  participantsAnalyzed,
  readResultMeasures,
  type MeasureCategory,
  type MeasureClass,
  type Measurement,
  type ResultMeasure,
} from './resultsHelpers';

/**
 * Values that cannot be: a percentage of participants below 0 or above 100, a count of participants above the group's
 * number analyzed (or below 0), a time per day longer than the day. Only `value` is read (a spread or interval may
 * legitimately run past the bounds of the value itself).
 */
export const measureValueImplausible: RuleDefinition = {
  id: 'review/measure-value-implausible',
  title: 'Measured value impossible',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; "reported data look invalid"). ' +
    'prs-review-criteria.md `review/measure-value-implausible` (✅ [MC] "Data reported here appear invalid"; 263 hours of sleep per day ' +
    '[NEJM11-T3]; percentages over 100 [CU-UOM]). Percent of participants: a percent unit naming people, or a bare % under a "Percentage of ' +
    'participants" title; "percent change" and percentages of other things (% body mass, % of BSA) are left alone. Counts compared with the ' +
    "row's own numbers analyzed, else the measure's (baseline: the module's). Minutes per day (over 1440) added with hours per day. The " +
    "reference's default is a warning.",
  reference: OUTCOME_MEASURE_REFERENCE,
  explanation:
    'Measured values are possible: percentages of participants between 0 and 100, counts of participants at most the number analyzed, hours per day at most 24.',
  documentation:
    'ClinicalTrials.gov reviewers return data that cannot be true, such as 263 hours of sleep per day or 120% of participants. A percentage of ' +
    'participants lies between 0 and 100; a count of participants is at most the number of participants analyzed in that group; a time per day ' +
    'is at most 24 hours (1440 minutes). Such values usually come from a count entered as a percentage, a wrong unit, or a typing slip. ' +
    'Fix: correct the value, or the unit of measure or the number analyzed it is read against.',
  check(context) {
    if (!context.results) return [];
    const findings: RuleFinding[] = [];
    for (const measure of readResultMeasures(context.results)) {
      if (!measureHasData(measure)) continue;
      const unit = measure.unitOfMeasure ?? '';
      const percent = isPercentOfParticipants(unit, measure.title);
      const count = measure.paramType === 'COUNT_OF_PARTICIPANTS';
      const perDay = maximumPerDay(unit);
      if (!percent && !count && !perDay) continue;
      for (const measureClass of measure.classes) {
        for (const category of measureClass.categories) {
          for (const measurement of category.measurements) {
            const value = measurement.number;
            if (value === undefined) continue;
            let problem: string | undefined;
            if (percent) problem = percentProblem(measure, measureClass, measurement, value);
            else if (count) problem = countProblem(measure, measureClass, measurement, value);
            else if (perDay && Math.abs(value) > perDay.limit) {
              problem = `${value} ${perDay.name} per day appears implausible: a day has ${perDay.limit} ${perDay.name}. Check the value and the unit of measure ("${unit.trim()}").`;
            }
            if (problem === undefined) continue;
            const where = `${measureName(measure)}${rowName(measureClass, category)}, ${groupLabel(measure.groups, measurement.groupId)}`;
            findings.push({
              pointer: `${measurement.pointer}/value`,
              target: 'value',
              section: 'results',
              message: `${where}: ${problem}`,
            });
          }
        }
      }
    }
    return findings;
  },
};

/** ", row "Grade 3"" for a measure with several rows; nothing for a one-row measure with untitled rows. */
function rowName(measureClass: MeasureClass, category: MeasureCategory): string {
  const titles = [measureClass.title, category.title].map((title) => title?.trim()).filter((title) => title);
  return titles.length > 0 ? `, row "${titles.join(' / ')}"` : '';
}

function percentProblem(measure: ResultMeasure, measureClass: MeasureClass, measurement: Measurement, value: number): string | undefined {
  if (value >= 0 && value <= 100) return undefined;
  const analyzed = participantsAnalyzed(measure, measureClass, measurement.groupId)?.value;
  const asCount =
    value > 100 && analyzed !== undefined && analyzed > 0 && Number.isInteger(value) && value <= analyzed
      ? ` If ${value} is the number of participants, the percentage is ${round((100 * value) / analyzed)} (${value} of ${analyzed} analyzed).`
      : '';
  return `${value} percent of participants appears implausible: a percentage of participants lies between 0 and 100.${asCount}`;
}

function countProblem(measure: ResultMeasure, measureClass: MeasureClass, measurement: Measurement, value: number): string | undefined {
  if (value < 0) return `a count of ${value} participants appears implausible: a count is 0 or more.`;
  const analyzed = participantsAnalyzed(measure, measureClass, measurement.groupId)?.value;
  if (analyzed === undefined || value <= analyzed) return undefined;
  return (
    `${value} participants counted appears implausible: only ${analyzed} were analyzed in this group. ` +
    `A count of participants is at most the number analyzed (${analyzed}); correct the count or the number analyzed.`
  );
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
