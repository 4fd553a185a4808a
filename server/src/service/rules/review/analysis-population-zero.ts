import type { RuleDefinition, RuleFinding, SectionView } from '../ruleTypes';
import { capitalized, groupName, notPosted } from './analysisHelpers';
import {
  hasText,
  measureName,
  OUTCOME_MEASURE_REFERENCE,
  readBaseline,
  readOutcomeMeasures,
  type Denom,
  type GroupIndex,
} from './resultsHelpers';
import { resultsValidationSeverity } from './resultsValidationHelpers';

/** Where zero analyzed must be explained: the numbers analyzed of one table and whether its description is written. */
interface Population {
  /** How the message names the table: `the baseline characteristics`, `outcome measure 2 ("…")`. */
  readonly name: string;
  readonly groups: GroupIndex;
  readonly denoms: readonly Denom[];
  /** Whether an analysis population description (the measure's, or the baseline module's) is written. */
  readonly explained: boolean;
}

/** `participants`, or the units the row counts (`eyes`). */
function unitsOf(denom: Denom): string {
  const units = denom.units?.trim();
  return units ? units.toLowerCase() : 'participants';
}

/** The baseline table and its measures with their own rows, then each posted outcome measure with its per-class rows. */
function populations(results: SectionView): Population[] {
  const found: Population[] = [];
  const baseline = readBaseline(results);
  if (baseline) {
    const explained = hasText(baseline.populationDescription);
    found.push({ name: 'the baseline characteristics', groups: baseline.groups, denoms: baseline.denoms, explained });
    for (const measure of baseline.measures) {
      // A measure without rows of its own inherits the module's, already checked above.
      if (measure.denoms === baseline.denoms) continue;
      const name = measureName(measure).replace(/^B/, 'b');
      found.push({ name, groups: measure.groups, denoms: measure.denoms, explained: explained || hasText(measure.populationDescription) });
    }
  }
  for (const measure of readOutcomeMeasures(results)) {
    if (notPosted(results, measure)) continue;
    const denoms = [...measure.denoms, ...measure.classes.flatMap((measureClass) => measureClass.denoms)];
    const name = measureName(measure).replace(/^O/, 'o');
    found.push({ name, groups: measure.groups, denoms, explained: hasText(measure.populationDescription) });
  }
  return found;
}

export const analysisPopulationZero: RuleDefinition = {
  id: 'review/analysis-population-zero',
  title: 'Zero analyzed without a reason',
  defaultSeverity: 'error',
  basis: '§6 (PRS validation, PCD)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; results validation). ' +
    'prs-review-criteria.md "Results section": PRS validation since June 2018 is an error when zero participants are analyzed in a ' +
    'group and the analysis population description does not say why (WN-06, ✅; "Val-E (PCD)": an error when the primary ' +
    'completion date is on or after 2017-01-18, a warning before, through resultsValidationSeverity). Mechanical proxy from the ' +
    'reference: a denominator count of 0 with an empty populationDescription (outcome measure, including per-class rows; baseline ' +
    'module or measure). Outcome measures not yet posted are skipped.',
  reference: OUTCOME_MEASURE_REFERENCE,
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
          findings.push({
            pointer: count.pointer,
            target: 'value',
            section: 'results',
            severity,
            message:
              `${capitalized(groupName(count.groupId, population.groups.get(count.groupId)?.title))}: 0 ${unitsOf(denom)} analyzed in ${population.name}, and its analysis population ` +
              `description is empty. Say there why no one was analyzed in this group (e.g. \`No samples were taken in the placebo group.\`).`,
          });
        }
      }
    }
    return findings;
  },
};
