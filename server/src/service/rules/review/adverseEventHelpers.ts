// How the adverse-event review criteria read `adverseEventsModule`: its groups with their totals (all-cause
// mortality, serious, other), and the per-term tables, read once per parse with the shared results primitives.
// Pointers are relative to the study's `resultsSection`.
import { isPlainObject, type RecordValue } from '../../parse/parsedRecord';
import { resultsDefinition } from '../ruleReference';
import type { RuleReference, SectionView } from '../ruleTypes';
import { ADVERSE_EVENTS, objectsOf, parseCount, readOnce, readParticipantFlow, textOf, type RecordObject } from './resultsHelpers';

/** The registry's definition of the adverse event information. */
export const ADVERSE_EVENTS_REFERENCE: RuleReference = resultsDefinition('Adverse Event Information');

/** The three per-group totals of the module. */
export type EventTotalKind = 'deaths' | 'serious' | 'other';

export const EVENT_TOTAL_KINDS: readonly EventTotalKind[] = ['deaths', 'serious', 'other'];

/** How a message names each kind: "deaths (all-cause mortality)", "serious adverse events". */
export const EVENT_TOTAL_NAMES: Readonly<Record<EventTotalKind, string>> = {
  deaths: 'all-cause mortality',
  serious: 'serious adverse events',
  other: 'other (not serious) adverse events',
};

/** One of a group's totals: the number and the field it sits in. */
export interface EventTotal {
  readonly value: number | undefined;
  /** Relative to `resultsSection`, e.g. `/adverseEventsModule/eventGroups/1/seriousNumAffected`. */
  readonly pointer: string;
  /** Whether the field is written at all (records from before 2017 have no all-cause mortality). */
  readonly present: boolean;
}

/** An adverse event group (`EG000`) with its totals. */
export interface EventGroup {
  readonly id: string;
  readonly title: string | undefined;
  readonly pointer: string;
  readonly affected: Readonly<Record<EventTotalKind, EventTotal>>;
  readonly atRisk: Readonly<Record<EventTotalKind, EventTotal>>;
}

/** One group's counts for one term. */
export interface TermStat {
  readonly groupId: string;
  /** The stat object (`…/stats/0`); its fields are `numEvents`, `numAffected`, `numAtRisk`. */
  readonly pointer: string;
  readonly numEvents: number | undefined;
  readonly numAffected: number | undefined;
  readonly numAtRisk: number | undefined;
}

/** One row of the serious or other table. */
export interface EventTerm {
  readonly table: 'serious' | 'other';
  readonly pointer: string;
  readonly term: string | undefined;
  readonly organSystem: string | undefined;
  readonly stats: readonly TermStat[];
}

export interface AdverseEvents {
  readonly module: RecordObject;
  readonly groups: readonly EventGroup[];
  readonly serious: readonly EventTerm[];
  readonly other: readonly EventTerm[];
}

function total(group: RecordObject, pointer: string, field: string): EventTotal {
  const present = group[field] !== undefined && group[field] !== null;
  return { value: parseCount(group[field]), pointer: `${pointer}/${field}`, present };
}

function readEventGroups(list: RecordValue | undefined): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const [pointer, group] of objectsOf(list, `${ADVERSE_EVENTS}/eventGroups`)) {
    const id = textOf(group, 'id');
    if (id === undefined) continue;
    groups.push({
      id,
      title: textOf(group, 'title'),
      pointer,
      affected: {
        deaths: total(group, pointer, 'deathsNumAffected'),
        serious: total(group, pointer, 'seriousNumAffected'),
        other: total(group, pointer, 'otherNumAffected'),
      },
      atRisk: {
        deaths: total(group, pointer, 'deathsNumAtRisk'),
        serious: total(group, pointer, 'seriousNumAtRisk'),
        other: total(group, pointer, 'otherNumAtRisk'),
      },
    });
  }
  return groups;
}

function readTerms(list: RecordValue | undefined, table: EventTerm['table']): EventTerm[] {
  const key = table === 'serious' ? 'seriousEvents' : 'otherEvents';
  return objectsOf(list, `${ADVERSE_EVENTS}/${key}`).map(([pointer, event]) => {
    const stats: TermStat[] = [];
    for (const [statPointer, stat] of objectsOf(event.stats, `${pointer}/stats`)) {
      const groupId = textOf(stat, 'groupId');
      if (groupId === undefined) continue;
      stats.push({
        groupId,
        pointer: statPointer,
        numEvents: parseCount(stat.numEvents),
        numAffected: parseCount(stat.numAffected),
        numAtRisk: parseCount(stat.numAtRisk),
      });
    }
    return { table, pointer, term: textOf(event, 'term'), organSystem: textOf(event, 'organSystem'), stats };
  });
}

const adverseEventReadings = new WeakMap<object, AdverseEvents>();

/** The adverse events module, or undefined when the results have none. */
export function readAdverseEvents(results: SectionView | undefined): AdverseEvents | undefined {
  const module = results?.value(ADVERSE_EVENTS);
  if (!isPlainObject(module)) return undefined;
  return readOnce(adverseEventReadings, module, () => ({
    module,
    groups: readEventGroups(module.eventGroups),
    serious: readTerms(module.seriousEvents, 'serious'),
    other: readTerms(module.otherEvents, 'other'),
  }));
}

/** The sum of one total over the groups that give it, or undefined when no group gives it. */
export function sumOfTotals(groups: readonly EventGroup[], read: (group: EventGroup) => EventTotal): number | undefined {
  let sum: number | undefined;
  for (const group of groups) {
    const value = read(group).value;
    if (value !== undefined) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** Participants affected by any term of a table, summed over groups and terms (zero means the table shows nobody). */
export function termsAffected(terms: readonly EventTerm[]): number {
  let sum = 0;
  for (const term of terms) for (const stat of term.stats) sum += stat.numAffected ?? 0;
  return sum;
}

/** `` `Headache` `` or `term 3` when the row has no term. */
export function termName(term: EventTerm, position: number): string {
  return term.term?.trim() ? `\`${term.term.trim()}\`` : `term ${position}`;
}

/** A participant-flow withdrawal reason that is a death (`Death`, `Died`, `Deceased`, `Death due to…`). */
const DEATH_REASON = /^\s*(?:death|died|deceased)\b/i;

/** Participants who left the flow because they died, per flow group over every period. */
export interface FlowDeaths {
  readonly groupId: string;
  readonly title: string | undefined;
  readonly deaths: number;
}

/** The deaths the participant flow reports as reasons for not completing, per group (groups with none are left out). */
export function flowDeaths(results: SectionView): FlowDeaths[] {
  const flow = readParticipantFlow(results);
  if (!flow) return [];
  const totals = new Map<string, number>();
  for (const period of flow.periods) {
    for (const reason of period.reasons) {
      if (!DEATH_REASON.test(reason.type)) continue;
      for (const count of reason.counts) {
        if (count.subjects !== undefined && count.subjects > 0)
          totals.set(count.groupId, (totals.get(count.groupId) ?? 0) + count.subjects);
      }
    }
  }
  return [...totals].map(([groupId, deaths]) => ({ groupId, title: flow.groups.get(groupId)?.title, deaths }));
}
