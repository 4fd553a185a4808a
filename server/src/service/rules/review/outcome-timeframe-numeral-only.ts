import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { OUTCOME_REFERENCE, outcomeName, quote, readOutcomes } from './outcomeHelpers';

/**
 * A number or a list of bare numbers, nothing else: `12`, `4, 8, 12`. A comma only ever separates, so there is one
 * way to read each text. Ranges (`2023-2024`, `6-12`) are left alone: registered records carry them, so PRS accepts them.
 */
const NUMERALS_ONLY = /^\s*\d+(?:\.\d+)?(?:\s*(?:[,;&]|and)\s*\d+(?:\.\d+)?)*\s*$/i;

export const outcomeTimeFrameNumeralOnly: RuleDefinition = {
  id: 'review/outcome-timeframe-numeral-only',
  title: 'Outcome time frame is only a number',
  defaultSeverity: 'error',
  basis: 'R30, PRS validation error',
  confidence: 'verified',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": PRS validation since September 2018 rejects a time frame made only of numerals ' +
    '(WN-09, ✅; an error when the primary completion date is on or after 2017-01-18). Mechanical, so an error. ' +
    'The adverse-events time frame of the results section is out of this rule’s scope (protocol section only).',
  reference: OUTCOME_REFERENCE,
  explanation: 'An outcome time frame is more than a bare number: it names the unit (`12 weeks`, not `12`).',
  documentation:
    'A time frame of only numerals, such as `12` or `4, 8`, does not say whether it means days, weeks or months, and ClinicalTrials.gov rejects it when the record is submitted. ' +
    'Fix: add the unit and, where it helps, the reference point, e.g. `12 weeks after randomization` or `Week 4 and Week 8`.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      const timeFrame = outcome.timeFrame;
      if (timeFrame === undefined || timeFrame.length > 200 || !NUMERALS_ONLY.test(timeFrame)) continue;
      findings.push({
        pointer: `${outcome.pointer}/timeFrame`,
        target: 'value',
        message:
          `The time frame ${quote(timeFrame)} of ${outcomeName(outcome)} is only a number. ` +
          `Name the unit, for example \`${timeFrame.trim()} weeks\` or \`Week ${timeFrame.trim()}\`.`,
      });
    }
    return findings;
  },
};
