import { comparePartialDates, formatDay, monthsBefore, parsePartialDate, parseToday, type PartialDate } from './partialDate';
import type { RuleContext, RuleDefinition, RuleFinding } from './ruleTypes';
import { CONTACTS, DESIGN, STATUS, code, items, withArticle } from './ruleHelpers';

const STOPPED = new Set(['SUSPENDED', 'TERMINATED', 'WITHDRAWN']);
/** Statuses CT.gov treats as still open when it decides a record is stale (S5 change note). */
const OPEN = new Set(['RECRUITING', 'NOT_YET_RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING', 'AVAILABLE']);
/** Statuses after enrollment ended: someone enrolled, so the start date (first enrollment) has happened. */
const ENROLLMENT_OVER = new Set(['ACTIVE_NOT_RECRUITING', 'COMPLETED', 'TERMINATED']);
/** Statuses open for enrollment: the study has opened, though the first participant may not have enrolled yet. */
const ENROLLING = new Set(['RECRUITING', 'ENROLLING_BY_INVITATION']);
const RECRUITMENT_STATUSES = new Set(['NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING', 'SUSPENDED', 'TERMINATED', 'COMPLETED', 'WITHDRAWN']);
const EXPANDED_ACCESS_STATUSES = new Set(['AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING']);
/** Set by the registry, never authored: no study-type check applies to them. */
const SYSTEM_STATUSES = new Set(['UNKNOWN', 'WITHHELD']);

/** An estimated date this far in the past needs updating (a heuristic; PRS asks for updates within 30 days of a change). */
export const ESTIMATED_DATE_GRACE_MONTHS = 3;
/** A verification date older than this on an open study is stale (R21: CT.gov's own cut-off is 2 years). */
export const VERIFICATION_WARNING_MONTHS = 12;
export const VERIFICATION_UNKNOWN_MONTHS = 24;

const STATUS_POINTER = `${STATUS}/overallStatus`;

interface StudyDate {
  readonly name: string;
  readonly struct: string;
  readonly date: PartialDate | undefined;
  readonly type: string | undefined;
}

const DATE_FIELDS: ReadonlyArray<readonly [name: string, struct: string]> = [
  ['start date', `${STATUS}/startDateStruct`],
  ['primary completion date', `${STATUS}/primaryCompletionDateStruct`],
  ['completion date', `${STATUS}/completionDateStruct`],
];

function studyDates(context: RuleContext): StudyDate[] {
  return DATE_FIELDS.map(([name, struct]) => ({
    name,
    struct,
    date: parsePartialDate(context.value(`${struct}/date`)),
    type: context.text(`${struct}/type`),
  }));
}

function statusPhrase(status: string): string {
  return code(status);
}

export const whyStopped: RuleDefinition = {
  id: 'status/why-stopped',
  title: 'Reason for stopping missing',
  defaultSeverity: 'warning',
  basis: 'R16',
  confidence: 'secondary',
  explanation: 'A suspended, terminated or withdrawn study says why it stopped (`whyStopped`).',
  documentation:
    'The PRS definition of "Why Study Stopped" asks for a brief reason when a study is suspended, terminated or withdrawn before its planned completion. ' +
    'Basis: R16, from the definition text as quoted by secondary sources (◑), so a warning rather than an error. Fix: add `statusModule.whyStopped` with a short reason (at most 250 characters).',
  check(context) {
    const status = context.overallStatus;
    if (!status || !STOPPED.has(status) || context.has(`${STATUS}/whyStopped`)) return [];
    return [{
      pointer: STATUS_POINTER,
      target: 'value',
      message: `The study is ${statusPhrase(status)}: add \`whyStopped\` with a short reason.`,
      fix: { kind: 'insert-property', pointer: STATUS, property: 'whyStopped' },
    }];
  },
};

export const whyStoppedUnexpected: RuleDefinition = {
  id: 'status/why-stopped-unexpected',
  title: 'Reason for stopping on a study that did not stop',
  defaultSeverity: 'information',
  basis: 'R16',
  confidence: 'secondary',
  explanation: '`whyStopped` is only shown for suspended, terminated or withdrawn studies.',
  documentation:
    'A reason for stopping on a study whose status is not suspended, terminated or withdrawn usually means the status or the reason is out of date. ' +
    'Basis: R16 ("flag it otherwise"), secondary source (◑); information only, since a study that stopped recruiting early may keep its reason. ' +
    'Fix: correct `overallStatus`, or remove `whyStopped`.',
  check(context) {
    const status = context.overallStatus;
    const pointer = `${STATUS}/whyStopped`;
    if (!status || STOPPED.has(status) || SYSTEM_STATUSES.has(status) || !context.has(pointer)) return [];
    return [{ pointer, target: 'key', message: `The study is ${statusPhrase(status)}, not suspended, terminated or withdrawn; is \`whyStopped\` still right?`, fix: { kind: 'remove-property', pointer } }];
  },
};

