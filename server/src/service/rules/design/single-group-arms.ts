import { ARM_GROUPS } from '../arms/armsHelpers';
import { DESIGN_INFO } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const singleGroupArms: RuleDefinition = {
  id: 'design/single-group-arms',
  title: 'Single-group design with several arms',
  defaultSeverity: 'information',
  basis: 'R24',
  confidence: 'unverified',
  provenance:
    'R24 (unverified). ' +
    'Registered records do use `SINGLE_GROUP` for dose or age cohorts listed as separate arms (two of the six single-group records in the real test set), hence information, not a warning.',
  reference: protocolDefinition('Interventional Study Model'),
  explanation: 'A `SINGLE_GROUP` intervention model usually has exactly one arm.',
  documentation:
    'A single-group study gives every participant the same intervention, so it usually has one arm. ' +
    'Some studies do list dose or age cohorts as separate arms under `SINGLE_GROUP`, so this is only information. ' +
    'Fix: if the groups run in parallel, the model is `PARALLEL` (or `SEQUENTIAL` for cohorts enrolled one after another).',
  check(context) {
    const pointer = `${DESIGN_INFO}/interventionModel`;
    const armCount = context.list(ARM_GROUPS).length;
    if (context.text(pointer) !== 'SINGLE_GROUP' || armCount <= 1) return [];
    return [
      {
        pointer,
        target: 'value',
        message: `Single-group design, but the study has ${armCount} arms. If the groups run side by side the model is \`PARALLEL\`; cohorts enrolled one after another are \`SEQUENTIAL\`.`,
      },
    ];
  },
};
