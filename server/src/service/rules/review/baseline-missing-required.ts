import { isPlainObject } from '../../parse/parsedRecord';
import type { RuleDefinition } from '../ruleTypes';
import { BASELINE, BASELINE_REFERENCE, readBaseline } from './resultsHelpers';

/** A measure of the participants' age: `Age, Continuous`, `Age, Categorical`, `Age, Customized`, `Mean age`; not gestational age. */
const AGE_TITLE = /\bage\b/i;
const NOT_PARTICIPANT_AGE = /\b(?:gestational|bone|skeletal|menstrual|post-?menstrual|vascular|brain|biological)\s+age\b/i;
/** A measure of sex or gender: `Sex: Female, Male`, `Sex/Gender, Customized`, `Gender`. */
const SEX_TITLE = /\b(?:sex|gender)\b/i;

const REQUIRED: ReadonlyArray<{ name: string; example: string; present: (title: string) => boolean }> = [
  {
    name: 'age',
    example: '"Age, Continuous" (mean and standard deviation, in years) or "Age, Categorical"',
    present: (title) => AGE_TITLE.test(title.replace(NOT_PARTICIPANT_AGE, '')),
  },
  { name: 'sex/gender', example: '"Sex: Female, Male" (count of participants)', present: (title) => SEX_TITLE.test(title) },
];

/**
 * The baseline characteristics lack the minimum data: a measure of age or of sex/gender. The number analyzed, the third
 * minimum item, is part of the module's structure (`denoms`) and checked elsewhere. Silent when there is no baseline
 * module at all (a results draft may not have reached it).
 */
export const baselineMissingRequired: RuleDefinition = {
  id: 'review/baseline-missing-required',
  title: 'Baseline lacks age or sex/gender',
  defaultSeverity: 'warning',
  basis: '§6 (PRS required data)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review of results; the minimum baseline data). ' +
    'prs-review-criteria.md `review/baseline-missing-required` (✅ [CHEST09]: number analyzed, age and sex/gender are the minimum baseline ' +
    'data). Titles matched: any whole word "age" (not gestational/bone age), any "sex" or "gender". The reference\'s default is a warning.',
  reference: BASELINE_REFERENCE,
  explanation: 'The baseline characteristics include an age measure and a sex/gender measure.',
  documentation:
    'ClinicalTrials.gov requires, as the minimum baseline characteristics, the number of participants analyzed, their age and their sex or gender. ' +
    'A baseline without an age measure or a sex/gender measure is returned by the reviewers. ' +
    'Fix: add the missing measure, e.g. "Age, Continuous" (mean with standard deviation, in years) or "Age, Categorical", and ' +
    '"Sex: Female, Male" (count of participants).',
  check(context) {
    const baseline = readBaseline(context.results);
    if (!baseline) return [];
    const titles = baseline.measures.map((measure) => measure.title ?? '');
    const missing = REQUIRED.filter((required) => !titles.some((title) => required.present(title)));
    if (missing.length === 0) return [];
    const module = context.results?.value(BASELINE);
    return [
      {
        pointer: isPlainObject(module) && 'measures' in module ? `${BASELINE}/measures` : BASELINE,
        target: 'key',
        section: 'results',
        message:
          `The baseline characteristics have no ${missing.map((required) => `${required.name} measure`).join(' and no ')}, ` +
          `${missing.length === 1 ? 'which is' : 'which are'} required baseline data. ` +
          `Add ${missing.map((required) => required.example).join(' and ')}.`,
      },
    ];
  },
};
