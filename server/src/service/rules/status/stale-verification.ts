import { formatDay, monthsBefore, parsePartialDate, parseToday } from '../partialDate';
import { STATUS } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { statusPhrase } from './statusHelpers';

/** Statuses CT.gov treats as still open when it decides a record is stale (S5 change note). */
const OPEN = new Set(['RECRUITING', 'NOT_YET_RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING', 'AVAILABLE']);

/** A verification date older than this on an open study is stale (R21: CT.gov's own cut-off is 2 years). */
export const VERIFICATION_WARNING_MONTHS = 12;

export const VERIFICATION_UNKNOWN_MONTHS = 24;

export const staleVerification: RuleDefinition = {
  id: 'status/stale-verification',
  title: 'Verification date is stale',
  defaultSeverity: 'warning',
  basis: 'R21',
  confidence: 'verified',
  provenance: "R21; the two-year rule is verified (S5 change note), the 12-month warning is the notes' suggestion (unverified).",
  reference: protocolDefinition('Record Verification Date'),
  explanation: `An open study whose record was last verified more than ${VERIFICATION_WARNING_MONTHS} months ago needs re-verifying.`,
  documentation:
    'ClinicalTrials.gov shows an open study (recruiting, not yet recruiting, enrolling by invitation, active not recruiting, or available) ' +
    'as "Unknown status" once its verification date is more than two years old and its completion date has passed. ' +
    `This rule warns earlier, at ${VERIFICATION_WARNING_MONTHS} months, and says when the two-year mark has been crossed. ` +
    'Fix: check the record is current and set `statusVerifiedDate` to this month.',
  check(context) {
    const status = context.overallStatus;
    const pointer = `${STATUS}/statusVerifiedDate`;
    const verified = parsePartialDate(context.value(pointer));
    if (!status || !OPEN.has(status) || !verified) return [];
    const today = parseToday(context.today);
    if (verified.lastDay >= monthsBefore(today, VERIFICATION_WARNING_MONTHS)) return [];
    const completion = parsePartialDate(context.value(`${STATUS}/completionDateStruct/date`));
    const unknownSoon =
      verified.lastDay < monthsBefore(today, VERIFICATION_UNKNOWN_MONTHS) && completion !== undefined && completion.lastDay < today;
    const consequence = unknownSoon
      ? ' It is over two years old and the completion date has passed, so ClinicalTrials.gov will show the study as "Unknown status".'
      : '';
    return [
      {
        pointer,
        target: 'value',
        message: `The record was last verified ${verified.text}, more than ${VERIFICATION_WARNING_MONTHS} months ago, while the study is ${statusPhrase(status)}.${consequence} Re-verify it and update the date.`,
        fix: { kind: 'replace-value', valuePointer: pointer, replacement: formatDay(today).slice(0, 7) },
      },
    ];
  },
};