export const statusForStudyType: RuleDefinition = {
  id: 'status/value-for-study-type',
  title: 'Status does not fit the study type',
  defaultSeverity: 'warning',
  basis: '§3.1',
  confidence: 'verified',
  explanation: 'Expanded-access records use the four availability statuses; other studies use the eight recruitment statuses.',
  documentation:
    'Interventional and observational studies take one of the eight recruitment statuses (`NOT_YET_RECRUITING` … `WITHDRAWN`); expanded-access records take one of ' +
    '`AVAILABLE`, `NO_LONGER_AVAILABLE`, `TEMPORARILY_NOT_AVAILABLE`, `APPROVED_FOR_MARKETING`. `UNKNOWN` and `WITHHELD` are set by the registry and are not checked. ' +
    'Basis: ctgov-model.md §3.1, verified value sets (S1, S5). Fix: pick a status of the study\'s kind.',
  check(context) {
    const status = context.overallStatus;
    const studyType = context.studyType;
    if (!status || !studyType || SYSTEM_STATUSES.has(status)) return [];
    if (studyType === 'EXPANDED_ACCESS' && !EXPANDED_ACCESS_STATUSES.has(status)) {
      return [{ pointer: STATUS_POINTER, target: 'value', message: `${code(status)} is a recruitment status; an expanded-access record is \`AVAILABLE\`, \`NO_LONGER_AVAILABLE\`, \`TEMPORARILY_NOT_AVAILABLE\` or \`APPROVED_FOR_MARKETING\`.` }];
    }
    if ((studyType === 'INTERVENTIONAL' || studyType === 'OBSERVATIONAL') && !RECRUITMENT_STATUSES.has(status)) {
      return [{ pointer: STATUS_POINTER, target: 'value', message: `${code(status)} is an expanded-access status; ${withArticle(studyType.toLowerCase())} study uses a recruitment status such as \`RECRUITING\` or \`COMPLETED\`.` }];
    }
    return [];
  },
};

