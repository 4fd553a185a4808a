import type { RuleDefinition } from '../ruleTypes';
import {
  actualEnrollment,
  describeFlowTotal,
  FLOW,
  FLOW_REFERENCE,
  firstPeriodStarted,
  hasText,
  periodName,
  readParticipantFlow,
} from './resultsHelpers';

/**
 * Fewer participants start the first period than the study enrolled, and the pre-assignment details do not say where
 * the others went. The opposite (more started than enrolled) is `review/flow-arms-double-counted`.
 */
export const flowEnrollmentMismatch: RuleDefinition = {
  id: 'review/flow-enrollment-mismatch',
  title: 'Fewer started than enrolled, unexplained',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'secondary',
  provenance:
    'ctgov-model.md §6 (PRS review; the Major Comments include participant-flow and cross-record consistency). ' +
    "prs-review-criteria.md `review/flow-enrollment-mismatch` (◑ [CU-ENR]: actual enrollment must equal the first period's STARTED or be " +
    'explained in the pre-assignment details). A cross-check of two modules that can legitimately differ when explained, hence a warning. ' +
    'Silent when the enrollment is an estimate, when the pre-assignment details say anything, or when a STARTED count is unreadable. ' +
    "Calibration: 31 enrolled vs 16 started with empty pre-assignment details is the reference's own example of a deficient record.",
  reference: FLOW_REFERENCE,
  explanation:
    'The participants starting the first period of the participant flow add up to the actual enrollment, or the pre-assignment details explain the difference.',
  documentation:
    "The participant flow starts with the participants the study enrolled: the first period's STARTED numbers add up to the actual enrollment. " +
    'When some enrolled participants never started (for example they withdrew or failed screening after consent, or left during a run-in before ' +
    'assignment), ClinicalTrials.gov reviewers expect the pre-assignment details to say so. ' +
    'Fix: explain the difference in the pre-assignment details (e.g. "31 participants enrolled; 15 withdrew before randomization"), or correct the ' +
    'enrollment or the STARTED numbers.',
  check(context) {
    const flow = readParticipantFlow(context.results);
    const enrollment = actualEnrollment(context);
    const first = flow ? firstPeriodStarted(flow) : undefined;
    if (!flow || !first || enrollment === undefined || first.total >= enrollment || hasText(flow.preAssignmentDetails)) return [];
    return [
      {
        pointer: `${first.started.pointer}/type`,
        target: 'value',
        section: 'results',
        message:
          `Fewer participants appear to start the participant flow than were enrolled: ${describeFlowTotal(first.started, flow.groups)} started ` +
          `${periodName(first.period)}, but the actual enrollment is ${enrollment}, and the pre-assignment details are empty. ` +
          `Say in the pre-assignment details what happened to the other ${enrollment - first.total} (e.g. "${enrollment} enrolled; ` +
          `${enrollment - first.total} withdrew before assignment"), or correct the enrollment or the STARTED numbers.`,
        fix:
          flow.preAssignmentDetails === undefined
            ? { kind: 'insert-property', parentPointer: FLOW, properties: ['preAssignmentDetails'] }
            : undefined,
      },
    ];
  },
};
