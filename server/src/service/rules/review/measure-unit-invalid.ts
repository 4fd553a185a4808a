import type { RuleDefinition, RuleFinding, Severity } from '../ruleTypes';
import { hasText, measureHasData, measureName, OUTCOME_MEASURE_REFERENCE, readResultMeasures } from './resultsHelpers';
import { resultsValidationSeverity } from './resultsValidationHelpers';

/** Placeholders PRS and its reviewers do not accept as a unit: `NA`, `N/A`, `none`, `unknown`, `-`, `TBD`. */
const PLACEHOLDER_UNIT = /^\s*(?:n\.?\s?\/?\s?a\.?|none|unknown|not\s+applicable|tbd|null|-+|\.+|\?+)\s*$/i;
/** Numerals only: `1`, `100`, `0.5`. */
const NUMERALS_ONLY = /^[\d.,\s]+$/;

/**
 * A measure that reports data has a real unit of measure: not empty, not a placeholder, not only numerals. A measure
 * without data (every group analyzed 0, or nothing reported yet) needs none.
 */
export const measureUnitInvalid: RuleDefinition = {
  id: 'review/measure-unit-invalid',
  title: 'Unit of measure missing or invalid',
  defaultSeverity: 'error',
  basis: '§6 (PRS validation, PCD; Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review and validation; PCD = the primary completion date rule). ' +
    'prs-review-criteria.md `review/measure-unit-invalid` (✅ PRS validation since September 2018 [WN-09]: empty, placeholder or numerals-only units; ' +
    'reviewers\' "The Unit of Measure does not appear to be valid" [CU-UOM]). Takes the PCD severity (resultsValidationSeverity). Traps kept ' +
    'silent: "units on a scale", "ng*h/mL", measures with no data (every group analyzed 0, e.g. a placeholder measure). Baseline and outcome measures.',
  reference: OUTCOME_MEASURE_REFERENCE,
  explanation:
    'Every baseline and outcome measure that reports data has a unit of measure that names a unit, not a placeholder or a bare number.',
  documentation:
    "The unit of measure tells readers what the numbers in a measure's table are. ClinicalTrials.gov rejects a measure with data whose unit is " +
    'empty, a placeholder such as "NA", "none" or "-", or only a number. For a study whose primary completion date is on or ' +
    'after 18 January 2017 this stops the submission (an error); for an earlier study it is a warning. A measure no group reports data for (every group analyzed 0) needs no unit. ' +
    'Fix: name the unit of the values, e.g. `Participants`, `percentage of participants`, `mg/dL`, `days`, or `units on a scale` for a score.',
  check(context) {
    if (!context.results) return [];
    const findings: RuleFinding[] = [];
    let severity: Severity | undefined;
    for (const measure of readResultMeasures(context.results)) {
      const unit = measure.unitOfMeasure;
      const invalid = !hasText(unit) || PLACEHOLDER_UNIT.test(unit ?? '') || NUMERALS_ONLY.test(unit ?? '');
      if (!invalid || !measureHasData(measure)) continue;
      severity ??= resultsValidationSeverity(context);
      const name = measureName(measure);
      const good = 'Name the unit of its values, e.g. `Participants`, `mg/dL`, `days` or `units on a scale`.';
      if (unit === undefined) {
        findings.push({
          pointer: measure.title === undefined ? measure.pointer : `${measure.pointer}/title`,
          target: 'value',
          section: 'results',
          severity,
          message: `${name} reports data but has no unit of measure. ${good}`,
          fix: { kind: 'insert-property', parentPointer: measure.pointer, properties: ['unitOfMeasure'] },
        });
      } else {
        findings.push({
          pointer: `${measure.pointer}/unitOfMeasure`,
          target: hasText(unit) ? 'value' : 'key',
          section: 'results',
          severity,
          message: hasText(unit)
            ? `${name}: the unit of measure "${unit.trim()}" does not appear to be a valid unit. ${good}`
            : `${name} reports data but its unit of measure is blank. ${good}`,
        });
      }
    }
    return findings;
  },
};
