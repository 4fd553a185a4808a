import { code } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';
import { links } from './armsHelpers';

export const armWithoutIntervention: RuleDefinition = {
  id: 'arms/arm-without-intervention',
  title: 'Arm receives no intervention',
  defaultSeverity: 'warning',
  basis: 'R23',
  confidence: 'unverified',
  explanation: 'In an interventional study each arm (other than `NO_INTERVENTION`) receives at least one intervention.',
  documentation:
    'An interventional arm that no intervention is linked to does not say what its participants receive. Arms of type `NO_INTERVENTION` are exempt, as are observational groups. ' +
    'Basis: R23 (unverified), hence a warning. Fix: link the arm to its interventions (`interventionNames`, or the interventions\' `armGroupLabels`), or set its type to `NO_INTERVENTION`.',
  check(context) {
    if (context.studyType !== 'INTERVENTIONAL') return [];
    const { arms, interventions, armUsed } = links(context);
    if (interventions.length === 0) return [];
    return arms.flatMap((arm, index) => {
      if (armUsed[index] || arm.type === 'NO_INTERVENTION') return [];
      return [{
        pointer: arm.label !== undefined ? `${arm.pointer}/label` : arm.pointer,
        target: 'value' as const,
        message: `${arm.label ? `The arm ${code(arm.label)}` : 'This arm'} receives no intervention; link its interventions, or make it \`NO_INTERVENTION\`.`,
      }];
    });
  },
};
