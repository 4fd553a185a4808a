import { DESIGN_INFO } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import { STRUCTURED_DESIGN_REQUIREMENT } from '../requirementDates';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

/** R6/R7: required (PRS upload schema) and expected (PRS `*`, unverified) design fields per study type. */
const INTERVENTIONAL_REQUIRED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/primaryPurpose`, name: 'primary purpose', requirement: STRUCTURED_DESIGN_REQUIREMENT },
  { pointer: `${DESIGN_INFO}/allocation`, name: 'allocation', requirement: STRUCTURED_DESIGN_REQUIREMENT },
];

export const interventionalRequired: RuleDefinition = {
  id: 'design/interventional-required',
  title: 'Interventional design incomplete',
  defaultSeverity: 'error',
  basis: 'R6',
  confidence: 'verified',
  provenance:
    'R6, verified in the PRS upload schema (S4: both are required in an interventional design). ' +
    `Not asked of a study first submitted before ${STRUCTURED_DESIGN_REQUIREMENT.since}: ${STRUCTURED_DESIGN_REQUIREMENT.source}.`,
  reference: protocolDefinition('Primary Purpose and Allocation'),
  explanation: 'An interventional study needs a primary purpose and an allocation.',
  documentation:
    'Every interventional study states its primary purpose (e.g. `TREATMENT`, `PREVENTION`) ' +
    'and its allocation (`RANDOMIZED`, `NON_RANDOMIZED`, or `NA` for a single-group study); ClinicalTrials.gov requires both. ' +
    'A study first submitted before January 18, 2017, when the registry began to record the design as structured fields, is not asked for them. ' +
    'Phases are checked by `design/phases`. Fix: add the missing field under `designModule.designInfo`.',
  check: (context) => missingFor(context, 'INTERVENTIONAL', INTERVENTIONAL_REQUIRED, 'needs'),
};
