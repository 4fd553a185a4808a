import type { RuleDefinition } from '../ruleTypes';
import { actualEnrollment, describeFlowTotal, FLOW_REFERENCE, firstPeriodStarted, periodName, readParticipantFlow } from './resultsHelpers';

/**
 * More participants start the first period than the study enrolled: some appear to be counted in more than one group,
 * the classic crossover mistake of one group per treatment instead of one per sequence.
 */
export const flowArmsDoubleCounted: RuleDefinition = {
  id: 'review/flow-arms-double-counted',
  title: 'More started than enrolled',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'secondary',
  provenance:
    'ctgov-model.md §6 (PRS review; the Major Comments include participant-flow consistency). ' +
    'prs-review-criteria.md `review/flow-arms-double-counted` (◑ [CU-DUP] [CU-ARCH]: participants counted in more than one arm; ' +
    "22% of phase 3 crossover records lacked a usable flow [ZENG]). Fires when the first period's STARTED total exceeds the actual " +
    'enrollment; a cross-check (the enrollment may be the one that is wrong), hence a warning. Silent when the enrollment is an estimate, ' +
    'and only the first period is compared (later periods may re-form groups).',
  reference: FLOW_REFERENCE,
  explanation:
    'The participants starting the first period of the participant flow are no more than the actual enrollment: each participant is counted once.',
  documentation:
    'Each participant appears once in the first period of the participant flow, so its STARTED numbers add up to at most the actual enrollment. ' +
    'More started than enrolled usually means participants are counted in more than one group, as when a crossover study reports one group per ' +
    'treatment. ClinicalTrials.gov reviewers send such results back. ' +
    'Fix: count each participant once: in a crossover study use one group per sequence (e.g. "Drug A, Then Placebo") or one period per treatment; ' +
    'if the enrollment is what is wrong, correct the actual enrollment.',
  check(context) {
    const flow = readParticipantFlow(context.results);
    const enrollment = actualEnrollment(context);
    const first = flow ? firstPeriodStarted(flow) : undefined;
    if (!flow || !first || enrollment === undefined || first.total <= enrollment) return [];
    return [
      {
        pointer: `${first.started.pointer}/type`,
        target: 'value',
        section: 'results',
        message:
          `Participants appear to be counted in more than one group: ${describeFlowTotal(first.started, flow.groups)} started ` +
          `${periodName(first.period)}, more than the ${enrollment} enrolled. Count each participant once in the first period ` +
          `(in a crossover study, one group per sequence), so STARTED adds up to at most ${enrollment}; or correct the actual enrollment.`,
      },
    ];
  },
};
