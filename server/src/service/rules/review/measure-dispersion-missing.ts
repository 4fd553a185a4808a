import { isPlainObject, type RecordValue } from '../../parse/parsedRecord';
import { withArticle } from '../ruleHelpers';
import { resultsDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding, SectionView } from '../ruleTypes';
import { asWritten, groupName, notPosted } from './analysisHelpers';
import {
  hasText,
  measureHasData,
  measureName,
  objectsOf,
  readResultMeasures,
  textOf,
  type Measurement,
  type RecordObject,
  type ResultMeasure,
} from './resultsHelpers';

/** Measure types that summarize continuous data, so they need a spread (MEASURE_PARAM enum, labels normalized to it). */
const CONTINUOUS_PARAMS: Readonly<Record<string, string>> = {
  MEAN: 'mean',
  MEDIAN: 'median',
  LEAST_SQUARES_MEAN: 'least squares mean',
  GEOMETRIC_MEAN: 'geometric mean',
  GEOMETRIC_LEAST_SQUARES_MEAN: 'geometric least squares mean',
  LOG_MEAN: 'log mean',
};

/** `NA` (baseline enum), `Not Applicable` (outcome label) and the other ways of writing "none". */
const NO_DISPERSION = /^(?:na|n\/a|not applicable|none)$/i;

/** Dispersion types given as a range (two limits) rather than one spread value. */
const LIMIT_DISPERSION = /range|confidence|interval/i;

/** How a message names a dispersion type written as the baseline enum; outcome labels are read as written. */
const DISPERSION_NAMES: Readonly<Record<string, string>> = {
  STANDARD_DEVIATION: 'standard deviation',
  STANDARD_ERROR: 'standard error',
  INTER_QUARTILE_RANGE: 'inter-quartile range',
  FULL_RANGE: 'full range',
  CONFIDENCE_80: '80% confidence interval',
  CONFIDENCE_90: '90% confidence interval',
  CONFIDENCE_95: '95% confidence interval',
  CONFIDENCE_975: '97.5% confidence interval',
  CONFIDENCE_99: '99% confidence interval',
  CONFIDENCE_OTHER: 'confidence interval',
  GEOMETRIC_COEFFICIENT: 'geometric coefficient of variation',
};

function dispersionName(dispersion: string): string {
  return DISPERSION_NAMES[dispersion] ?? dispersion.toLowerCase();
}

/** `Least Squares Mean` or `LEAST_SQUARES_MEAN` → `LEAST_SQUARES_MEAN`. */
function paramKey(paramType: string): string {
  return paramType
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/** Baseline measures use the enum (`STANDARD_DEVIATION`), outcome measures the label (`Standard Deviation`). */
function suggestion(measure: ResultMeasure, param: string): string {
  const median = param === 'MEDIAN';
  if (measure.kind === 'baseline') return median ? '`INTER_QUARTILE_RANGE` or `FULL_RANGE`' : '`STANDARD_DEVIATION`';
  return median ? '`Inter-Quartile Range` or `Full Range`' : '`Standard Deviation`, `Standard Error` or `95% Confidence Interval`';
}

/** The measurements of a measure, across classes and categories. */
function measurementsOf(measure: ResultMeasure): Measurement[] {
  return measure.classes.flatMap((measureClass) => measureClass.categories.flatMap((category) => category.measurements));
}

/** A measure with nothing to spread: not posted yet, no one analyzed in any group, or no value that is a number. */
function hasNoData(results: SectionView, measure: ResultMeasure): boolean {
  if (notPosted(results, measure) || !measureHasData(measure)) return true;
  return !measurementsOf(measure).some((measurement) => measurement.number !== undefined);
}

function isMissingSpread(value: RecordValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && (value.trim() === '' || NO_DISPERSION.test(value.trim())));
}

/**
 * The measurement objects of a measure as written, in the order of the shared reading's measurements (both walk
 * classes, categories and measurements in order, skipping non-objects); read in one pass, as a results table can hold
 * thousands of values.
 */
function rawMeasurements(results: SectionView, measure: ResultMeasure): Map<string, RecordObject> {
  const found = new Map<string, RecordObject>();
  const item = results.value(measure.pointer);
  for (const [classPointer, measureClass] of objectsOf(isPlainObject(item) ? item.classes : undefined, `${measure.pointer}/classes`)) {
    for (const [categoryPointer, category] of objectsOf(measureClass.categories, `${classPointer}/categories`)) {
      for (const [pointer, measurement] of objectsOf(category.measurements, `${categoryPointer}/measurements`))
        found.set(pointer, measurement);
    }
  }
  return found;
}

