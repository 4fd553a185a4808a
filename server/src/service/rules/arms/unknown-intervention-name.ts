import { code, normalizeLabel } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { closest, readArms, readInterventions } from './armsHelpers';

export const unknownInterventionName: RuleDefinition = {
  id: 'arms/unknown-intervention-name',
  title: 'Arm names an intervention that does not exist',
  defaultSeverity: 'error',
  basis: 'R22',
  confidence: 'verified',
  provenance: 'R22, verified structure (S1, S4).',
  reference: protocolDefinition('Intervention Type and Intervention Name'),
  explanation: 'Every `armGroups[].interventionNames` entry is `Type: Name` of an intervention in `interventions`.',
  documentation:
    "An arm lists its interventions in the registry's display form, the intervention type's label and its name: `Drug: Aspirin`, `Dietary Supplement: Vitamin D`. " +
    'An entry that matches no intervention is a typo, a renamed intervention, or a missing type prefix. ' +
    'Fix: write the entry as `Type: Name` of an existing intervention (the quick fix offers the closest one), or add the intervention.',
  check(context) {
    const interventions = readInterventions(context);
    const references = interventions
      .map((intervention) => intervention.reference)
      .filter((reference): reference is string => reference !== undefined);
    const known = new Set(references);
    const byName = new Map(interventions.filter((i) => i.name && i.reference).map((i) => [normalizeLabel(i.name!), i.reference!]));
    const findings: RuleFinding[] = [];
    for (const arm of readArms(context)) {
      for (const [pointer, entry] of arm.interventionNames) {
        if (known.has(entry)) continue;
        const withType = byName.get(normalizeLabel(entry));
        const suggestion = withType ?? closest(entry, references);
        let message: string;
        if (withType) message = `Arms refer to interventions as \`Type: Name\`: write ${code(withType)}.`;
        else if (suggestion) message = `No intervention is ${code(entry)}. Did you mean ${code(suggestion)}?`;
        else
          message = `No intervention is ${code(entry)}${references.length ? `; interventions: ${references.map(code).join(', ')}` : ' (the record has no interventions)'}.`;
        findings.push({
          pointer,
          target: 'value',
          message,
          fix: suggestion ? { kind: 'replace-value', valuePointer: pointer, replacement: suggestion } : undefined,
        });
      }
    }
    return findings;
  },
};
