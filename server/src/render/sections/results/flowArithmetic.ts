// The participant flow's arithmetic, checked for the preview (the registry reviewers' "Information within the
// Participant Flow module appears inconsistent"): per period and group, STARTED − COMPLETED = NOT COMPLETED,
// COMPLETED and custom milestones ≤ STARTED, the reasons not completed add up to NOT COMPLETED; and a period
// does not start with more participants than completed the one before. Counts that are not whole numbers are not
// checked. Participants (`numSubjects`) and units (`numUnits`) are checked separately.
import { byGroup, groupName, type ResultGroup } from './resultTable';
import type { ResultNode } from './resultsReader';

export type MilestoneKind = 'started' | 'completed' | 'not-completed' | 'custom';

/** The API spells NOT COMPLETED with a space; an author may write the enum-like NOT_COMPLETED. */
export function milestoneKind(type: string | undefined): MilestoneKind {
  const normalized = (type ?? '')
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, ' ');
  if (normalized === 'STARTED') return 'started';
  if (normalized === 'COMPLETED') return 'completed';
  if (normalized === 'NOT COMPLETED') return 'not-completed';
  return 'custom';
}

export function milestoneLabel(type: string | undefined): string {
  const kind = milestoneKind(type);
  if (kind === 'started') return 'Started';
  if (kind === 'completed') return 'Completed';
  if (kind === 'not-completed') return 'Not completed';
  return type ?? 'Milestone';
}

export interface PeriodArithmetic {
  /** Per cell (`${milestoneIndex} ${groupId}`), what does not add up there, with the numbers. */
  readonly cells: ReadonlyMap<string, readonly string[]>;
  /** Every mismatch of the period as a sentence naming its group, for the list under the period's heading. */
  readonly notes: readonly string[];
}

export const cellKey = (milestoneIndex: number, groupId: string): string => `${milestoneIndex} ${groupId}`;

const COUNT_KEYS = [
  { key: 'numSubjects', suffix: '' },
  { key: 'numUnits', suffix: ' (units)' },
] as const;

/** Checks one period; `previous` is the period before it, if any. */
export function checkPeriod(period: ResultNode, groups: readonly ResultGroup[], previous: ResultNode | undefined): PeriodArithmetic {
  const cells = new Map<string, string[]>();
  const notes: string[] = [];
  const milestones = period.list('milestones');
  const kinds = milestones.map((milestone) => milestoneKind(milestone.text('type')));
  const achievements = milestones.map((milestone) => byGroup(milestone.list('achievements')));
  const reasons = period.list('dropWithdraws').map((dropWithdraw) => byGroup(dropWithdraw.list('reasons')));
  const started = kinds.indexOf('started');
  const completed = kinds.indexOf('completed');
  const notCompleted = kinds.indexOf('not-completed');

  const flag = (index: number, group: ResultGroup, shown: number, suffix: string, message: string) => {
    const key = cellKey(index, group.id);
    cells.set(key, [...(cells.get(key) ?? []), message]);
    notes.push(`${groupName(group)}, ${milestoneLabel(milestones[index].text('type'))}${suffix}: ${shown}, but ${message}.`);
  };

  for (const { key, suffix } of COUNT_KEYS) {
    for (const group of groups) {
      const countAt = (index: number) => (index < 0 ? undefined : achievements[index].get(group.id)?.count(key));
      const start = countAt(started);
      const done = countAt(completed);
      const notDone = countAt(notCompleted);
      if (start !== undefined && done !== undefined && done > start) flag(completed, group, done, suffix, `only ${start} started`);
      if (start !== undefined && done !== undefined && notDone !== undefined && start - done !== notDone) {
        flag(notCompleted, group, notDone, suffix, `started ${start} − completed ${done} = ${start - done}`);
      }
      const given = reasons.map((byId) => byId.get(group.id)?.count(key)).filter((count): count is number => count !== undefined);
      const reasonSum = given.reduce((sum, count) => sum + count, 0);
      if (notDone !== undefined && given.length > 0 && reasonSum !== notDone) {
        flag(notCompleted, group, notDone, suffix, `the reasons not completed add up to ${reasonSum}`);
      }
      if (start === undefined) continue;
      kinds.forEach((kind, index) => {
        const count = countAt(index);
        if (kind === 'custom' && count !== undefined && count > start) flag(index, group, count, suffix, `only ${start} started`);
      });
    }
  }

  if (previous) {
    const startedTotal = total(milestones[started], 'numSubjects');
    const previousMilestones = previous.list('milestones');
    const previousCompleted = previousMilestones.find((milestone) => milestoneKind(milestone.text('type')) === 'completed');
    const completedTotal = total(previousCompleted, 'numSubjects');
    if (startedTotal !== undefined && completedTotal !== undefined && startedTotal > completedTotal) {
      const title = previous.text('title') ?? 'the period before';
      notes.push(`${startedTotal} participants started this period, more than the ${completedTotal} who completed ${title}.`);
    }
  }
  return { cells, notes };
}

/** A milestone's count over all groups, or undefined when a group's count is missing or not a whole number. */
function total(milestone: ResultNode | undefined, key: string): number | undefined {
  if (!milestone) return undefined;
  let sum = 0;
  for (const achievement of milestone.list('achievements')) {
    const count = achievement.count(key);
    if (count === undefined) return undefined;
    sum += count;
  }
  return sum;
}
