// The review layer: what ClinicalTrials.gov's reviewers would send back after submission
// (../shared/reference/prs-review-criteria.md, protocol section). Each criterion is one rule in
// `rules/review/<name>.ts` with the reference's id; the engine runs them after the registry rules and
// reports them with the source `trial-record review`.
import { requiredForRegistration } from './review/required-for-registration';
import { abbreviationUndefined } from './review/abbreviation-undefined';
import { outcomeDuplicate } from './review/outcome-duplicate';
import { outcomeMultipleMeasures } from './review/outcome-multiple-measures';
import { outcomeTimeFrameAbbreviated } from './review/outcome-timeframe-abbreviated';
import { outcomeTimeFrameInconsistent } from './review/outcome-timeframe-inconsistent';
import { outcomeTimeFrameMissing } from './review/outcome-timeframe-missing';
import { outcomeTimeFrameMultiplePoints } from './review/outcome-timeframe-multiple-points';
import { outcomeTimeFrameNumeralOnly } from './review/outcome-timeframe-numeral-only';
import { outcomeTimeFrameVague } from './review/outcome-timeframe-vague';
import { outcomeTitleNonspecific } from './review/outcome-title-nonspecific';
import { outcomeUnderspecified } from './review/outcome-underspecified';
import { outcomeWording } from './review/outcome-wording';
import type { RuleDefinition } from './ruleTypes';

/** Every review criterion's id starts with this. */
export const REVIEW_PREFIX = 'review/';

/** The review criteria, in the order the README lists them. */
export const REVIEW_RULES: readonly RuleDefinition[] = [
  // Outcome measures (prs-review-criteria.md "Outcome measures").
  outcomeTitleNonspecific,
  outcomeUnderspecified,
  outcomeWording,
  outcomeMultipleMeasures,
  abbreviationUndefined,
  outcomeTimeFrameMissing,
  outcomeTimeFrameNumeralOnly,
  outcomeTimeFrameVague,
  outcomeTimeFrameAbbreviated,
  outcomeTimeFrameMultiplePoints,
  outcomeTimeFrameInconsistent,
  outcomeDuplicate,
  // Titles, acronym, free text, eligibility, arms, interventions, design, conditions, contacts.
  // Submission readiness (fields the registry requires for registration).
  requiredForRegistration,
];
