import { DESIGN_INFO } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

const OBSERVATIONAL_REQUIRED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/observationalModel`, name: 'observational model' },
  { pointer: `${DESIGN_INFO}/timePerspective`, name: 'time perspective' },
];

export const observationalRequired: RuleDefinition = {
  id: 'design/observational-required',
  title: 'Observational design incomplete',
  defaultSeverity: 'error',
  basis: 'R7',
  confidence: 'verified',
  explanation: 'An observational study needs an observational model and a time perspective.',
  documentation:
    'The PRS upload schema requires the observational model and the time perspective in every observational design. ' +
    'It also requires biospecimen retention, but registered observational records routinely lack `bioSpec` in the API (all three real observational records in the test set do), ' +
    'so PRS evidently does not enforce it and this rule does not ask for it. Basis: R7, verified (S4). Fix: add the missing field under `designModule.designInfo`.',
  check: (context) => missingFor(context, 'OBSERVATIONAL', OBSERVATIONAL_REQUIRED, 'needs'),
};
