import { listPhrase } from '../ruleHelpers';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { ADVERSE_EVENTS_REFERENCE, EVENT_TOTAL_KINDS, readAdverseEvents, type EventTotalKind } from './adverseEventHelpers';
import { capitalized, groupName } from './analysisHelpers';
import { hasText, textOf } from './resultsHelpers';

const AT_RISK_NAMES: Readonly<Record<EventTotalKind, string>> = {
  deaths: 'all-cause mortality',
  serious: 'serious adverse events',
  other: 'other adverse events',
};

export const aeZeroAtRiskUnexplained: RuleDefinition = {
  id: 'review/ae-zero-at-risk-unexplained',
  title: 'Zero at risk without a reason',
  defaultSeverity: 'error',
  basis: '§6 (PRS validation error)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; results validation). ' +
    'prs-review-criteria.md "Results section": PRS validation since June 2018 is an error when an adverse event group has zero ' +
    'participants at risk and the adverse event description does not say why (WN-06, ✅; "Val-E", not marked PCD, so always an ' +
    'error). Mechanical proxy from the reference: a group whose deaths, serious or other at-risk count is 0 while the module ' +
    '`description` is empty. One finding per group, at its first zero at-risk count.',
  reference: ADVERSE_EVENTS_REFERENCE,
  explanation: 'An adverse event group with 0 participants at risk comes with an adverse event description that says why.',
  documentation:
    'A group with no participants at risk for adverse events (for example a cohort that enrolled no one, or a study that did not ' +
    'collect adverse events) looks like missing data unless the adverse event description explains it, and ClinicalTrials.gov does ' +
    'not accept the results without that explanation. ' +
    'Fix: say in the adverse event `description` why no one was at risk in that group (e.g. `No participants were enrolled in ' +
    'Cohort 6.`), or correct the at-risk count.',
  check(context) {
    const events = readAdverseEvents(context.results);
    if (!events || hasText(textOf(events.module, 'description'))) return [];
    const findings: RuleFinding[] = [];
    for (const group of events.groups) {
      const zero = EVENT_TOTAL_KINDS.filter((kind) => group.atRisk[kind].value === 0);
      const first = zero[0];
      if (first === undefined) continue;
      findings.push({
        pointer: group.atRisk[first].pointer,
        target: 'value',
        section: 'results',
        message:
          `${capitalized(groupName(group.id, group.title))}: 0 participants at risk for ${listPhrase(zero.map((kind) => AT_RISK_NAMES[kind]))}, and the ` +
          'adverse event description is empty. Say there why no one in this group was at risk (e.g. `No participants were enrolled in this cohort.`).',
      });
    }
    return findings;
  },
};
