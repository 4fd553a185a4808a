// How the results review criteria read a study's `resultsSection`: the participant flow (periods, milestones,
// reasons for not completing), the baseline characteristics and the outcome measures (groups, denominators,
// classes, categories, measurements). Each reader walks its module once and keeps every number with its pointer
// (relative to resultsSection, as `RuleFinding.section: 'results'` wants), so a rule can mark the very number it
// talks about. Numbers come as strings in API v2 (`"12"`, `"3.2"`, `"NA"`): they are parsed leniently and an odd
// value is `undefined`, never an exception.
//
// Shared with the other results criteria (adverse events, analyses, dispersion): the exports below are a stable
// interface; add to them rather than change them.
import { isPlainObject, joinPointer } from '../../parse/parsedRecord';
import { DESIGN } from '../ruleHelpers';
import { resultsDefinition } from '../ruleReference';
import type { RuleContext, RuleReference, SectionView } from '../ruleTypes';
import { FLOW, objectsOf, parseCount, readGroups, readOnce, textOf, type GroupIndex, type RecordObject } from './resultsBaseHelpers';

export * from './resultsBaseHelpers';
export * from './resultsMeasureHelpers';

/** The registry's results definitions, per area, for `RuleDefinition.reference`. */
export const FLOW_REFERENCE: RuleReference = resultsDefinition('Participant Flow');
export const BASELINE_REFERENCE: RuleReference = resultsDefinition('Baseline Characteristics');
export const OUTCOME_MEASURE_REFERENCE: RuleReference = resultsDefinition('Outcome Measures');

// ---------------------------------------------------------------------------------------------------------------
// Participant flow

/** `STARTED`, `COMPLETED`, `NOT COMPLETED` (the API spells it with a space) or a custom milestone. */
export type MilestoneKind = 'started' | 'completed' | 'notCompleted' | 'custom';

/** One group's numbers in a milestone or reason row. */
export interface FlowCount {
  readonly groupId: string;
  /** The achievement / reason item. */
  readonly pointer: string;
  readonly subjects: number | undefined;
  readonly units: number | undefined;
}

/** Which number of a flow count: participants (`numSubjects`) or units such as eyes or clinics (`numUnits`). */
export type FlowNumber = 'subjects' | 'units';

/** The pointer of one number of a flow count (`…/numSubjects` or `…/numUnits`). */
export function flowNumberPointer(count: FlowCount, number: FlowNumber): string {
  return `${count.pointer}/${number === 'subjects' ? 'numSubjects' : 'numUnits'}`;
}

/** A milestone row (`achievements`) or a reason row (`dropWithdraws[].reasons`) of a period. */
export interface FlowRow {
  readonly pointer: string;
  /** The row's `type` as written (`STARTED`, `Adverse Event`, `Received open-label drug`). */
  readonly type: string;
  readonly counts: readonly FlowCount[];
  readonly byGroup: ReadonlyMap<string, FlowCount>;
}

export interface FlowMilestone extends FlowRow {
  readonly kind: MilestoneKind;
}

export interface FlowPeriod {
  readonly pointer: string;
  /** 1-based, as the registry numbers the periods. */
  readonly position: number;
  readonly title: string | undefined;
  readonly milestones: readonly FlowMilestone[];
  /** The reasons for not completing (`dropWithdraws`). */
  readonly reasons: readonly FlowRow[];
  readonly started: FlowMilestone | undefined;
  readonly completed: FlowMilestone | undefined;
  readonly notCompleted: FlowMilestone | undefined;
}

export interface ParticipantFlow {
  readonly groups: GroupIndex;
  readonly periods: readonly FlowPeriod[];
  readonly preAssignmentDetails: string | undefined;
  /** What `numUnits` counts when units are not participants (`Eyes`, `Clinics`). */
  readonly typeUnitsAnalyzed: string | undefined;
}

/** The kind of a milestone `type`: `NOT COMPLETED`, `NOT_COMPLETED` and case variants all count as not completed. */
export function milestoneKind(type: string): MilestoneKind {
  const normalized = type
    .trim()
    .replace(/[\s_]+/g, ' ')
    .toUpperCase();
  if (normalized === 'STARTED') return 'started';
  if (normalized === 'COMPLETED') return 'completed';
  if (normalized === 'NOT COMPLETED') return 'notCompleted';
  return 'custom';
}

