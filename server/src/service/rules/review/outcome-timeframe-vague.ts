import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { checkable, OUTCOME_REFERENCE, outcomeName, quote, readOutcomes } from './outcomeHelpers';
import { hasNumber, tokenize } from './timePointHelpers';

/**
 * Event phrases that name a stage of the study, not a moment in each participant's schedule. Each
 * alternative starts at a word boundary and is fixed text with bounded gaps, so matching is linear.
 */
const EVENT_PHRASE = new RegExp(
  [
    String.raw`\bend of (?:the )?(?:study|trial|treatment|therapy|intervention|follow[- ]?up)\b`,
    String.raw`\b(?:study|trial|treatment|follow[- ]?up) (?:completion|end|duration|period)\b`,
    String.raw`\bcompletion of (?:the )?(?:study|trial|treatment|therapy|intervention|follow[- ]?up)\b`,
    String.raw`\bduration of (?:the )?(?:study|trial|participation)\b`,
    String.raw`\bpost[- ]?(?:intervention|treatment|therapy)\b`,
    String.raw`\b(?:during|throughout|through|for) (?:the )?(?:entire |whole )?(?:study|trial|stay|hospitali[sz]ation|hospital stay|admission|treatment period|intervention period|follow[- ]?up)\b`,
    String.raw`\b(?:at|until|upon|on) (?:hospital )?discharge\b`,
    String.raw`^\s*(?:hospital )?discharge\s*$`,
    String.raw`^\s*(?:at )?follow[- ]?up\s*$`,
    String.raw`\bper protocol\b`,
    String.raw`\bas per (?:the )?protocol\b`,
    String.raw`\btbd\b`,
    String.raw`\bto be determined\b`,
  ].join('|'),
  'i',
);

/** `Visit 3`: a visit number is not a time. */
const VISIT_NUMBER = /\bvisit\s*\d+/gi;

export const outcomeTimeFrameVague: RuleDefinition = {
  id: 'review/outcome-timeframe-vague',
  title: 'Outcome time frame names no time point',
  defaultSeverity: 'warning',
  basis: 'R30, PRS Major comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": the time frame is when each participant is assessed, not the length of the study ' +
    '(DEF; CU-TF quotes the reviewers, ◑). A lexicon of event phrases with no number in the field, so a warning. ' +
    'Silent for `Baseline` alone and when a number (e.g. an estimate in parentheses) is given.',
  reference: OUTCOME_REFERENCE,
  explanation:
    'An outcome time frame that is only an event (`End of study`, `At discharge`, `Follow-up`, `TBD`) with no number appears to name no time point.',
  documentation:
    "The time frame says when each participant is assessed for the outcome, not how long the study runs. Reviewers return time frames such as `End of study`, `Study completion`, `Throughout the hospital stay`, `At discharge` or `Visit 3`: they do not say how long after the participant's start the measurement happens. " +
    'A stage with an estimate is fine: `At discharge (about 3 days after surgery)`. `Baseline` alone is accepted. ' +
    'Fix: write the time point(s) in units of time, e.g. `Week 6`, `Up to 10 minutes` or `From admission to discharge (about 3 days)`.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      const timeFrame = outcome.timeFrame;
      if (!checkable(timeFrame)) continue;
      // A visit number is a label, not a time: `Visit 3` counts as no number.
      const withoutVisits = timeFrame.replace(VISIT_NUMBER, 'visit');
      const visitOnly = withoutVisits !== timeFrame;
      if (hasNumber(tokenize(withoutVisits))) continue;
      if (!visitOnly && !EVENT_PHRASE.test(timeFrame)) continue;
      findings.push({
        pointer: `${outcome.pointer}/timeFrame`,
        target: 'value',
        message:
          `The time frame ${quote(timeFrame)} of ${outcomeName(outcome)} appears to name no time point. ` +
          'Write when each participant is measured, for example `Week 12` or `Up to 24 weeks`.',
      });
    }
    return findings;
  },
};
