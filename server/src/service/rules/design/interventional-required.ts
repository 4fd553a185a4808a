import { DESIGN_INFO } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

/** R6/R7: required (PRS upload schema) and expected (PRS `*`, unverified) design fields per study type. */
const INTERVENTIONAL_REQUIRED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/primaryPurpose`, name: 'primary purpose' },
  { pointer: `${DESIGN_INFO}/allocation`, name: 'allocation' },
];

export const interventionalRequired: RuleDefinition = {
  id: 'design/interventional-required',
  title: 'Interventional design incomplete',
  defaultSeverity: 'error',
  basis: 'R6',
  confidence: 'verified',
  provenance: 'R6, verified in the PRS upload schema (S4: both are required in an interventional design).',
  reference: protocolDefinition('Primary Purpose and Allocation'),
  explanation: 'An interventional study needs a primary purpose and an allocation.',
  documentation:
    'Every interventional study states its primary purpose (e.g. `TREATMENT`, `PREVENTION`) ' +
    'and its allocation (`RANDOMIZED`, `NON_RANDOMIZED`, or `NA` for a single-group study); ClinicalTrials.gov requires both. ' +
    'Phases are checked by `design/phases`. Fix: add the missing field under `designModule.designInfo`.',
  check: (context) => missingFor(context, 'INTERVENTIONAL', INTERVENTIONAL_REQUIRED, 'needs'),
};
