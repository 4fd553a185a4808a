import { DESIGN, DESIGN_INFO } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

const INTERVENTIONAL_EXPECTED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/interventionModel`, name: 'intervention model' },
  { pointer: `${DESIGN_INFO}/maskingInfo/masking`, name: 'masking' },
  { pointer: `${DESIGN}/enrollmentInfo`, name: 'enrollment' },
];

export const interventionalExpected: RuleDefinition = {
  id: 'design/interventional-expected',
  title: 'Interventional design field missing',
  defaultSeverity: 'warning',
  basis: 'R6',
  confidence: 'unverified',
  explanation: 'An interventional study should state its intervention model, masking and enrollment.',
  documentation:
    'The PRS data element definitions mark the interventional study model, masking and enrollment as required (`*`), but that marking was not seen in a primary source, ' +
    'and the upload schema treats them as optional. Basis: R6, unverified, hence a warning. Fix: add `interventionModel`, `maskingInfo.masking` (use `NONE` for open label) and `enrollmentInfo`.',
  check: (context) => missingFor(context, 'INTERVENTIONAL', INTERVENTIONAL_EXPECTED, 'should state'),
};
