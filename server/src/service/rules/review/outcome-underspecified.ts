import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import {
  checkable,
  filled,
  isBareConceptTitle,
  METRIC_WORD,
  normalizeText,
  OUTCOME_REFERENCE,
  outcomeName,
  quote,
  readOutcomes,
  spacedTokenCount,
} from './outcomeHelpers';

/** A title this short that names no metric needs the description to say what is measured. */
const SHORT_TITLE_WORDS = 3;
/**
 * Titles that already carry their meaning: a standard time-to-event endpoint (`Overall Survival`) or a named
 * instrument (`Beck Hopelessness Scale`); for those a missing description is a gap reviewers rarely return.
 */
const SELF_EXPLAINING = /\b(?:survival|scale|questionnaire|survey|inventory|index|test)\b/i;
/** A description shorter than this names nothing beyond the title (calibrated on the real records; the reference says five). */
const SHORT_DESCRIPTION_WORDS = 3;

export const outcomeUnderspecified: RuleDefinition = {
  id: 'review/outcome-underspecified',
  title: 'Outcome title and description say too little',
  defaultSeverity: 'information',
  basis: 'R30, PRS Major comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": "The Outcome Measure Title and Description do not appear to provide sufficient information to understand what will be assessed." (CU-INS, ◑). ' +
    'Heuristic (title of three words or fewer without a metric word, description empty, a repeat of the title or under three words), so information. ' +
    'The reference says under five words; on the 271 real records that fired on 37, mostly two- to four-word descriptions that do name the measure, so the threshold is three; ' +
    'standard survival endpoints and titles that name an instrument (Scale, Questionnaire, Index, …) are left alone. ' +
    'Silent where the bare-concept title check already speaks.',
  reference: OUTCOME_REFERENCE,
  explanation:
    'A short outcome title without a metric (number, percentage, change, score, …) comes with a description that says what is measured.',
  documentation:
    'Reviewers return outcomes whose title and description together do not say what will be assessed. A short title such as `Overall Survival` or `Pain` is fine when the description explains it: ' +
    'the instrument in full with its range and which direction is better, or the unit and how the value is obtained. ' +
    'Fix: write a description of at least a sentence, e.g. `Pain intensity on the Numeric Rating Scale from 0 (no pain) to 10 (worst pain imaginable).`, or a title with its metric.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      const title = outcome.measure;
      if (
        !checkable(title) ||
        spacedTokenCount(title) > SHORT_TITLE_WORDS ||
        METRIC_WORD.test(title) ||
        SELF_EXPLAINING.test(title) ||
        isBareConceptTitle(title)
      )
        continue;
      const description = outcome.description ?? '';
      const says =
        filled(description) &&
        normalizeText(description) !== normalizeText(title) &&
        spacedTokenCount(description) >= SHORT_DESCRIPTION_WORDS;
      if (says) continue;
      findings.push({
        pointer: filled(description) ? `${outcome.pointer}/description` : `${outcome.pointer}/measure`,
        target: 'value',
        message:
          `The title ${quote(title)} of ${outcomeName(outcome)} and its ${filled(description) ? 'short description' : 'missing description'} appear not to say what will be assessed. ` +
          'Describe the measure: the instrument in full with its range and direction, or the unit and how it is obtained.',
      });
    }
    return findings;
  },
};
