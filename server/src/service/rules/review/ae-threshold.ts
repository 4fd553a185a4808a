import type { RuleDefinition } from '../ruleTypes';
import { ADVERSE_EVENTS_REFERENCE } from './adverseEventHelpers';
import { ADVERSE_EVENTS, parseMeasurement } from './resultsHelpers';

/** The registry's ceiling: other adverse events affecting more than 5% of a group must be reported. */
const MAXIMUM_THRESHOLD = 5;

/** `5%` or `5 %`: a number with a percent sign, which the field does not take. */
const WITH_PERCENT_SIGN = /^\s*((?:\d+(?:\.\d*)?|\.\d+))\s*%\s*$/;

const POINTER = `${ADVERSE_EVENTS}/frequencyThreshold`;

export const aeThreshold: RuleDefinition = {
  id: 'review/ae-threshold',
  title: 'Other adverse event threshold above 5%',
  defaultSeverity: 'error',
  basis: '§6, results definitions (limit)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review of results); the limit itself is in the results definitions. ' +
    'prs-review-criteria.md "Results section": the frequency threshold for reporting other (not serious) adverse events may not ' +
    'exceed 5% (RDEF, ✅). Mechanical limit, so an error: a threshold that is not a number from 0 to 5. Trap kept silent: 0 (report ' +
    'every other adverse event) is valid and common. A percent sign (`5%`) is reported with a fix that keeps the number.',
  reference: ADVERSE_EVENTS_REFERENCE,
  explanation: 'The frequency threshold for other adverse events is a number from 0 to 5 (percent).',
  documentation:
    'The frequency threshold says which other (not serious) adverse events the tables list: every term that affected more than this ' +
    'percentage of participants in any group. ClinicalTrials.gov allows at most 5%, so that common adverse events cannot be left out; ' +
    '0 lists them all. The field takes the number alone. ' +
    'Fix: write a number from 0 to 5, such as `5` or `0`, and make sure the other adverse event table lists every term above it.',
  check(context) {
    if (!context.results) return [];
    const value = context.results.value(POINTER);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return [];
    const threshold = parseMeasurement(value);
    const shown = typeof value === 'string' ? value.trim() : JSON.stringify(value);
    if (threshold === undefined) {
      const percent = typeof value === 'string' ? WITH_PERCENT_SIGN.exec(value)?.[1] : undefined;
      const keep = percent !== undefined && Number(percent) <= MAXIMUM_THRESHOLD;
      return [
        {
          pointer: POINTER,
          target: 'value',
          section: 'results',
          message: keep
            ? `The other adverse event frequency threshold \`${shown}\` has a percent sign; the field takes the number alone: \`${percent}\`.`
            : `The other adverse event frequency threshold \`${shown}\` is not a number. Write the percentage as a number from 0 to 5, e.g. \`5\`.`,
          ...(keep ? { fix: { kind: 'replace-value' as const, valuePointer: POINTER, replacement: percent } } : {}),
        },
      ];
    }
    if (threshold >= 0 && threshold <= MAXIMUM_THRESHOLD) return [];
    return [
      {
        pointer: POINTER,
        target: 'value',
        section: 'results',
        message:
          threshold < 0
            ? `The other adverse event frequency threshold is ${shown}%, below 0. Write a number from 0 to 5, e.g. \`5\`.`
            : `The other adverse event frequency threshold is ${shown}%, above the registry's limit of 5%. ` +
              'Lower it to 5 or less (0 lists every term) and add the other adverse events that affected more than that share of a group.',
      },
    ];
  },
};
