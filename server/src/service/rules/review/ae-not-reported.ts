import type { RuleDefinition, RuleFinding, SectionView } from '../ruleTypes';
import {
  ADVERSE_EVENTS_REFERENCE,
  flowDeaths,
  readAdverseEvents,
  sumOfTotals,
  termsAffected,
  type AdverseEvents,
  type EventGroup,
  type FlowDeaths,
} from './adverseEventHelpers';
import { capitalized, countOf, groupName, notPosted, sameTitled } from './analysisHelpers';
import {
  hasText,
  measureName,
  parseMeasurement,
  readOutcomeMeasures,
  textOf,
  type Measurement,
  type ResultMeasure,
} from './resultsHelpers';

/** A title about adverse events: `Adverse Events`, `TEAEs`, `Adverse Drug Reactions`, `SAEs`. */
const ADVERSE_EVENT_TITLE = /\b(?:adverse (?:events?|experiences?|(?:drug )?reactions?)|(?:TE)?AEs?|SAEs?)\b/i;
/** A title about serious ones (not `Non-Serious Adverse Events`). */
const SERIOUS_TITLE = /(?<!\bnon-?\s?|\bnot\s)\bserious adverse (?:events?|experiences?|(?:drug )?reactions?)\b|\bSAEs?\b/i;
/** Titles that count the opposite: `Participants Without Adverse Events`, `Free of AEs`. */
const NEGATED_TITLE = /\b(?:without|free (?:of|from)|no)\s+(?:\w+\s+){0,3}?(?:adverse|serious|(?:TE)?AEs?|SAEs?)\b/i;
/** Measures that count participants (a number or a percentage of them), not means of something. */
const COUNT_PARAMS = new Set(['COUNT_OF_PARTICIPANTS', 'NUMBER']);

/** An outcome measure that counts participants with (serious) adverse events, and its first value above 0. */
interface Evidence {
  readonly measure: ResultMeasure;
  readonly measurement: Measurement;
}

