import { ELIGIBILITY, missingField } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';

export const sexRequired: RuleDefinition = {
  id: 'eligibility/sex-required',
  title: 'Sex missing',
  defaultSeverity: 'error',
  basis: '§4 (PRS XSD)',
  confidence: 'verified',
  explanation: 'The eligibility module states which sexes may take part (`sex`: `ALL`, `FEMALE` or `MALE`).',
  documentation:
    'PRS requires the sex eligible for the study (the upload schema element `gender` is mandatory; `ALL` replaced the older "Both"). ' +
    'The rule runs when the eligibility module is present. Basis: ctgov-model.md §4, verified in the PRS upload schema (S4). Fix: add `eligibilityModule.sex`.',
  check(context) {
    if (context.value(ELIGIBILITY) === undefined || context.has(`${ELIGIBILITY}/sex`)) return [];
    return [missingField(context, `${ELIGIBILITY}/sex`, 'State who may take part: add `sex` (`ALL`, `FEMALE` or `MALE`).', 'ALL')];
  },
};
