import { ELIGIBILITY, missingField } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const sexRequired: RuleDefinition = {
  id: 'eligibility/sex-required',
  title: 'Sex missing',
  defaultSeverity: 'error',
  basis: '§4 (PRS XSD)',
  confidence: 'verified',
  provenance: 'ctgov-model.md §4: the PRS upload schema element `gender` is mandatory, verified (S4); "All" replaced "Both" (S4/S5).',
  reference: protocolDefinition('Sex/Gender'),
  explanation: 'The eligibility module states which sexes may take part (`sex`: `ALL`, `FEMALE` or `MALE`).',
  documentation:
    'ClinicalTrials.gov requires the sex of the participants who may take part: `ALL`, `FEMALE` or `MALE` (`ALL` replaced the older "Both"). ' +
    'The rule runs when the eligibility module is present. Fix: add `eligibilityModule.sex`.',
  check(context) {
    if (context.value(ELIGIBILITY) === undefined || context.has(`${ELIGIBILITY}/sex`)) return [];
    return [missingField(context, `${ELIGIBILITY}/sex`, 'State who may take part: add `sex` (`ALL`, `FEMALE` or `MALE`).', 'ALL')];
  },
};