function readFlowRow(item: RecordObject, pointer: string, countsKey: 'achievements' | 'reasons'): FlowRow {
  const counts: FlowCount[] = [];
  const byGroup = new Map<string, FlowCount>();
  const listPointer = joinPointer(pointer, countsKey);
  for (const [countPointer, count] of objectsOf(item[countsKey], listPointer)) {
    const groupId = textOf(count, 'groupId');
    if (groupId === undefined) continue;
    const flowCount = { groupId, pointer: countPointer, subjects: parseCount(count.numSubjects), units: parseCount(count.numUnits) };
    counts.push(flowCount);
    if (!byGroup.has(groupId)) byGroup.set(groupId, flowCount);
  }
  return { pointer, type: textOf(item, 'type') ?? '', counts, byGroup };
}

/** The participant flow, or undefined when the results have no `participantFlowModule`. */
export function readParticipantFlow(results: SectionView | undefined): ParticipantFlow | undefined {
  const module = results?.value(FLOW);
  return isPlainObject(module) ? readOnce(flowReadings, module, () => readFlowModule(module)) : undefined;
}

const flowReadings = new WeakMap<object, ParticipantFlow>();

function readFlowModule(module: RecordObject): ParticipantFlow {
  const periods: FlowPeriod[] = [];
  for (const [periodPointer, period] of objectsOf(module.periods, `${FLOW}/periods`)) {
    const milestones = objectsOf(period.milestones, `${periodPointer}/milestones`).map(([pointer, item]) => {
      const row = readFlowRow(item, pointer, 'achievements');
      return { ...row, kind: milestoneKind(row.type) };
    });
    const reasons = objectsOf(period.dropWithdraws, `${periodPointer}/dropWithdraws`).map(([pointer, item]) =>
      readFlowRow(item, pointer, 'reasons'),
    );
    const first = (kind: MilestoneKind) => milestones.find((milestone) => milestone.kind === kind);
    periods.push({
      pointer: periodPointer,
      position: periods.length + 1,
      title: textOf(period, 'title'),
      milestones,
      reasons,
      started: first('started'),
      completed: first('completed'),
      notCompleted: first('notCompleted'),
    });
  }
  return {
    groups: readGroups(module.groups, `${FLOW}/groups`),
    periods,
    preAssignmentDetails: textOf(module, 'preAssignmentDetails'),
    typeUnitsAnalyzed: textOf(module, 'typeUnitsAnalyzed'),
  };
}

/** "Period 1 (Overall Study)", or "Period 1" when it has no title. */
export function periodName(period: FlowPeriod): string {
  const title = period.title?.trim();
  return title ? `Period ${period.position} (${title})` : `Period ${period.position}`;
}

/** The sum of one number over a row's groups, or undefined when the row is empty or a group's number is unreadable. */
export function flowRowTotal(row: FlowRow, number: FlowNumber = 'subjects'): number | undefined {
  if (row.counts.length === 0) return undefined;
  let total = 0;
  for (const count of row.counts) {
    const value = count[number];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/** "12 (`FG000` Placebo 6, `FG001` Drug 6)": a total with its parts, for messages. */
export function describeFlowTotal(row: FlowRow, groups: GroupIndex, number: FlowNumber = 'subjects'): string {
  const total = flowRowTotal(row, number);
  const parts = row.counts.map((count) => {
    const title = groups.get(count.groupId)?.title?.trim();
    return `\`${count.groupId}\`${title ? ` ${title}` : ''} ${count[number] ?? '?'}`;
  });
  return `${total ?? '?'} (${parts.join(', ')})`;
}

/**
 * The study's actual enrollment (`designModule.enrollmentInfo.count`, from the protocol section), or undefined when it
 * is absent, unreadable or typed `ESTIMATED` (an estimate is not a number of participants to compare the flow with).
 */
export function actualEnrollment(context: Pick<RuleContext, 'value' | 'text'>): number | undefined {
  if (context.text(`${DESIGN}/enrollmentInfo/type`) === 'ESTIMATED') return undefined;
  return parseCount(context.value(`${DESIGN}/enrollmentInfo/count`));
}

/** The first period's STARTED row with its readable participant total, or undefined. */
export function firstPeriodStarted(flow: ParticipantFlow): { period: FlowPeriod; started: FlowMilestone; total: number } | undefined {
  const period = flow.periods[0];
  const started = period?.started;
  const total = started ? flowRowTotal(started) : undefined;
  return period && started && total !== undefined ? { period, started, total } : undefined;
}
