import { IPD } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const descriptionExpected: RuleDefinition = {
  id: 'ipd/description-expected',
  title: 'IPD sharing plan not described',
  defaultSeverity: 'information',
  basis: 'R12',
  confidence: 'verified',
  provenance: 'R12 ("expected when YES"; usage verified, S4; whether PRS requires it is unknown), information only.',
  reference: protocolDefinition('Plan to Share IPD'),
  explanation: 'When IPD will be shared, the plan says which data (`description`).',
  documentation:
    'A `YES` to sharing individual participant data (IPD) ' +
    'without a description leaves readers guessing which data will be shared, e.g. `All de-identified data that underlie the published results`. ' +
    'Fix: add `ipdSharingStatementModule.description`.',
  check(context) {
    if (context.text(`${IPD}/ipdSharing`) !== 'YES' || context.has(`${IPD}/description`)) return [];
    return [
      {
        pointer: `${IPD}/ipdSharing`,
        target: 'value',
        message: 'Individual participant data will be shared: describe which data in `description`.',
        fix: { kind: 'insert-property', parentPointer: IPD, properties: ['description'] },
      },
    ];
  },
};
