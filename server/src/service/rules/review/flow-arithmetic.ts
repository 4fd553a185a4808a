import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import {
  FLOW_REFERENCE,
  flowNumberPointer,
  flowRowTotal,
  groupLabel,
  periodName,
  readParticipantFlow,
  type FlowCount,
  type FlowNumber,
  type FlowPeriod,
  type FlowRow,
  type ParticipantFlow,
} from './resultsHelpers';

/** How many reasons a message names before it says "…". */
const REASONS_SHOWN = 6;

/**
 * The participant flow's arithmetic, per period and group: started = completed + not completed, completed and custom
 * milestones at most started, the reasons for not completing add up to not completed; and per period, no more start
 * than completed the period before (totals only: groups may be re-formed between periods). Participants and units
 * (`numUnits`) are checked separately; the reasons only for participants.
 */
export const flowArithmetic: RuleDefinition = {
  id: 'review/flow-arithmetic',
  title: 'Participant flow numbers do not add up',
  defaultSeverity: 'error',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; the Major Comments include participant-flow consistency). ' +
    'prs-review-criteria.md `review/flow-arithmetic` (✅ [MC] "Information within the Participant Flow module appears inconsistent"). ' +
    'Mechanical arithmetic, hence an error. Traps kept silent: `NOT COMPLETED` spelled with a space (and `NOT_COMPLETED`), ' +
    'custom milestones outside the equation, groups re-formed between periods (only totals are compared across periods), ' +
    'unreadable counts (`NA`) skipped.',
  reference: FLOW_REFERENCE,
  explanation:
    'In every period and group of the participant flow, started = completed + not completed, the reasons for not completing add up to not completed, ' +
    'no milestone exceeds started, and a period starts with no more participants than completed the one before.',
  documentation:
    'Each period of the participant flow counts, per group, how many participants started, completed and did not complete, and why those who did ' +
    'not complete left. ClinicalTrials.gov reviewers send the results back when these numbers do not add up. Other milestones you add ' +
    '(e.g. "Received open-label drug") count some of those who started and are not part of the sum; a later period starts with at most as many ' +
    'participants as completed the period before. ' +
    'Fix: make started equal completed plus not completed in every period and group, list each participant who did not complete under exactly one ' +
    'reason, and correct any milestone larger than started.',
  check(context) {
    const flow = readParticipantFlow(context.results);
    if (!flow) return [];
    const findings: RuleFinding[] = [];
    for (const period of flow.periods) {
      for (const number of ['subjects', 'units'] as const) findings.push(...checkEquation(flow, period, number));
      findings.push(...checkReasons(flow, period));
    }
    findings.push(...checkPeriodChain(flow));
    return findings;
  },
};

/** "participants" or the unit the flow also counts ("clinics"), for messages. */
function counted(flow: ParticipantFlow, number: FlowNumber): string {
  if (number === 'subjects') return 'participants';
  const unit = flow.typeUnitsAnalyzed?.trim();
  return unit ? unit.toLowerCase() : 'units';
}

function at(count: FlowCount, number: FlowNumber, message: string): RuleFinding {
  return { pointer: flowNumberPointer(count, number), target: 'value', section: 'results', message };
}

/** Started vs completed vs not completed, and custom milestones vs started, for one number of one period. */
function checkEquation(flow: ParticipantFlow, period: FlowPeriod, number: FlowNumber): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const { started, completed, notCompleted } = period;
  if (!started) return findings;
  const what = counted(flow, number);
  for (const startedCount of started.counts) {
    const groupId = startedCount.groupId;
    const start = startedCount[number];
    if (start === undefined) continue;
    const where = `${periodName(period)}, ${groupLabel(flow.groups, groupId)}`;
    const completedCount = completed?.byGroup.get(groupId);
    const complete = completedCount?.[number];
    const notCompletedCount = notCompleted?.byGroup.get(groupId);
    const notComplete = notCompletedCount?.[number];
    if (completedCount && complete !== undefined && complete > start) {
      findings.push(
        at(
          completedCount,
          number,
          `${where}: ${complete} ${what} completed, more than the ${start} who started. ` +
            `Completed is at most started: correct the completed or the started number.`,
        ),
      );
    } else if (notCompletedCount && complete !== undefined && notComplete !== undefined && start - complete !== notComplete) {
      findings.push(
        at(
          notCompletedCount,
          number,
          `${where}: ${start} ${what} started, but ${complete} completed and ${notComplete} did not complete add up to ${complete + notComplete}. ` +
            `Not completed should be ${start - complete} (${start} − ${complete}), or the started or completed number needs correcting.`,
        ),
      );
    }
    for (const milestone of period.milestones) {
      if (milestone.kind !== 'custom') continue;
      const customCount = milestone.byGroup.get(groupId);
      const custom = customCount?.[number];
      if (!customCount || custom === undefined || custom <= start) continue;
      findings.push(
        at(
          customCount,
          number,
          `${where}: ${custom} ${what} in the milestone "${milestone.type.trim()}", more than the ${start} who started. ` +
            `A milestone counts some of those who started the period: at most ${start}.`,
        ),
      );
    }
  }
  return findings;
}

