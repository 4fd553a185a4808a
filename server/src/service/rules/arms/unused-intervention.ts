import { code } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { links } from './armsHelpers';

export const unusedIntervention: RuleDefinition = {
  id: 'arms/unused-intervention',
  title: 'Intervention given to no arm',
  defaultSeverity: 'warning',
  basis: 'R23',
  confidence: 'unverified',
  provenance: 'R23 (unverified), hence a warning.',
  reference: protocolDefinition('Arms and Interventions'),
  explanation: 'When a study has arms, every intervention is given to at least one of them.',
  documentation:
    "An intervention that no arm receives (neither its `armGroupLabels` nor any arm's `interventionNames` link it) " +
    'is either missing its arms or left over. Studies without arms (many observational studies) are not checked. ' +
    'Fix: add the arms to `armGroupLabels`, or remove the intervention.',
  check(context) {
    const { arms, interventions, interventionUsed } = links(context);
    if (arms.length === 0) return [];
    return interventions.flatMap((intervention, index) => {
      if (interventionUsed[index]) return [];
      const pointer = intervention.name !== undefined ? `${intervention.pointer}/name` : intervention.pointer;
      return [
        {
          pointer,
          target: 'value' as const,
          message: `No arm receives ${intervention.reference ? code(intervention.reference) : 'this intervention'}; list its arms in \`armGroupLabels\`.`,
          fix: {
            kind: 'insert-property',
            parentPointer: intervention.pointer,
            properties: ['armGroupLabels'],
            value: arms.length === 1 && arms[0].label ? [arms[0].label] : undefined,
          },
        },
      ];
    });
  },
};
