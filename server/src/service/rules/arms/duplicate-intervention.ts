import { code, normalizeLabel } from '../ruleHelpers';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { readInterventions } from './armsHelpers';

export const duplicateIntervention: RuleDefinition = {
  id: 'arms/duplicate-intervention',
  title: 'Two interventions with the same type and name',
  defaultSeverity: 'information',
  basis: 'R22',
  confidence: 'unverified',
  explanation: 'Interventions with the same `Type: Name` cannot be told apart in the arms\' `interventionNames`.',
  documentation:
    'Arms refer to interventions as `Type: Name`; two interventions with the same type and name make those references ambiguous. ' +
    'PRS does accept such records (one real registered record in the test set has two `Other: ALL` interventions), so this is information only. ' +
    'Basis: R22 (unverified). Fix: give each intervention a distinguishing name, or merge them.',
  check(context) {
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const intervention of readInterventions(context)) {
      if (!intervention.reference) continue;
      const key = normalizeLabel(intervention.reference);
      if (seen.has(key)) findings.push({ pointer: `${intervention.pointer}/name`, target: 'value', message: `Another intervention is also ${code(intervention.reference)}; arms cannot tell the two apart.` });
      seen.add(key);
    }
    return findings;
  },
};
