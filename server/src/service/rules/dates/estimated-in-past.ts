import { monthsBefore, parseToday } from '../partialDate';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { studyDates } from '../studyDates';

/** An estimated date this far in the past needs updating (a heuristic; PRS asks for updates within 30 days of a change). */
export const ESTIMATED_DATE_GRACE_MONTHS = 3;

export const estimatedInPast: RuleDefinition = {
  id: 'dates/estimated-in-past',
  title: 'Estimated date long past',
  defaultSeverity: 'warning',
  basis: 'R19',
  confidence: 'unverified',
  provenance:
    'R19 (unverified heuristic; PRS asks for updates within 30 days of a change, and NCI CTRP has the same rule, S13). ' +
    'The grace period is ours. Silent on a withdrawn study: it stopped before enrolling anyone, so the events its estimated dates ' +
    'announce will not happen and there is no actual date to record (some withdrawn records, NCT00973089 and NCT02591810, give the withdrawal as actual dates; the registry does not ask for it).',
  reference: protocolDefinition('Study Start Date, Primary Completion Date and Study Completion Date'),
  explanation: `An \`ESTIMATED\` date more than ${ESTIMATED_DATE_GRACE_MONTHS} months in the past should be updated to the actual date or a new estimate.`,
  documentation:
    'An estimated date that has passed needs updating: either the event happened (record the actual date, type `ACTUAL`) ' +
    'or it is late (give a new estimate); ClinicalTrials.gov expects records to be updated soon after such a change. ' +
    `The rule allows ${ESTIMATED_DATE_GRACE_MONTHS} months of grace after the whole of a partial date has passed. ` +
    'A withdrawn study is not checked: it stopped before enrolling its first participant, so what its estimated dates announce will not happen. ' +
    'Fix: update the date and its type.',
  check(context) {
    // A withdrawn study never started: what its estimates announce will not happen, so there is nothing to update.
    if (context.overallStatus === 'WITHDRAWN') return [];
    const cutoff = monthsBefore(parseToday(context.today), ESTIMATED_DATE_GRACE_MONTHS);
    const findings: RuleFinding[] = [];
    for (const date of studyDates(context)) {
      if (date.type !== 'ESTIMATED' || !date.date || date.date.lastDay >= cutoff) continue;
      findings.push({
        pointer: `${date.struct}/date`,
        target: 'value',
        message: `The estimated ${date.name} ${date.date.text} has passed; record the actual date (type \`ACTUAL\`) or a new estimate.`,
        fix: { kind: 'replace-value', valuePointer: `${date.struct}/type`, replacement: 'ACTUAL' },
      });
    }
    return findings;
  },
};
