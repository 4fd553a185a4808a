import { code, normalizeLabel } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { closest, readArms, readInterventions } from './armsHelpers';

/** Words that say something about which arm is meant (not `arm`, `group`, numbers or short words). */
function distinctiveWords(text: string): Set<string> {
  const generic = new Set(['arm', 'arms', 'group', 'groups', 'cohort', 'the', 'and', 'with']);
  return new Set(
    normalizeLabel(text)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 4 && !generic.has(word)),
  );
}

/**
 * The arm an unknown label most likely means: the same label in other case or spacing, a typo of
 * one, or else the only arm sharing a distinctive word with it (`Exercise arm` → `Aerobic exercise`).
 */
function closestArmLabel(text: string, labels: readonly string[]): string | undefined {
  const near = closest(text, labels);
  if (near) return near;
  const words = distinctiveWords(text);
  const sharing = labels.filter((label) => [...distinctiveWords(label)].some((word) => words.has(word)));
  return sharing.length === 1 ? sharing[0] : undefined;
}

export const unknownArmLabel: RuleDefinition = {
  id: 'arms/unknown-arm-label',
  title: 'Intervention names an arm that does not exist',
  defaultSeverity: 'error',
  basis: 'R22',
  confidence: 'verified',
  provenance: 'R22, verified structure (S1, S4): PRS links arms and interventions in a matrix.',
  reference: protocolDefinition('Arm/Group Title and Interventions'),
  explanation: 'Every `interventions[].armGroupLabels` entry is the label of an arm in `armGroups`.',
  documentation:
    'An intervention lists the arms that receive it by their exact labels. ' +
    'ClinicalTrials.gov links arms and interventions in one table, so a label that matches no arm cannot be registered; ' +
    'it is usually a typo or an arm that was renamed. ' +
    "Fix: use the arm's label exactly (the quick fix offers the closest label), or add the arm.",
  check(context) {
    const labels = readArms(context)
      .map((arm) => arm.label)
      .filter((label): label is string => label !== undefined);
    const known = new Set(labels);
    const findings: RuleFinding[] = [];
    for (const intervention of readInterventions(context)) {
      for (const [pointer, label] of intervention.armGroupLabels) {
        if (known.has(label)) continue;
        // An arm the intervention already lists is not what a wrong entry meant (the fix would duplicate it).
        const listed = new Set(intervention.armGroupLabels.map(([, entry]) => entry));
        const suggestion = closestArmLabel(
          label,
          labels.filter((candidate) => !listed.has(candidate)),
        );
        findings.push({
          pointer,
          target: 'value',
          message: suggestion
            ? `No arm is labelled ${code(label)}. Did you mean ${code(suggestion)}?`
            : `No arm is labelled ${code(label)}${labels.length ? `; arms: ${labels.map(code).join(', ')}` : ' (the record has no arms)'}.`,
          fix: suggestion ? { kind: 'replace-value', valuePointer: pointer, replacement: suggestion } : undefined,
        });
      }
    }
    return findings;
  },
};
