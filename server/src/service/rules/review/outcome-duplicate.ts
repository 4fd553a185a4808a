import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import {
  checkable,
  normalizeText,
  OUTCOME_REFERENCE,
  outcomeName,
  type Outcome,
  outcomeNameCapitalized,
  readOutcomes,
} from './outcomeHelpers';

export const outcomeDuplicate: RuleDefinition = {
  id: 'review/outcome-duplicate',
  title: 'Outcome listed twice',
  defaultSeverity: 'warning',
  basis: 'R30, PRS Major comment',
  confidence: 'unverified',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": inferred from the Major Comments list (MC, ❓): the same title with the same time frame twice, within or across the primary, secondary and other lists. ' +
    'Mechanical comparison after normalizing case, spaces and end punctuation; a warning because the evidence is indirect. The same title with different time frames is the recommended pattern and stays silent.',
  reference: OUTCOME_REFERENCE,
  explanation: 'No two outcomes have the same title and the same time frame.',
  documentation:
    'Each outcome measure is reported once. Two outcomes with the same title and the same time frame, in one list or across primary, secondary and other outcomes, are the same measure listed twice, and reviewers ask for one to be removed. ' +
    'The same title with different time frames (one outcome per time point) is the recommended pattern and is fine. ' +
    'Two outcomes that measure different things under one title (`Lipid Profile` for cholesterol, then for triglycerides) need titles that say what each measures. ' +
    'Fix: remove the repeat, or give each outcome its own time frame or a title that says how they differ.',
  check(context) {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, Outcome>();
    for (const outcome of readOutcomes(context)) {
      if (!checkable(outcome.measure)) continue;
      const key = `${normalizeText(outcome.measure)}\u0000${normalizeText(outcome.timeFrame ?? '')}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, outcome);
        continue;
      }
      findings.push({
        pointer: `${outcome.pointer}/measure`,
        target: 'value',
        message:
          `${outcomeNameCapitalized(outcome)} has the same title and time frame as ${outcomeName(first)}. ` +
          (normalizeText(outcome.description ?? '') === normalizeText(first.description ?? '')
            ? 'Remove the repeat, or give each its own time frame (one outcome per time point).'
            : 'Their descriptions differ: give each a title that names what it measures, for example `Serum LDL Cholesterol` rather than `Lipid Profile`.'),
      });
    }
    return findings;
  },
};
