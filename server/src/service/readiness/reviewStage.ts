// The review stage (`trialRecord.review.stage`, `trial-record check --stage`): while drafting, the review layer
// advises; before submission, a missing required field is an error and the review layer's advice is a warning.
import type { Severity } from '../diagnostics/recordDiagnostic';
import { REVIEW_PREFIX } from '../rules/reviewCatalog';
import { REQUIRED_FOR_REGISTRATION } from '../rules/review/required-for-registration';
import type { RuleDefinition } from '../rules/ruleTypes';

export const REVIEW_STAGES = ['draft', 'submission'] as const;

export type ReviewStage = (typeof REVIEW_STAGES)[number];

export const DEFAULT_REVIEW_STAGE: ReviewStage = 'draft';

export function isReviewStage(value: unknown): value is ReviewStage {
  return typeof value === 'string' && (REVIEW_STAGES as readonly string[]).includes(value);
}

/**
 * A finding's severity at a stage, before any `trialRecord.rules` setting (which always wins): `base` is the rule's
 * default or the finding's own severity.
 */
export function severityAtStage(
  rule: RuleDefinition,
  stage: ReviewStage = DEFAULT_REVIEW_STAGE,
  base: Severity = rule.defaultSeverity,
): Severity {
  if (stage !== 'submission' || !rule.id.startsWith(REVIEW_PREFIX)) return base;
  if (rule.id === REQUIRED_FOR_REGISTRATION) return 'error';
  return base === 'information' ? 'warning' : base;
}
