// The review layer: what ClinicalTrials.gov's reviewers would send back after submission
// (../shared/reference/prs-review-criteria.md, protocol section). Each criterion is one rule in
// `rules/review/<name>.ts` with the reference's id; the engine runs them after the registry rules and
// reports them with the source `trial-record review`.
import { requiredForRegistration } from './review/required-for-registration';
import type { RuleDefinition } from './ruleTypes';

/** Every review criterion's id starts with this. */
export const REVIEW_PREFIX = 'review/';

/** The review criteria, in the order the README lists them. */
export const REVIEW_RULES: readonly RuleDefinition[] = [
  // Outcome measures (prs-review-criteria.md "Outcome measures").
  // Titles, acronym, free text, eligibility, arms, interventions, design, conditions, contacts.
  // Submission readiness (fields the registry requires for registration).
  requiredForRegistration,
];