/** Values that are numbers but have no spread at all (every spread field empty or `NA`) and no comment saying why. */
function unexplainedValues(results: SectionView, measure: ResultMeasure, dispersion: string, paramName: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const fields = LIMIT_DISPERSION.test(dispersion) ? ['lowerLimit', 'upperLimit'] : ['spread'];
  const name = dispersionName(dispersion);
  const raw = rawMeasurements(results, measure);
  for (const measurement of measurementsOf(measure)) {
    if (measurement.number === undefined) continue;
    const item = raw.get(measurement.pointer);
    if (!item || hasText(textOf(item, 'comment'))) continue;
    if (!fields.every((field) => isMissingSpread(item[field]))) continue;
    const field = fields.find((candidate) => item[candidate] !== undefined) ?? 'value';
    const shown = fields.map((candidate) => `\`${candidate}\``).join(' and ');
    findings.push({
      pointer: `${measurement.pointer}/${field}`,
      target: 'value',
      section: 'results',
      severity: 'warning',
      message:
        `${measureName(measure)}, ${groupName(measurement.groupId, measure.groups.get(measurement.groupId)?.title)}: the ${paramName} ` +
        `${asWritten(item.value)} has no ${name} (${shown} empty or \`NA\`) and no comment saying why. ` +
        `Give the ${name}, or keep \`NA\` and explain it in this value's \`comment\` (e.g. \`Cannot be calculated for 1 participant.\`).`,
    });
  }
  return findings;
}

export const measureDispersionMissing: RuleDefinition = {
  id: 'review/measure-dispersion-missing',
  title: 'Continuous measure without dispersion',
  defaultSeverity: 'error',
  basis: '§6 (PRS Major comment, PRS validation)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (the Major Comments list opens with a missing measure of dispersion for continuous data). ' +
    'prs-review-criteria.md "Results section": "A measure of dispersion or precision appears missing for continuous data." ' +
    '(MC, ✅) and PRS validation since September 2018 (WN-09, ✅). Mechanical, so an error: paramType MEAN, MEDIAN, ' +
    'LEAST_SQUARES_MEAN, GEOMETRIC_MEAN, GEOMETRIC_LEAST_SQUARES_MEAN or LOG_MEAN with dispersionType absent, NA or ' +
    '"Not Applicable" (baseline uses enums, outcomes labels; both are read). Traps kept silent: NUMBER and COUNT_* need none; ' +
    'a value whose spread is NA with a comment; measures with no data (not posted, every group analyzed 0, no numeric value). ' +
    'A numeric value with no spread at all and no comment is reported as a warning (the reference names only its trap).',
  reference: resultsDefinition('Measure of Dispersion/Precision'),
  explanation:
    'A mean, median or other continuous measure gives a measure of dispersion (standard deviation, range, confidence interval…).',
  documentation:
    'A mean or median alone does not tell readers how much the participants varied, so ClinicalTrials.gov asks every baseline and outcome ' +
    'measure of continuous data (mean, median, least squares mean, geometric mean, log mean) for a measure of dispersion or precision, and ' +
    'reviewers return results that have none. Counts and plain numbers need none. A single value whose spread cannot be computed (one ' +
    'participant) may be `NA` when its comment says why. ' +
    'Fix: set the dispersion type (e.g. `Standard Deviation` for an outcome, `STANDARD_DEVIATION` for a baseline measure; a range or ' +
    'inter-quartile range for a median) and give each value its spread or limits.',
  check(context) {
    const results = context.results;
    if (!results) return [];
    const findings: RuleFinding[] = [];
    for (const measure of readResultMeasures(results)) {
      const param = measure.paramType === undefined ? undefined : paramKey(measure.paramType);
      const paramName = param === undefined ? undefined : CONTINUOUS_PARAMS[param];
      if (param === undefined || paramName === undefined || hasNoData(results, measure)) continue;
      const given = measure.dispersionType?.trim() ?? '';
      if (given !== '' && !NO_DISPERSION.test(given)) {
        findings.push(...unexplainedValues(results, measure, given, paramName));
        continue;
      }
      const stated = given === '' ? 'no dispersion type' : `dispersion type \`${given}\``;
      findings.push({
        pointer: given === '' ? `${measure.pointer}/paramType` : `${measure.pointer}/dispersionType`,
        target: 'value',
        section: 'results',
        message:
          `${measureName(measure)} reports ${withArticle(paramName)} with ${stated}: continuous data need a measure of dispersion or precision. ` +
          `Set the dispersion type to ${suggestion(measure, param)} and give each value its spread.`,
      });
    }
    return findings;
  },
};
