import { code, normalizeLabel } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { readInterventions } from './armsHelpers';

export const duplicateIntervention: RuleDefinition = {
  id: 'arms/duplicate-intervention',
  title: 'Two interventions with the same type and name',
  defaultSeverity: 'information',
  basis: 'R22',
  confidence: 'unverified',
  provenance:
    'R22 (unverified). PRS does accept such records: one real registered record in the test set (NCT02299791) ' +
    'has two `Other: ALL` interventions, hence information only.',
  reference: protocolDefinition('Intervention Type and Intervention Name'),
  explanation: "Interventions with the same `Type: Name` cannot be told apart in the arms' `interventionNames`.",
  documentation:
    'Arms refer to interventions as `Type: Name` (e.g. `Drug: Aspirin`), so two interventions with the same type and name make those references ambiguous. ' +
    'ClinicalTrials.gov accepts such records, so this is only information. ' +
    'Fix: give each intervention a distinguishing name (e.g. add the dose or the arm), or merge them.',
  check(context) {
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const intervention of readInterventions(context)) {
      if (!intervention.reference) continue;
      const key = normalizeLabel(intervention.reference);
      if (seen.has(key))
        findings.push({
          pointer: `${intervention.pointer}/name`,
          target: 'value',
          message: `Another intervention is also ${code(intervention.reference)}; arms cannot tell the two apart.`,
        });
      seen.add(key);
    }
    return findings;
  },
};
