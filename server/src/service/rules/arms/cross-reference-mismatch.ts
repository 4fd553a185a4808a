import { code } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { groupBy, readArms, readInterventions } from './armsHelpers';

export const crossReferenceMismatch: RuleDefinition = {
  id: 'arms/cross-reference-mismatch',
  title: 'Arm and intervention links disagree',
  defaultSeverity: 'warning',
  basis: 'R22',
  confidence: 'verified',
  provenance:
    'R22 (structure verified, S1/S4): both lists are derived from one PRS matrix, so in registered records they always agree. ' +
    'Interventions sharing one `Type: Name` count as one (NCT02299791 in the real test set).',
  reference: protocolDefinition('Arms and Interventions'),
  explanation: 'When both `interventionNames` and `armGroupLabels` are written, each link appears on both sides.',
  documentation:
    "A record can write the arm–intervention links twice: in each arm's `interventionNames` and in each intervention's `armGroupLabels`. " +
    'ClinicalTrials.gov keeps both from a single table of which arm receives which intervention, so on the registry they always agree; ' +
    'a link written on one side only is usually a forgotten edit. A record that writes only one side is not checked. ' +
    'Fix: add the missing entry on the other side (the quick fix does), or remove the extra one.',
  check(context) {
    const arms = readArms(context);
    const interventions = readInterventions(context);
    if (!arms.some((arm) => arm.listsInterventions) || !interventions.some((intervention) => intervention.listsArms)) return [];
    const findings: RuleFinding[] = [];
    const armsByLabel = new Map(arms.filter((arm) => arm.label !== undefined).map((arm) => [arm.label!, arm]));
    // Two interventions may share `Type: Name` (registered records do): a link to either counts.
    const interventionsByReference = groupBy(interventions.filter((i) => i.reference !== undefined).map((i) => [i.reference!, i] as const));
    for (const intervention of interventions) {
      for (const [pointer, label] of intervention.armGroupLabels) {
        const arm = armsByLabel.get(label);
        if (!arm || !intervention.reference || arm.interventionNames.some(([, name]) => name === intervention.reference)) continue;
        findings.push({
          pointer,
          target: 'value',
          message: `${code(intervention.reference)} lists the arm ${code(label)}, but that arm's \`interventionNames\` does not list it.`,
          fix: { kind: 'add-array-item', listPointer: `${arm.pointer}/interventionNames`, value: intervention.reference },
        });
      }
    }
    for (const arm of arms) {
      for (const [pointer, reference] of arm.interventionNames) {
        const candidates = interventionsByReference.get(reference);
        if (!candidates || !arm.label || candidates.some((candidate) => candidate.armGroupLabels.some(([, label]) => label === arm.label)))
          continue;
        findings.push({
          pointer,
          target: 'value',
          message: `The arm ${code(arm.label)} lists ${code(reference)}, but that intervention's \`armGroupLabels\` does not list the arm.`,
          fix: { kind: 'add-array-item', listPointer: `${candidates[0].pointer}/armGroupLabels`, value: arm.label },
        });
      }
    }
    return findings;
  },
};
