import { code } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { links } from './armsHelpers';

export const armWithoutIntervention: RuleDefinition = {
  id: 'arms/arm-without-intervention',
  title: 'Arm receives no intervention',
  defaultSeverity: 'warning',
  basis: 'R23',
  confidence: 'unverified',
  provenance: 'R23 (unverified: no PRS text seen), hence a warning.',
  reference: protocolDefinition('Arm Type and Interventions'),
  explanation: 'In an interventional study each arm (other than `NO_INTERVENTION`) receives at least one intervention.',
  documentation:
    'In an interventional study each arm says which interventions its participants receive; ' +
    'an arm with no intervention linked to it leaves readers guessing. ' +
    'Arms of type `NO_INTERVENTION` are exempt, as are the groups of observational studies. ' +
    "Fix: link the arm to its interventions (`interventionNames`, or the interventions' `armGroupLabels`), or set its type to `NO_INTERVENTION`.",
  check(context) {
    if (context.studyType !== 'INTERVENTIONAL') return [];
    const { arms, interventions, armUsed } = links(context);
    if (interventions.length === 0) return [];
    return arms.flatMap((arm, index) => {
      if (armUsed[index] || arm.type === 'NO_INTERVENTION') return [];
      return [
        {
          pointer: arm.label !== undefined ? `${arm.pointer}/label` : arm.pointer,
          target: 'value' as const,
          message: `${arm.label ? `The arm ${code(arm.label)}` : 'This arm'} receives no intervention; link its interventions, or make it \`NO_INTERVENTION\`.`,
        },
      ];
    });
  },
};