function firstPositive(measure: ResultMeasure): Measurement | undefined {
  for (const measureClass of measure.classes) {
    for (const category of measureClass.categories) {
      const found = category.measurements.find((measurement) => measurement.number !== undefined && measurement.number > 0);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first outcome measure counting participants with adverse events (serious ones when `serious`) with a value above 0. */
function outcomeEvidence(results: SectionView, serious: boolean): Evidence | undefined {
  for (const measure of readOutcomeMeasures(results)) {
    const title = measure.title ?? '';
    const paramType = measure.paramType?.trim().toUpperCase().replace(/\s+/g, '_') ?? '';
    if (!COUNT_PARAMS.has(paramType) || NEGATED_TITLE.test(title) || notPosted(results, measure)) continue;
    if (!(serious ? SERIOUS_TITLE : ADVERSE_EVENT_TITLE).test(title)) continue;
    const measurement = firstPositive(measure);
    if (measurement) return { measure, measurement };
  }
  return undefined;
}

function describeEvidence({ measure, measurement }: Evidence): string {
  const unit = measure.unitOfMeasure?.trim();
  const group = groupName(measurement.groupId, measure.groups.get(measurement.groupId)?.title);
  return `${measureName(measure).replace(/^O/, 'o')} reports ${measurement.value?.trim() ?? ''}${unit ? ` ${unit.toLowerCase()}` : ''} in ${group}`;
}

/** Deaths the participant flow reports while all-cause mortality shows none. */
function unreportedDeaths(results: SectionView, events: AdverseEvents): RuleFinding[] {
  if (hasText(textOf(events.module, 'allCauseMortalityComment'))) return [];
  const reporting = events.groups.filter((group) => group.affected.deaths.present);
  const deaths = flowDeaths(results);
  if (reporting.length === 0 || deaths.length === 0) return [];
  const finding = (group: EventGroup, message: string): RuleFinding => ({
    pointer: group.affected.deaths.pointer,
    target: 'value',
    section: 'results',
    message,
  });
  const advice =
    'Count every death within the adverse event time frame in all-cause mortality, or explain the difference in `allCauseMortalityComment`.';
  const pairs: Array<{ readonly flowGroup: FlowDeaths; readonly group: EventGroup }> = [];
  for (const flowGroup of deaths) {
    const group = sameTitled(flowGroup.title, reporting);
    if (group) pairs.push({ flowGroup, group });
  }
  if (pairs.length === deaths.length) {
    return pairs
      .filter(({ group }) => group.affected.deaths.value === 0)
      .map(({ flowGroup, group }) =>
        finding(
          group,
          `${capitalized(groupName(group.id, group.title))}: no deaths in all-cause mortality, but the participant flow reports ` +
            `${countOf(flowGroup.deaths, 'participant')} who left because of death (\`${flowGroup.groupId}\`). ${advice}`,
        ),
      );
  }
  if (sumOfTotals(reporting, (group) => group.affected.deaths) !== 0) return [];
  const total = deaths.reduce((sum, flowGroup) => sum + flowGroup.deaths, 0);
  return [
    finding(
      reporting[0],
      `All-cause mortality reports no deaths in any group, but the participant flow reports ${countOf(total, 'participant')} who left ` +
        `because of death. ${advice}`,
    ),
  ];
}

/** Outcome measures that count participants with (serious) adverse events while the tables show none. */
function unreportedEvents(results: SectionView, events: AdverseEvents): RuleFinding[] {
  const first = events.groups[0];
  if (!first) return [];
  const seriousNone = (sumOfTotals(events.groups, (group) => group.affected.serious) ?? 0) === 0 && termsAffected(events.serious) === 0;
  const otherNone = (sumOfTotals(events.groups, (group) => group.affected.other) ?? 0) === 0 && termsAffected(events.other) === 0;
  const serious = seriousNone ? outcomeEvidence(results, true) : undefined;
  if (serious) {
    return [
      {
        pointer: first.affected.serious.pointer,
        target: 'value',
        section: 'results',
        message:
          `The serious adverse event table reports no one affected in any group, but ${describeEvidence(serious)}. ` +
          'Report those serious adverse events by term with each group’s counts, or explain in the adverse event description why they are not there.',
      },
    ];
  }
  // Other adverse events below the threshold are left out by design; only a threshold of 0 promises every one is listed.
  if (!seriousNone || !otherNone || parseMeasurement(events.module.frequencyThreshold) !== 0) return [];
  const any = outcomeEvidence(results, false);
  if (!any) return [];
  return [
    {
      pointer: first.affected.other.pointer,
      target: 'value',
      section: 'results',
      message:
        `The adverse event tables report no one affected in any group (with a frequency threshold of 0), but ${describeEvidence(any)}. ` +
        'Report those adverse events by term with each group’s counts, or explain in the adverse event description why they are not there.',
    },
  ];
}

export const aeNotReported: RuleDefinition = {
  id: 'review/ae-not-reported',
  title: 'Adverse events reported elsewhere but not in the tables',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; the Major Comments include adverse-event consistency). ' +
    'prs-review-criteria.md "Results section": "Information in other parts of the record suggests that adverse events were ' +
    'collected that are not reported here." (MC, ✅). Cross-check, so a warning: (1) participant-flow withdrawals for death > 0 ' +
    'while all-cause mortality is 0 (per group when every such flow group has a same-titled event group, else in total; silent ' +
    'when all-cause mortality is not reported at all, as before 2017, or allCauseMortalityComment explains); (2) an outcome ' +
    'measure counting participants with serious adverse events above 0 while the serious table shows none; with adverse events ' +
    'in general, only when the frequency threshold is 0 (events under a higher threshold are left out by design).',
  reference: ADVERSE_EVENTS_REFERENCE,
  explanation: 'Deaths in the participant flow and adverse events counted by outcome measures also appear in the adverse event tables.',
  documentation:
    'Reviewers compare the adverse event tables with the rest of the results: participants who left the study because they died ' +
    'should appear in all-cause mortality, and an outcome measure that counts participants with (serious) adverse events implies ' +
    'that the adverse event tables list them. A table that shows none while the record reports some looks incomplete. ' +
    'Fix: add the deaths and adverse events to the adverse event tables with their group counts, or explain the difference ' +
    '(e.g. a different time frame) in the adverse event description or the all-cause mortality comment.',
  check(context) {
    const events = readAdverseEvents(context.results);
    if (!context.results || !events || events.groups.length === 0) return [];
    return [...unreportedDeaths(context.results, events), ...unreportedEvents(context.results, events)];
  },
};
