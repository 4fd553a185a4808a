import { parsePartialDate, parseToday } from '../partialDate';
import { STATUS } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { statusPhrase } from './statusHelpers';

/** Statuses after enrollment ended: someone enrolled, so the start date (first enrollment) has happened. */
const ENROLLMENT_OVER = new Set(['ACTIVE_NOT_RECRUITING', 'COMPLETED', 'TERMINATED']);

/** Statuses open for enrollment: the study has opened, though the first participant may not have enrolled yet. */
const ENROLLING = new Set(['RECRUITING', 'ENROLLING_BY_INVITATION']);

export const startDateType: RuleDefinition = {
  id: 'status/start-date-type',
  title: 'Start date type does not fit the status',
  defaultSeverity: 'warning',
  basis: 'R19',
  confidence: 'unverified',
  provenance:
    'R19 (unverified; the same rule exists in NCI CTRP, S13). ' +
    'A recruiting study may keep an estimated start (not in the future): the real records showed the first enrollment may not have happened yet (docs/checks-on-real-records.md).',
  reference: protocolDefinition('Study Start Date'),
  explanation:
    "Active, completed and terminated studies have an `ACTUAL` start date; a recruiting study's estimated start is not in the future; a not-yet-recruiting study's start is `ESTIMATED`.",
  documentation:
    'The start date is the estimated date the study opens for recruitment, or the actual date the first participant enrolled. ' +
    'An active, completed or terminated study has enrolled someone, so its start date is actual. ' +
    'A recruiting study may not have enrolled anyone yet, so an estimated start is allowed, but not one after today (the study is already open). ' +
    'A study not yet recruiting has not started, so its start date is an estimate. ' +
    'Suspended and withdrawn studies are not checked, nor is a start date without a type (records from before 2017). ' +
    'Fix: set `startDateStruct.type` (and the date) to match the status, or correct the status.',
  check(context) {
    const status = context.overallStatus;
    const typePointer = `${STATUS}/startDateStruct/type`;
    const type = context.text(typePointer);
    if (!status || !type) return [];
    if (ENROLLMENT_OVER.has(status) && type === 'ESTIMATED') {
      return [
        {
          pointer: typePointer,
          target: 'value',
          message: `The study is ${statusPhrase(status)}, so it has started: the start date should be \`ACTUAL\` (the date the first participant enrolled).`,
          fix: { kind: 'replace-value', valuePointer: typePointer, replacement: 'ACTUAL' },
        },
      ];
    }
    const start = parsePartialDate(context.value(`${STATUS}/startDateStruct/date`));
    if (ENROLLING.has(status) && type === 'ESTIMATED' && start && start.firstDay > parseToday(context.today)) {
      return [
        {
          pointer: `${STATUS}/startDateStruct/date`,
          target: 'value',
          message: `The study is ${statusPhrase(status)}, so it is already open, but its estimated start date ${start.text} is in the future. Correct the date, or the status (\`NOT_YET_RECRUITING\`).`,
        },
      ];
    }
    if (status === 'NOT_YET_RECRUITING' && type === 'ACTUAL') {
      return [
        {
          pointer: typePointer,
          target: 'value',
          message: 'The study is `NOT_YET_RECRUITING`, so no one has enrolled yet: the start date should be `ESTIMATED`.',
          fix: { kind: 'replace-value', valuePointer: typePointer, replacement: 'ESTIMATED' },
        },
      ];
    }
    return [];
  },
};
