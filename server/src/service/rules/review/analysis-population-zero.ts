import { isPlainObject } from '../../parse/parsedRecord';
import { fieldText } from '../ruleHelpers';
import type { RuleDefinition, RuleFinding, SectionView } from '../ruleTypes';
import {
  BASELINE,
  denomsOf,
  filledText,
  groupById,
  groupLabel,
  groupsOf,
  OUTCOME_RESULTS_REFERENCE,
  readBaselineMeasures,
  readOutcomeMeasures,
  type Denom,
  type ResultsGroup,
} from './analysisHelpers';
import { resultsValidationSeverity } from './resultsValidationHelpers';

/** Where zero analyzed must be explained: the denominators of one table and the description that would explain them. */
interface Population {
  readonly name: string;
  readonly groups: readonly ResultsGroup[];
  readonly denoms: readonly Denom[];
  /** Whether an analysis population description (the measure's, or the baseline module's) is written. */
  readonly explained: boolean;
}

/** `participants`, or the units the row counts (`eyes`). */
function unitsOf(denom: Denom): string {
  const units = denom.units?.trim();
  return units ? units.toLowerCase() : 'participants';
}

/** The outcome measures (with their per-class denominators) and the baseline table, each with its explanation. */
function populations(results: SectionView): Population[] {
  const found: Population[] = [];
  const baseline = results.value(BASELINE);
  const baselineExplained = isPlainObject(baseline) && filledText(fieldText(baseline, 'populationDescription'));
  const baselineMeasures = readBaselineMeasures(results);
  if (isPlainObject(baseline)) {
    const groups = groupsOf(baseline.groups);
    found.push({ name: 'the baseline characteristics', groups, denoms: denomsOf(baseline, BASELINE), explained: baselineExplained });
  }
  for (const measure of baselineMeasures) {
    const explained = baselineExplained || filledText(fieldText(measure.item, 'populationDescription'));
    found.push({ name: measure.name, groups: measure.groups, denoms: measure.denoms, explained });
  }
  for (const measure of readOutcomeMeasures(results)) {
    if (fieldText(measure.item, 'reportingStatus') === 'NOT_POSTED') continue;
    const explained = filledText(fieldText(measure.item, 'populationDescription'));
    const classDenoms: Denom[] = [];
    const classes = measure.item.classes;
    if (Array.isArray(classes)) {
      classes.forEach((item, index) => {
        if (isPlainObject(item)) classDenoms.push(...denomsOf(item, `${measure.pointer}/classes/${index}`));
      });
    }
    found.push({ name: measure.name, groups: measure.groups, denoms: [...measure.denoms, ...classDenoms], explained });
  }
  return found;
}

export const analysisPopulationZero: RuleDefinition = {
  id: 'review/analysis-population-zero',
  title: 'Zero analyzed without a reason',
  defaultSeverity: 'error',
  basis: 'PRS validation (PCD)',
  confidence: 'verified',
  provenance:
    'prs-review-criteria.md "Results section": PRS validation since June 2018 is an error when zero participants are analyzed in a ' +
    'group and the analysis population description does not say why (WN-06, ✅; "Val-E (PCD)": an error when the primary ' +
    'completion date is on or after 2017-01-18, a warning before, through resultsValidationSeverity). Mechanical proxy from the ' +
    'reference: a denominator count of 0 with an empty populationDescription (outcome measure, including per-class rows; baseline ' +
    'module or measure). Outcome measures not yet posted are skipped.',
  reference: OUTCOME_RESULTS_REFERENCE,
  explanation: 'A group with 0 analyzed has an analysis population description that says why.',
  documentation:
    'When a group of an outcome measure (or of the baseline characteristics) analyzed no one, ClinicalTrials.gov requires the analysis ' +
    'population description to say why, so readers do not take the empty column for missing data. Records whose primary completion ' +
    'is on or after 18 January 2017 cannot be submitted without it. ' +
    'Fix: say in `populationDescription` why nobody was analyzed in that group, e.g. `No participants in the placebo group were ' +
    'sampled for pharmacokinetics.`, or correct the count.',
  check(context) {
    if (!context.results) return [];
    const findings: RuleFinding[] = [];
    const severity = resultsValidationSeverity(context);
    for (const population of populations(context.results)) {
      if (population.explained) continue;
      for (const denom of population.denoms) {
        for (const count of denom.counts) {
          if (count.value !== 0) continue;
          const group = groupById(population.groups, count.groupId);
          findings.push({
            pointer: count.pointer,
            target: 'value',
            section: 'results',
            severity,
            message:
              `${groupLabel(count.groupId, group?.title)}: 0 ${unitsOf(denom)} analyzed in ${population.name}, and its analysis population ` +
              `description is empty. Say there why no one was analyzed in this group (e.g. \`No samples were taken in the placebo group.\`).`,
          });
        }
      }
    }
    return findings;
  },
};