export const dateOrder: RuleDefinition = {
  id: 'dates/order',
  title: 'Study dates out of order',
  defaultSeverity: 'error',
  basis: 'R20',
  confidence: 'unverified',
  explanation: 'Start date ≤ primary completion date ≤ completion date.',
  documentation:
    'By the PRS definitions the start date is when the first participant enrolled, the primary completion date when the last participant was examined for the primary outcome, ' +
    'and the completion date when the last participant was examined for any outcome, so they cannot run backwards. Dates of different precision (`2024-03` and `2024-03-15`) are only compared ' +
    'where they cannot overlap. Basis: R20. The notes mark PRS\'s own check as unverified; it is an error here because no valid record can break it (a contradiction by definition, and no real registered record in the test set does). ' +
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

export const actualInFuture: RuleDefinition = {
  id: 'dates/actual-in-future',
  title: 'Actual date in the future',
  defaultSeverity: 'warning',
  basis: 'R19',
  confidence: 'unverified',
  explanation: 'A date typed `ACTUAL` (or the verification date) cannot be after today.',
  documentation:
    'An `ACTUAL` start or completion date records something that happened; if it is after today it is either a typo or should be `ESTIMATED`. The record verification date cannot be in the future either. ' +
    'A partial date (`2025-06`) is in the future only when all of it is. Basis: R19 (unverified for PRS; the same rule exists in NCI CTRP, S13). ' +
    'Fix: correct the date, or change its type to `ESTIMATED`.',
  check(context) {
    const today = parseToday(context.today);
    const findings: RuleFinding[] = [];
    for (const date of studyDates(context)) {
      if (date.type !== 'ACTUAL' || !date.date || date.date.firstDay <= today) continue;
      findings.push({
        pointer: `${date.struct}/date`,
        target: 'value',
        message: `The ${date.name} ${date.date.text} is marked \`ACTUAL\` but is after today (${context.today}). Use \`ESTIMATED\` for a planned date.`,
        fix: { kind: 'replace-value', pointer: `${date.struct}/type`, replacement: 'ESTIMATED' },
      });
    }
    const verified = parsePartialDate(context.value(`${STATUS}/statusVerifiedDate`));
    if (verified && verified.firstDay > today) {
      findings.push({ pointer: `${STATUS}/statusVerifiedDate`, target: 'value', message: `The record verification date ${verified.text} is after today (${context.today}).`, fix: { kind: 'replace-value', pointer: `${STATUS}/statusVerifiedDate`, replacement: context.today.slice(0, 7) } });
    }
    return findings;
  },
};

export const estimatedInPast: RuleDefinition = {
  id: 'dates/estimated-in-past',
  title: 'Estimated date long past',
  defaultSeverity: 'warning',
  basis: 'R19',
  confidence: 'unverified',
  explanation: `An \`ESTIMATED\` date more than ${ESTIMATED_DATE_GRACE_MONTHS} months in the past should be updated to the actual date or a new estimate.`,
  documentation:
    `An estimated date that has passed needs updating: either the event happened (record the actual date, type \`ACTUAL\`) or it is late (give a new estimate). ` +
    `The rule allows ${ESTIMATED_DATE_GRACE_MONTHS} months of grace after the whole of a partial date has passed. The start date of a withdrawn study is not checked (a withdrawn study never started). ` +
    'Basis: R19 (unverified heuristic; PRS asks for updates within 30 days of a change, and NCI CTRP has the same rule, S13). Fix: update the date and its type.',
  check(context) {
    const cutoff = monthsBefore(parseToday(context.today), ESTIMATED_DATE_GRACE_MONTHS);
    const withdrawn = context.overallStatus === 'WITHDRAWN';
    const findings: RuleFinding[] = [];
    for (const date of studyDates(context)) {
      if (date.type !== 'ESTIMATED' || !date.date || date.date.lastDay >= cutoff) continue;
      if (withdrawn && date.name === 'start date') continue;
      findings.push({
        pointer: `${date.struct}/date`,
        target: 'value',
        message: `The estimated ${date.name} ${date.date.text} has passed; record the actual date (type \`ACTUAL\`) or a new estimate.`,
        fix: { kind: 'replace-value', pointer: `${date.struct}/type`, replacement: 'ACTUAL' },
      });
    }
    return findings;
  },
};

export const startDateType: RuleDefinition = {
  id: 'status/start-date-type',
  title: 'Start date type does not fit the status',
  defaultSeverity: 'warning',
  basis: 'R19',
  confidence: 'unverified',
  explanation: 'Active, completed and terminated studies have an `ACTUAL` start date; a recruiting study\'s estimated start is not in the future; a not-yet-recruiting study\'s start is `ESTIMATED`.',
  documentation:
    'The start date is the estimated date the study opens for recruitment, or the actual date the first participant enrolled. An active, completed or terminated study has enrolled someone, so its start date is actual. ' +
    'A recruiting study may not have enrolled anyone yet, so an estimated start is allowed, but not one after today (the study is already open). A study not yet recruiting has not started, so its start date is an estimate. ' +
    'Suspended and withdrawn studies are not checked, nor is a start date without a type (records from before 2017). ' +
    'Basis: R19 (unverified; the same rule exists in NCI CTRP, S13). Fix: set `startDateStruct.type` (and the date) to match the status, or correct the status.',
  check(context) {
    const status = context.overallStatus;
    const typePointer = `${STATUS}/startDateStruct/type`;
    const type = context.text(typePointer);
    if (!status || !type) return [];
    if (ENROLLMENT_OVER.has(status) && type === 'ESTIMATED') {
      return [{ pointer: typePointer, target: 'value', message: `The study is ${statusPhrase(status)}, so it has started: the start date should be \`ACTUAL\` (the date the first participant enrolled).`, fix: { kind: 'replace-value', pointer: typePointer, replacement: 'ACTUAL' } }];
    }
    const start = parsePartialDate(context.value(`${STATUS}/startDateStruct/date`));
    if (ENROLLING.has(status) && type === 'ESTIMATED' && start && start.firstDay > parseToday(context.today)) {
      return [{ pointer: `${STATUS}/startDateStruct/date`, target: 'value', message: `The study is ${statusPhrase(status)}, so it is already open, but its estimated start date ${start.text} is in the future. Correct the date, or the status (\`NOT_YET_RECRUITING\`).` }];
    }
    if (status === 'NOT_YET_RECRUITING' && type === 'ACTUAL') {
      return [{ pointer: typePointer, target: 'value', message: 'The study is `NOT_YET_RECRUITING`, so no one has enrolled yet: the start date should be `ESTIMATED`.', fix: { kind: 'replace-value', pointer: typePointer, replacement: 'ESTIMATED' } }];
    }
    return [];
  },
};

export const completedActual: RuleDefinition = {
  id: 'status/completed-actual',
  title: 'Completed study with estimated values',
  defaultSeverity: 'warning',
  basis: 'R18, R19',
  confidence: 'unverified',
  explanation: 'A completed study has actual primary completion and completion dates and actual enrollment.',
  documentation:
    'When a study is completed, its primary completion and completion dates have happened and its enrollment is known, so all three are `ACTUAL`. ' +
    '(The start date is checked by `status/start-date-type`.) Basis: R18/R19 (unverified for PRS; widely applied, and NCI CTRP has the same rule, S13). ' +
    'Fix: enter the actual dates and enrollment count and set their types to `ACTUAL`.',
  check(context) {
    if (context.overallStatus !== 'COMPLETED') return [];
    const findings: RuleFinding[] = [];
    for (const date of studyDates(context).slice(1)) {
      if (date.type !== 'ESTIMATED') continue;
      findings.push({ pointer: `${date.struct}/type`, target: 'value', message: `The study is completed, so the ${date.name} is \`ACTUAL\`: enter the real date.`, fix: { kind: 'replace-value', pointer: `${date.struct}/type`, replacement: 'ACTUAL' } });
    }
    const enrollmentType = `${DESIGN}/enrollmentInfo/type`;
    if (context.text(enrollmentType) === 'ESTIMATED') {
      findings.push({ pointer: enrollmentType, target: 'value', message: 'The study is completed, so the enrollment is `ACTUAL`: enter the number of participants enrolled.', fix: { kind: 'replace-value', pointer: enrollmentType, replacement: 'ACTUAL' } });
    }
    return findings;
  },
};

export const enrollmentType: RuleDefinition = {
  id: 'status/enrollment-type',
  title: 'Enrollment type does not fit the status',
  defaultSeverity: 'warning',
  basis: 'R18',
  confidence: 'unverified',
  explanation: 'Active-not-recruiting and terminated studies report actual enrollment; not-yet-recruiting studies an estimate.',
  documentation:
    'Once recruitment is over (active, not recruiting; terminated) the enrollment is known and is `ACTUAL`; before it begins (not yet recruiting) it can only be `ESTIMATED`. ' +
    'Completed and withdrawn studies have their own rules (`status/completed-actual`, `status/withdrawn-enrollment`). Basis: R18 (unverified; widely applied). Fix: set `enrollmentInfo.type` and the count.',
  check(context) {
    const status = context.overallStatus;
    const pointer = `${DESIGN}/enrollmentInfo/type`;
    const type = context.text(pointer);
    if (!status || !type) return [];
    if ((status === 'ACTIVE_NOT_RECRUITING' || status === 'TERMINATED') && type === 'ESTIMATED') {
      return [{ pointer, target: 'value', message: `The study is ${statusPhrase(status)}, so recruitment is over: report the actual enrollment (type \`ACTUAL\`).`, fix: { kind: 'replace-value', pointer, replacement: 'ACTUAL' } }];
    }
    if (status === 'NOT_YET_RECRUITING' && type === 'ACTUAL') {
      return [{ pointer, target: 'value', message: 'The study is `NOT_YET_RECRUITING`, so the enrollment can only be `ESTIMATED`.', fix: { kind: 'replace-value', pointer, replacement: 'ESTIMATED' } }];
    }
    return [];
  },
};

export const withdrawnEnrollment: RuleDefinition = {
  id: 'status/withdrawn-enrollment',
  title: 'Withdrawn study with participants',
  defaultSeverity: 'warning',
  basis: 'R18',
  confidence: 'unverified',
  explanation: 'A withdrawn study enrolled no one: actual enrollment 0.',
  documentation:
    'Withdrawn means the study stopped before enrolling its first participant, so its enrollment is `0` and `ACTUAL`. A study that enrolled anyone and then stopped is `TERMINATED`. ' +
    'Basis: R18 (unverified; it follows from the status definition). Fix: set `enrollmentInfo` to `count: 0`, `type: ACTUAL`, or change the status to `TERMINATED`.',
  check(context) {
    if (context.overallStatus !== 'WITHDRAWN') return [];
    const countPointer = `${DESIGN}/enrollmentInfo/count`;
    const typePointer = `${DESIGN}/enrollmentInfo/type`;
    const count = context.number(countPointer);
    const type = context.text(typePointer);
    const findings: RuleFinding[] = [];
    if (count !== undefined && count !== 0) {
      findings.push({ pointer: countPointer, target: 'value', message: `A withdrawn study enrolled no one, but the enrollment is ${count}. If participants were enrolled, the status is \`TERMINATED\`.`, fix: { kind: 'replace-value', pointer: countPointer, replacement: 0 } });
    }
    if (type === 'ESTIMATED') {
      findings.push({ pointer: typePointer, target: 'value', message: 'A withdrawn study\'s enrollment is known (0), so its type is `ACTUAL`.', fix: { kind: 'replace-value', pointer: typePointer, replacement: 'ACTUAL' } });
    }
    return findings;
  },
};

export const recruitingSite: RuleDefinition = {
  id: 'status/recruiting-site',
  title: 'Recruiting site in a study that is not recruiting',
  defaultSeverity: 'warning',
  basis: 'R17',
  confidence: 'secondary',
  explanation: 'If any site is `RECRUITING`, the overall status is `RECRUITING`.',
  documentation:
    'The PRS definition of Overall Recruitment Status says that if any facility is recruiting, the overall status must be "Recruiting". ' +
    'Records whose status the registry set to `UNKNOWN` keep stale site statuses and are not checked. Basis: R17, from the definition text as quoted by a secondary source (◑), hence a warning. ' +
    'Fix: set `overallStatus` to `RECRUITING`, or update the site statuses.',
  check(context) {
    const status = context.overallStatus;
    if (!status || status === 'RECRUITING' || SYSTEM_STATUSES.has(status)) return [];
    const sites: string[] = [];
    for (const [locationPointer] of items(context, `${CONTACTS}/locations`)) {
      if (context.text(`${locationPointer}/status`) === 'RECRUITING') sites.push(`${locationPointer}/status`);
    }
    if (sites.length === 0) return [];
    const facility = context.text(`${sites[0].slice(0, -'/status'.length)}/facility`);
    const which = sites.length === 1 ? `A site${facility ? ` (${facility})` : ''} is` : `${sites.length} sites are`;
    return [{
      pointer: STATUS_POINTER,
      target: 'value',
      message: `${which} \`RECRUITING\`, so the overall status should be \`RECRUITING\`, not ${code(status)}; or update the site status.`,
      fix: { kind: 'replace-value', pointer: STATUS_POINTER, replacement: 'RECRUITING', sitePointers: sites },
    }];
  },
};

export const staleVerification: RuleDefinition = {
  id: 'status/stale-verification',
  title: 'Verification date is stale',
  defaultSeverity: 'warning',
  basis: 'R21',
  confidence: 'verified',
  explanation: `An open study whose record was last verified more than ${VERIFICATION_WARNING_MONTHS} months ago needs re-verifying.`,
  documentation:
    'ClinicalTrials.gov shows an open study (recruiting, not yet recruiting, enrolling by invitation, active not recruiting, or available) as "Unknown status" once its verification date is more than two years old ' +
    `and its completion date has passed. This rule warns earlier, at ${VERIFICATION_WARNING_MONTHS} months, and says when the two-year mark has been crossed. ` +
    'Basis: R21; the two-year rule is verified (S5 change note), the 12-month warning is the notes\' suggestion (unverified). Fix: check the record is current and set `statusVerifiedDate` to this month.',
  check(context) {
    const status = context.overallStatus;
    const pointer = `${STATUS}/statusVerifiedDate`;
    const verified = parsePartialDate(context.value(pointer));
    if (!status || !OPEN.has(status) || !verified) return [];
    const today = parseToday(context.today);
    if (verified.lastDay >= monthsBefore(today, VERIFICATION_WARNING_MONTHS)) return [];
    const completion = parsePartialDate(context.value(`${STATUS}/completionDateStruct/date`));
    const unknownSoon = verified.lastDay < monthsBefore(today, VERIFICATION_UNKNOWN_MONTHS) && completion !== undefined && completion.lastDay < today;
    const consequence = unknownSoon
      ? ' It is over two years old and the completion date has passed, so ClinicalTrials.gov will show the study as "Unknown status".'
      : '';
    return [{
      pointer,
      target: 'value',
      message: `The record was last verified ${verified.text}, more than ${VERIFICATION_WARNING_MONTHS} months ago, while the study is ${statusPhrase(status)}.${consequence} Re-verify it and update the date.`,
      fix: { kind: 'replace-value', pointer, replacement: formatDay(today).slice(0, 7) },
    }];
  },
};

export const STATUS_DATE_RULES: readonly RuleDefinition[] = [
  whyStopped,
  whyStoppedUnexpected,
  statusForStudyType,
  dateOrder,
  actualInFuture,
  estimatedInPast,
  startDateType,
  completedActual,
  enrollmentType,
  withdrawnEnrollment,
  recruitingSite,
  staleVerification,
];