/** The participants who did not complete, per group: the NOT COMPLETED number, else started − completed. */
function notCompletedOf(period: FlowPeriod, groupId: string): { expected: number[]; count: FlowCount | undefined } {
  const start = period.started?.byGroup.get(groupId)?.subjects;
  const complete = period.completed?.byGroup.get(groupId)?.subjects;
  const count = period.notCompleted?.byGroup.get(groupId);
  const expected: number[] = [];
  if (count?.subjects !== undefined) expected.push(count.subjects);
  if (start !== undefined && complete !== undefined && complete <= start) expected.push(start - complete);
  return { expected, count };
}

/** The reasons for not completing add up to the number who did not complete, per group. */
function checkReasons(flow: ParticipantFlow, period: FlowPeriod): RuleFinding[] {
  if (period.reasons.length === 0) return [];
  const findings: RuleFinding[] = [];
  const groupIds = new Set(period.reasons.flatMap((reason) => reason.counts.map((count) => count.groupId)));
  for (const groupId of groupIds) {
    const listed: Array<{ reason: FlowRow; count: FlowCount; subjects: number }> = [];
    let readable = true;
    for (const reason of period.reasons) {
      const count = reason.byGroup.get(groupId);
      if (!count) continue;
      if (count.subjects === undefined) readable = false;
      else listed.push({ reason, count, subjects: count.subjects });
    }
    const { expected, count } = notCompletedOf(period, groupId);
    if (!readable || listed.length === 0 || expected.length === 0) continue;
    const sum = listed.reduce((total, entry) => total + entry.subjects, 0);
    // When started − completed and NOT COMPLETED disagree, the equation is reported already; reasons that match either are left alone.
    if (expected.includes(sum)) continue;
    const target = expected[0];
    const named = listed
      .filter((entry) => entry.subjects > 0)
      .map((entry) => `${entry.reason.type.trim() || 'a reason'} ${entry.subjects}`);
    const shown = named.length > REASONS_SHOWN ? [...named.slice(0, REASONS_SHOWN), '…'] : named;
    findings.push(
      at(
        count ?? listed[0].count,
        'subjects',
        `${periodName(period)}, ${groupLabel(flow.groups, groupId)}: the reasons for not completing add up to ${sum}` +
          `${shown.length > 0 ? ` (${shown.join(', ')})` : ''}, but ${target} did not complete. ` +
          `Give each participant who did not complete exactly one reason, so the reasons add up to ${target}.`,
      ),
    );
  }
  return findings;
}

/** A period starts with no more participants than completed the previous one (totals: groups may be re-formed). */
function checkPeriodChain(flow: ParticipantFlow): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (let index = 1; index < flow.periods.length; index++) {
    const previous = flow.periods[index - 1];
    const period = flow.periods[index];
    if (!period.started || !previous.completed) continue;
    const started = flowRowTotal(period.started);
    const completed = flowRowTotal(previous.completed);
    if (started === undefined || completed === undefined || started <= completed) continue;
    findings.push({
      pointer: `${period.started.pointer}/type`,
      target: 'value',
      section: 'results',
      message:
        `${periodName(period)}: ${started} participants started, more than the ${completed} who completed ${periodName(previous)}. ` +
        `A period starts with participants who completed the period before: at most ${completed} in all groups together.`,
    });
  }
  return findings;
}
