import { comparePartialDates } from '../partialDate';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { type StudyDate, studyDates } from '../studyDates';

export const dateOrder: RuleDefinition = {
  id: 'dates/order',
  title: 'Study dates out of order',
  defaultSeverity: 'error',
  basis: 'R20',
  confidence: 'unverified',
  provenance:
    "R20. The notes mark PRS's own check as unverified (NCI CTRP has the same ordering rule, S13); " +
    'it is an error here because no valid record can break it (a contradiction by definition, and no real registered record in the test set does).',
  reference: protocolDefinition('Study Start Date, Primary Completion Date and Study Completion Date'),
  explanation: 'Start date ≤ primary completion date ≤ completion date.',
  documentation:
    "By the registry's definitions the start date is when the first participant enrolled, the primary completion date when the last participant was examined for the primary outcome, and the completion date when the last participant was examined for any outcome, so they cannot run backwards. " +
    'Dates of different precision (`2024-03` and `2024-03-15`) are only compared where they cannot overlap. ' +
    'Fix: correct the date that is wrong.',
  check(context) {
    const [start, primary, completion] = studyDates(context);
    const findings: RuleFinding[] = [];
    const later = (earlier: StudyDate, laterDate: StudyDate): void => {
      if (!earlier.date || !laterDate.date || comparePartialDates(laterDate.date, earlier.date) >= 0) return;
      findings.push({
        pointer: `${laterDate.struct}/date`,
        target: 'value',
        message: `The ${laterDate.name} (${laterDate.date.text}) is before the ${earlier.name} (${earlier.date.text}).`,
      });
    };
    later(start, primary);
    later(primary, completion);
    if (findings.length === 0) later(start, completion);
    return findings;
  },
};
