import { DESIGN_INFO } from '../ruleHelpers';
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
  explanation: 'An interventional study needs a primary purpose and an allocation.',
  documentation:
    'The PRS upload schema requires `primaryPurpose` and `allocation` in every interventional design (`NA` is the allocation of a single-group study). ' +
    'Phases are checked by `design/phases`. Basis: R6, verified in the PRS upload schema (S4). Fix: add the missing field under `designModule.designInfo`.',
  check: (context) => missingFor(context, 'INTERVENTIONAL', INTERVENTIONAL_REQUIRED, 'needs'),
};
