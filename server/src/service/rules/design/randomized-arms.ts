import { ARM_GROUPS } from '../arms/armsHelpers';
import { DESIGN_INFO } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const randomizedArms: RuleDefinition = {
  id: 'design/randomized-arms',
  title: 'Randomized with fewer than two arms',
  defaultSeverity: 'warning',
  basis: 'R24',
  confidence: 'unverified',
  provenance: 'R24 (unverified; follows from the definition), hence a warning.',
  reference: protocolDefinition('Allocation and Arm Information'),
  explanation: 'Randomized allocation needs at least two arms to randomize between.',
  documentation:
    'Randomization assigns participants to one of several arms; with one arm there is nothing to randomize. ' +
    'Records that list no arms yet are not checked. Fix: add the other arm(s), or set `allocation` to `NA` for a single-group study.',
  check(context) {
    const pointer = `${DESIGN_INFO}/allocation`;
    const armCount = context.list(ARM_GROUPS).length;
    if (context.text(pointer) !== 'RANDOMIZED' || armCount !== 1) return [];
    return [
      {
        pointer,
        target: 'value',
        message:
          'Randomized allocation, but the study has one arm: there is nothing to randomize between. Add the other arms, or use `NA` for a single-group study.',
        fix: { kind: 'replace-value', valuePointer: pointer, replacement: 'NA' },
      },
    ];
  },
};
