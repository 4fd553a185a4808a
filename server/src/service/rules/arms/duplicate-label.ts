import { code, normalizeLabel } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { readArms } from './armsHelpers';

export const duplicateArmLabel: RuleDefinition = {
  id: 'arms/duplicate-label',
  title: 'Two arms with the same label',
  defaultSeverity: 'warning',
  basis: 'R22',
  confidence: 'unverified',
  provenance: 'R22 (uniqueness unverified for PRS), hence a warning.',
  reference: protocolDefinition('Arm/Group Title'),
  explanation: 'Arm labels are unique, since interventions refer to arms by label.',
  documentation:
    'Interventions name the arms they belong to by label, so two arms with the same label (ignoring case and spacing) ' +
    'make those references ambiguous and the record hard to read. ' +
    'Good labels are short and distinct, e.g. `Aspirin 100 mg` and `Placebo`. Fix: give each arm its own label.',
  check(context) {
    const seen = new Map<string, string>();
    const findings: RuleFinding[] = [];
    for (const arm of readArms(context)) {
      if (arm.label === undefined) continue;
      const key = normalizeLabel(arm.label);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, arm.label);
        continue;
      }
      findings.push({
        pointer: `${arm.pointer}/label`,
        target: 'value',
        message: `Another arm is already labelled ${code(first)}; interventions cannot tell the two apart.`,
      });
    }
    return findings;
  },
};
