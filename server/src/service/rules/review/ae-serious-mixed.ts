import { normalizeLabel } from '../ruleHelpers';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { ADVERSE_EVENTS_REFERENCE, readAdverseEvents, termName, type EventTerm } from './adverseEventHelpers';
import { formatNumber } from './analysisHelpers';

/** `Serious infection`, but not `Non-serious infection` or `Not serious`. */
const SERIOUS_WORD = /(?<!\bnon-?\s?|\bnot\s)\bserious\b/i;

/** Fewer affected than this in total is too sparse to call two rows copies (0/1 counts repeat by chance). */
const MINIMUM_AFFECTED = 3;

/** Per group id, `affected/events` of a row, or undefined when a count is missing. */
function countsByGroup(term: EventTerm): Map<string, string> | undefined {
  const counts = new Map<string, string>();
  for (const stat of term.stats) {
    if (stat.numAffected === undefined) return undefined;
    counts.set(stat.groupId, `${stat.numAffected}/${stat.numEvents ?? ''}`);
  }
  return counts;
}

function sameCounts(serious: EventTerm, other: EventTerm): boolean {
  const left = countsByGroup(serious);
  const right = countsByGroup(other);
  if (!left || !right || left.size === 0 || left.size !== right.size) return false;
  for (const [groupId, counts] of left) if (right.get(groupId) !== counts) return false;
  return true;
}

function affectedTotal(term: EventTerm): number {
  return term.stats.reduce((sum, stat) => sum + (stat.numAffected ?? 0), 0);
}

export const aeSeriousMixed: RuleDefinition = {
  id: 'review/ae-serious-mixed',
  title: 'Serious adverse events among the other adverse events',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; the Major Comments include adverse-event consistency). ' +
    'prs-review-criteria.md "Results section": "Information in the record suggests that Serious Adverse Events are not reported ' +
    'separately…" (MC, ✅). Heuristic, so a warning: an other-AE term containing "serious" (not "non-serious"/"not serious"); a term ' +
    'in both tables (same term, case and spacing aside) with identical affected (and event) counts in every group and at least 3 ' +
    'affected in total. Traps kept silent: same term with different counts; sparse counts (fewer than 3 affected).',
  reference: ADVERSE_EVENTS_REFERENCE,
  explanation: 'Serious adverse events are reported only in the serious table, not again (or instead) among the other adverse events.',
  documentation:
    'ClinicalTrials.gov reports serious adverse events and other (not serious) adverse events in two separate tables. An other ' +
    'adverse event named "serious", or a term whose counts in the other table are exactly those of the same term in the serious ' +
    'table, suggests the serious events were copied into the other table, so readers count them twice. ' +
    'Fix: report each serious adverse event only in the serious table; in the other table count only the events of that term that ' +
    'were not serious (or remove the row when there were none above the threshold).',
  check(context) {
    const events = readAdverseEvents(context.results);
    if (!events) return [];
    const findings: RuleFinding[] = [];
    const seriousByTerm = new Map<string, EventTerm>();
    for (const term of events.serious) if (term.term) seriousByTerm.set(normalizeLabel(term.term), term);
    events.other.forEach((term, index) => {
      if (term.term === undefined) return;
      const name = termName(term, index + 1);
      if (SERIOUS_WORD.test(term.term)) {
        findings.push({
          pointer: `${term.pointer}/term`,
          target: 'value',
          section: 'results',
          message:
            `The other (not serious) adverse event ${name} appears to be a serious adverse event. ` +
            'Report serious adverse events in the serious adverse event table only; the other table is for events that were not serious.',
        });
        return;
      }
      const twin = seriousByTerm.get(normalizeLabel(term.term));
      if (!twin || !sameCounts(twin, term) || affectedTotal(term) < MINIMUM_AFFECTED) return;
      const counts = term.stats.map((stat) => `\`${stat.groupId}\`: ${formatNumber(stat.numAffected ?? 0)}`).join(', ');
      findings.push({
        pointer: `${term.pointer}/term`,
        target: 'value',
        section: 'results',
        message:
          `The other adverse event ${name} appears to repeat the serious one: both tables give the same numbers affected in every group (${counts}). ` +
          'If these are the same events, report them only as serious; the other table counts only the events of this term that were not serious.',
      });
    });
    return findings;
  },
};
