import { parsePartialDate, parseToday } from '../partialDate';
import { STATUS } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { studyDates } from '../studyDates';

export const actualInFuture: RuleDefinition = {
  id: 'dates/actual-in-future',
  title: 'Actual date in the future',
  defaultSeverity: 'warning',
  basis: 'R19',
  confidence: 'unverified',
  provenance: 'R19 (unverified for PRS; the same rule exists in NCI CTRP, S13).',
  reference: protocolDefinition('Study Start Date, Primary Completion Date and Study Completion Date'),
  explanation: 'A date typed `ACTUAL` (or the verification date) cannot be after today.',
  documentation:
    'An `ACTUAL` start or completion date records something that happened; ' +
    'if it is after today it is either a typo or should be `ESTIMATED`. The record verification date cannot be in the future either. ' +
    'A partial date (`2025-06`) is in the future only when all of it is. Fix: correct the date, or change its type to `ESTIMATED`.',
  check(context) {
    const today = parseToday(context.today);
    const findings: RuleFinding[] = [];
    for (const date of studyDates(context)) {
      if (date.type !== 'ACTUAL' || !date.date || date.date.firstDay <= today) continue;
      findings.push({
        pointer: `${date.struct}/date`,
        target: 'value',
        message: `The ${date.name} ${date.date.text} is marked \`ACTUAL\` but is after today (${context.today}). Use \`ESTIMATED\` for a planned date.`,
        fix: { kind: 'replace-value', valuePointer: `${date.struct}/type`, replacement: 'ESTIMATED' },
      });
    }
    const verified = parsePartialDate(context.value(`${STATUS}/statusVerifiedDate`));
    if (verified && verified.firstDay > today) {
      findings.push({
        pointer: `${STATUS}/statusVerifiedDate`,
        target: 'value',
        message: `The record verification date ${verified.text} is after today (${context.today}).`,
        fix: { kind: 'replace-value', valuePointer: `${STATUS}/statusVerifiedDate`, replacement: context.today.slice(0, 7) },
      });
    }
    return findings;
  },
};
