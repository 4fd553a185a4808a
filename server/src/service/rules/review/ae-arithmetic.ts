import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import {
  ADVERSE_EVENTS_REFERENCE,
  EVENT_TOTAL_KINDS,
  EVENT_TOTAL_NAMES,
  readAdverseEvents,
  termName,
  type EventGroup,
  type EventTerm,
} from './adverseEventHelpers';
import { capitalized, countOf, formatNumber, groupName } from './analysisHelpers';

const TABLE_NAMES = { serious: 'Serious adverse event', other: 'Other adverse event' } as const;

/** Per group: affected within at risk, for all-cause mortality, serious and other adverse events. */
function groupTotals(group: EventGroup): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const kind of EVENT_TOTAL_KINDS) {
    const affected = group.affected[kind].value;
    const atRisk = group.atRisk[kind].value;
    if (affected === undefined || atRisk === undefined || affected <= atRisk) continue;
    const what = kind === 'deaths' ? 'deaths (all-cause mortality)' : `participants affected by ${EVENT_TOTAL_NAMES[kind]}`;
    findings.push({
      pointer: group.affected[kind].pointer,
      target: 'value',
      section: 'results',
      message:
        `${capitalized(groupName(group.id, group.title))}: ${formatNumber(affected)} ${what}, but only ${formatNumber(atRisk)} at risk. ` +
        'No more participants can be affected than were at risk: correct the number affected or the number at risk.',
    });
  }
  return findings;
}

/** Per term and group: affected within at risk, and at least one event per affected participant. */
function termStats(term: EventTerm, position: number, titles: ReadonlyMap<string, string | undefined>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const name = `${TABLE_NAMES[term.table]} ${termName(term, position)}`;
  for (const stat of term.stats) {
    const group = groupName(stat.groupId, titles.get(stat.groupId));
    if (stat.numAffected !== undefined && stat.numAtRisk !== undefined && stat.numAffected > stat.numAtRisk) {
      findings.push({
        pointer: `${stat.pointer}/numAffected`,
        target: 'value',
        section: 'results',
        message:
          `${name}, ${group}: ${countOf(stat.numAffected, 'participant')} affected, but only ${formatNumber(stat.numAtRisk)} at risk. ` +
          'Correct the number affected or the number at risk.',
      });
    }
    if (stat.numEvents !== undefined && stat.numAffected !== undefined && stat.numEvents < stat.numAffected) {
      findings.push({
        pointer: `${stat.pointer}/numEvents`,
        target: 'value',
        section: 'results',
        message:
          `${name}, ${group}: ${countOf(stat.numEvents, 'event')} in ${countOf(stat.numAffected, 'affected participant')}. ` +
          `Each affected participant had at least one event, so there are at least ${formatNumber(stat.numAffected)} events.`,
      });
    }
  }
  return findings;
}

/** Per group: the serious (other) total is at least the largest serious (other) term, since it counts each participant once. */
function totalsCoverTerms(groups: readonly EventGroup[], terms: readonly EventTerm[], table: EventTerm['table']): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const group of groups) {
    const total = group.affected[table];
    if (total.value === undefined) continue;
    let largest: { affected: number; term: EventTerm; position: number } | undefined;
    terms.forEach((term, index) => {
      for (const stat of term.stats) {
        if (stat.groupId !== group.id || stat.numAffected === undefined) continue;
        if (!largest || stat.numAffected > largest.affected) largest = { affected: stat.numAffected, term, position: index + 1 };
      }
    });
    if (!largest || largest.affected <= total.value) continue;
    findings.push({
      pointer: total.pointer,
      target: 'value',
      section: 'results',
      message:
        `${capitalized(groupName(group.id, group.title))}: ${formatNumber(total.value)} participants affected by ${EVENT_TOTAL_NAMES[table]} in total, ` +
        `but the term ${termName(largest.term, largest.position)} alone affected ${formatNumber(largest.affected)}. ` +
        `The total counts every participant with at least one such event, so it is at least ${formatNumber(largest.affected)}.`,
    });
  }
  return findings;
}

export const aeArithmetic: RuleDefinition = {
  id: 'review/ae-arithmetic',
  title: 'Adverse event numbers do not add up',
  defaultSeverity: 'error',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; the Major Comments include adverse-event consistency). ' +
    'prs-review-criteria.md "Results section": "Information within the Adverse Events module appears inconsistent." (MC, ✅). ' +
    'Mechanical, so an error. Per term and group: numAffected ≤ numAtRisk, numEvents ≥ numAffected (when numEvents is given). ' +
    'Per group: affected ≤ at risk for all-cause mortality, serious and other; the serious (other) total affected ≥ the largest ' +
    'serious (other) term. Numbers written as text are read; anything that is not a number is left alone.',
  reference: ADVERSE_EVENTS_REFERENCE,
  explanation: 'Adverse event counts are consistent: affected within at risk, events at least affected, totals at least any one term.',
  documentation:
    'Reviewers check the adverse event tables for arithmetic: in each group no more participants are affected than were at risk, ' +
    'a term has at least as many events as affected participants, and a group’s total of participants with serious (or other) ' +
    'adverse events is at least the count of its most frequent serious (or other) term, since the total counts each participant once. ' +
    'Fix: correct the number that is out of line, usually a total that was not updated or a number typed into the wrong column.',
  check(context) {
    const events = readAdverseEvents(context.results);
    if (!events) return [];
    const titles = new Map(events.groups.map((group) => [group.id, group.title]));
    const findings: RuleFinding[] = [];
    for (const group of events.groups) findings.push(...groupTotals(group));
    events.serious.forEach((term, index) => findings.push(...termStats(term, index + 1, titles)));
    events.other.forEach((term, index) => findings.push(...termStats(term, index + 1, titles)));
    findings.push(...totalsCoverTerms(events.groups, events.serious, 'serious'));
    findings.push(...totalsCoverTerms(events.groups, events.other, 'other'));
    return findings;
  },
};
