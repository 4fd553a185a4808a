// PRS results validation is an error for a study whose primary completion date is on or after 2017-01-18 (the
// 42 CFR Part 11 effective date) and a warning before (prs-review-criteria.md "Ground rules", [WN-09]).
import type { Severity } from '../../diagnostics/recordDiagnostic';
import { parsePartialDate } from '../partialDate';
import { PART_11_EFFECTIVE_DATE } from '../requirementDates';
import { STATUS } from '../ruleHelpers';
import type { RuleContext } from '../ruleTypes';

/**
 * The severity of a PRS results validation finding for this study: `error` when the primary completion date is on
 * or after 2017-01-18, `warning` when it lies wholly before; a missing or partial date that straddles the day counts
 * as on or after (the stricter reading: PRS validates against the date the author will have to give).
 */
export function resultsValidationSeverity(context: Pick<RuleContext, 'value'>): Extract<Severity, 'error' | 'warning'> {
  const completion = parsePartialDate(context.value(`${STATUS}/primaryCompletionDateStruct/date`));
  const threshold = parsePartialDate(PART_11_EFFECTIVE_DATE);
  if (!completion || !threshold) return 'error';
  return completion.lastDay < threshold.firstDay ? 'warning' : 'error';
}
