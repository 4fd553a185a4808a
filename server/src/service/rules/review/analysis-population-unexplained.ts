import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { listPhrase } from '../ruleHelpers';
import { formatNumber, groupName, notPosted, sameTitled, startedGroups, type StartedGroup } from './analysisHelpers';
import { hasText, measureName, OUTCOME_MEASURE_REFERENCE, participantDenom, readOutcomeMeasures, type DenomCount } from './resultsHelpers';

/** One group analyzed short of the number that started it. */
interface Shortfall {
  readonly count: DenomCount;
  readonly analyzed: number;
  readonly flowGroup: StartedGroup;
  readonly title: string | undefined;
}

export const analysisPopulationUnexplained: RuleDefinition = {
  id: 'review/analysis-population-unexplained',
  title: 'Fewer analyzed than started, not explained',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; the results-module consistency items of the Major Comments). ' +
    'prs-review-criteria.md "Results section": the analysis population description is required when the number analyzed differs ' +
    'from the number assigned (RDEF, ✅); reviewers return it as a Major comment. Cross-check, so a warning: an outcome measure group ' +
    'whose participants analyzed are fewer than its participant-flow group started (first period STARTED), with an empty ' +
    'populationDescription. Groups are matched by title (ids are per module), or one to one when each side has a single group; ' +
    'unmatched groups, rows of other units (eyes), measures not yet posted and zero analyzed (analysis-population-zero) are left ' +
    'alone. One finding per measure, at its first short count.',
  reference: OUTCOME_MEASURE_REFERENCE,
  explanation: 'An outcome measure that analyzed fewer participants than started says who was analyzed and why the others were not.',
  documentation:
    'When an outcome measure analyzed fewer participants than started the study in a group, readers need to know who was left out and ' +
    'why (withdrew before the assessment, no post-baseline value, per-protocol population…). ClinicalTrials.gov requires the analysis ' +
    'population description whenever the number analyzed differs from the number assigned, and reviewers return results without it. ' +
    'Fix: describe the analysis population in `populationDescription`, e.g. `Participants with a baseline and a Week 12 value; 4 ' +
    'withdrew before Week 12.`',
  check(context) {
    if (!context.results) return [];
    const started = startedGroups(context.results);
    if (started.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const measure of readOutcomeMeasures(context.results)) {
      if (notPosted(context.results, measure) || hasText(measure.populationDescription)) continue;
      const denom = participantDenom(measure.denoms);
      if (!denom) continue;
      const shortfalls: Shortfall[] = [];
      const single = measure.groups.size === 1 && started.length === 1;
      for (const count of denom.counts) {
        const title = measure.groups.get(count.groupId)?.title;
        const flowGroup = sameTitled(title, started) ?? (single ? started[0] : undefined);
        const analyzed = count.value;
        if (!flowGroup || analyzed === undefined || analyzed === 0 || analyzed >= flowGroup.started) continue;
        shortfalls.push({ count, analyzed, flowGroup, title });
      }
      const first = shortfalls[0];
      if (!first) continue;
      const phrases = shortfalls.map(
        (shortfall) =>
          `${groupName(shortfall.count.groupId, shortfall.title)} analyzed ${formatNumber(shortfall.analyzed)} of the ` +
          `${formatNumber(shortfall.flowGroup.started)} who started (\`${shortfall.flowGroup.id}\` in the participant flow)`,
      );
      findings.push({
        pointer: first.count.pointer,
        target: 'value',
        section: 'results',
        message:
          `${measureName(measure)}: ${listPhrase(phrases)}, and the analysis population description is empty. ` +
          `Say who was analyzed and why the others were not (e.g. \`Participants with a final assessment; ${formatNumber(first.flowGroup.started - first.analyzed)} withdrew before it.\`).`,
      });
    }
    return findings;
  },
};
