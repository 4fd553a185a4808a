import { IPD } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';

export const descriptionExpected: RuleDefinition = {
  id: 'ipd/description-expected',
  title: 'IPD sharing plan not described',
  defaultSeverity: 'information',
  basis: 'R12',
  confidence: 'verified',
  explanation: 'When IPD will be shared, the plan says which data (`description`).',
  documentation:
    'A `YES` to IPD sharing without a description leaves readers guessing which participant data will be shared. Basis: R12 ("expected when YES"; usage verified, S4; whether PRS requires it is unknown), information only. ' +
    'Fix: add `ipdSharingStatementModule.description`.',
  check(context) {
    if (context.text(`${IPD}/ipdSharing`) !== 'YES' || context.has(`${IPD}/description`)) return [];
    return [{ pointer: `${IPD}/ipdSharing`, target: 'value', message: 'Individual participant data will be shared: describe which data in `description`.', fix: { kind: 'insert-property', parentPointer: IPD, properties: ['description'] } }];
  },
};
