import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { filled, OUTCOME_REFERENCE, outcomeNameCapitalized, readOutcomes } from './outcomeHelpers';

export const outcomeTimeFrameMissing: RuleDefinition = {
  id: 'review/outcome-timeframe-missing',
  title: 'Outcome time frame missing',
  defaultSeverity: 'error',
  basis: '§4, PRS required field',
  confidence: 'verified',
  provenance:
    '§4 of the reference notes lists the outcome title, description and time frame as required (`*`); prs-review-criteria.md "Outcome measures": the time frame is a required part of every primary and secondary outcome ' +
    '(registry definitions, DEF, ✅). Mechanical, so an error. Other pre-specified outcomes are not checked (the reference names primary and secondary).',
  reference: OUTCOME_REFERENCE,
  explanation: 'Every primary and secondary outcome has a time frame (`timeFrame`).',
  documentation:
    'ClinicalTrials.gov requires a time frame for every primary and secondary outcome measure: the time point(s) at which each participant is assessed, ' +
    'e.g. `Week 12`, `Baseline and 6 months` or `Up to 24 weeks`. A record without one is returned by the registry. ' +
    'Fix: add `timeFrame` to the outcome, stating when each participant is measured.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      if (outcome.kind === 'other' || filled(outcome.timeFrame)) continue;
      const timeFramePointer = `${outcome.pointer}/timeFrame`;
      const present = context.locate(timeFramePointer) !== undefined;
      findings.push({
        // A blank `timeFrame:` is marked at its key; an absent one at the title, where the outcome is recognised.
        pointer: present ? timeFramePointer : filled(outcome.measure) ? `${outcome.pointer}/measure` : outcome.pointer,
        target: present ? 'key' : 'value',
        message:
          `${outcomeNameCapitalized(outcome)} has no time frame. ` +
          'Write when each participant is measured, for example `Week 12` or `Baseline and 6 months`.',
      });
    }
    return findings;
  },
};
