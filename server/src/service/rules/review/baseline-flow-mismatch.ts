import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import {
  BASELINE_REFERENCE,
  describeFlowTotal,
  firstPeriodStarted,
  groupLabel,
  groupTitleKey,
  hasText,
  participantDenom,
  periodName,
  readBaseline,
  readParticipantFlow,
  type BaselineCharacteristics,
  type Denom,
  type DenomCount,
  type ParticipantFlow,
} from './resultsHelpers';

/**
 * The baseline does not reflect the participant flow: a baseline group analyzes more participants than its flow group
 * (matched by title) ever started, or the baseline total differs from the first period's STARTED total while the
 * baseline population description says nothing about who was analyzed.
 */
export const baselineFlowMismatch: RuleDefinition = {
  id: 'review/baseline-flow-mismatch',
  title: 'Baseline does not match the participant flow',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'secondary',
  provenance:
    'ctgov-model.md §6 (PRS review; "information is inconsistent with other parts of the record"). ' +
    'prs-review-criteria.md `review/baseline-flow-mismatch` (◑; NLM\'s "trial design unclear" example: 2 groups of 400 in the flow, 3 groups ' +
    'of 600 in the outcomes [NEJM11-T3]). Groups are matched by title (case and spacing ignored); a group is compared with the largest ' +
    'STARTED of its flow group over all periods, the total with the first period. The baseline Total column is recognised by its title ' +
    '("Total…"). A cross-check, hence a warning.',
  reference: BASELINE_REFERENCE,
  explanation:
    'Baseline groups analyze no more participants than started in the participant flow, and a baseline total that differs from those who ' +
    'started comes with a population description.',
  documentation:
    'The baseline characteristics describe the participants of the participant flow: a baseline group cannot analyze more participants than started ' +
    'in the same group of the flow, and when the baseline analyzes a different number than started (for example only those who received a dose), ' +
    'the baseline population description says who was analyzed. ClinicalTrials.gov reviewers send results back when the two modules describe ' +
    'different studies. ' +
    "Fix: correct the baseline numbers analyzed or the flow's STARTED numbers, or explain in the baseline population description who was analyzed " +
    '(e.g. "All randomized participants who received at least one dose").',
  check(context) {
    const flow = readParticipantFlow(context.results);
    const baseline = readBaseline(context.results);
    if (!flow || !baseline) return [];
    const denom = participantDenom(baseline.denoms);
    if (!denom) return [];
    const totalIds = new Set([...baseline.groups.values()].filter((group) => isTotalTitle(group.title)).map((group) => group.id));
    const findings = checkGroups(flow, baseline, denom.counts, totalIds);
    if (findings.length > 0 || hasText(baseline.populationDescription)) return findings;
    return checkTotal(flow, denom, totalIds);
  },
};

/** PRS adds a "Total" column to a baseline of two or more groups; authors sometimes keep a longer title ("Total Title"). */
function isTotalTitle(title: string | undefined): boolean {
  return /^\s*total\b/i.test(title ?? '');
}

/** The largest STARTED of each flow group over all periods, by the group's title. */
function startedByTitle(flow: ParticipantFlow): Map<string, { groupId: string; started: number }> {
  const byTitle = new Map<string, { groupId: string; started: number }>();
  for (const group of flow.groups.values()) {
    const key = groupTitleKey(group.title);
    if (key === undefined) continue;
    const counts = flow.periods.map((period) => period.started?.byGroup.get(group.id)?.subjects).filter((value) => value !== undefined);
    if (counts.length > 0 && !byTitle.has(key)) byTitle.set(key, { groupId: group.id, started: Math.max(...counts) });
  }
  return byTitle;
}

function checkGroups(
  flow: ParticipantFlow,
  baseline: BaselineCharacteristics,
  counts: readonly DenomCount[],
  totalIds: ReadonlySet<string>,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const started = startedByTitle(flow);
  for (const count of counts) {
    if (totalIds.has(count.groupId) || count.value === undefined) continue;
    const key = groupTitleKey(baseline.groups.get(count.groupId)?.title);
    const match = key === undefined ? undefined : started.get(key);
    if (!match || count.value <= match.started) continue;
    findings.push({
      pointer: count.pointer,
      target: 'value',
      section: 'results',
      message:
        `Baseline ${groupLabel(baseline.groups, count.groupId)} analyzes ${count.value} participants, but only ${match.started} started in the ` +
        `participant flow's ${groupLabel(flow.groups, match.groupId)}. The baseline describes participants who started: at most ${match.started} here.`,
    });
  }
  return findings;
}

/** Marks the Total column's number, the only group's number, or else the row of numbers analyzed. */
function checkTotal(flow: ParticipantFlow, denom: Denom, totalIds: ReadonlySet<string>): RuleFinding[] {
  const first = firstPeriodStarted(flow);
  if (!first) return [];
  const total = denom.counts.find((count) => totalIds.has(count.groupId));
  const parts = denom.counts.filter((count) => !totalIds.has(count.groupId));
  if (parts.length === 0 || parts.some((count) => count.value === undefined)) return [];
  const analyzed = total?.value ?? parts.reduce((sum, count) => sum + (count.value ?? 0), 0);
  if (analyzed === first.total) return [];
  return [
    {
      ...(total || parts.length === 1
        ? { pointer: (total ?? parts[0]).pointer, target: 'value' as const }
        : { pointer: `${denom.pointer}/counts`, target: 'key' as const }),
      section: 'results',
      message:
        `The baseline appears not to match the participant flow: it analyzes ${analyzed} participants, but ` +
        `${describeFlowTotal(first.started, flow.groups)} started ${periodName(first.period)}, and the baseline population description is empty. ` +
        `Say in the baseline population description who was analyzed (e.g. "All participants who received at least one dose"), ` +
        `or correct the numbers so the baseline analyzes the ${first.total} who started.`,
    },
  ];
}
