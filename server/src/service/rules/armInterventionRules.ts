import { nearestMatch } from '../util/nearestMatch';
import type { RuleContext, RuleDefinition, RuleFinding } from './ruleTypes';
import { ARMS, DESIGN_INFO, code, items, normalizeLabel, stringItems } from './ruleHelpers';

const ARM_GROUPS = `${ARMS}/armGroups`;
const INTERVENTIONS = `${ARMS}/interventions`;

/**
 * The display label of each intervention type, as used in `armGroups[].interventionNames`
 * (`Drug: Aspirin`): the registry's source value for the enum (ctgov-model.md §3).
 */
export const INTERVENTION_TYPE_LABELS: Readonly<Record<string, string>> = {
  BEHAVIORAL: 'Behavioral',
  BIOLOGICAL: 'Biological',
  COMBINATION_PRODUCT: 'Combination Product',
  DEVICE: 'Device',
  DIAGNOSTIC_TEST: 'Diagnostic Test',
  DIETARY_SUPPLEMENT: 'Dietary Supplement',
  DRUG: 'Drug',
  GENETIC: 'Genetic',
  PROCEDURE: 'Procedure',
  RADIATION: 'Radiation',
  OTHER: 'Other',
};

interface Arm {
  readonly pointer: string;
  readonly label: string | undefined;
  readonly type: string | undefined;
  readonly interventionNames: ReadonlyArray<[string, string]>;
  readonly listsInterventions: boolean;
}

interface Intervention {
  readonly pointer: string;
  readonly name: string | undefined;
  /** `Type: Name`, the form arms refer to it by; undefined without a type and name. */
  readonly reference: string | undefined;
  readonly armGroupLabels: ReadonlyArray<[string, string]>;
  readonly listsArms: boolean;
}

function readArms(context: RuleContext): Arm[] {
  return [...items(context, ARM_GROUPS)].map(([pointer]) => ({
    pointer,
    label: context.text(`${pointer}/label`),
    type: context.text(`${pointer}/type`),
    interventionNames: stringItems(context, `${pointer}/interventionNames`),
    listsInterventions: context.value(`${pointer}/interventionNames`) !== undefined,
  }));
}

function readInterventions(context: RuleContext): Intervention[] {
  return [...items(context, INTERVENTIONS)].map(([pointer]) => {
    const name = context.text(`${pointer}/name`);
    const typeLabel = INTERVENTION_TYPE_LABELS[context.text(`${pointer}/type`) ?? ''];
    return {
      pointer,
      name,
      reference: name !== undefined && typeLabel ? `${typeLabel}: ${name}` : undefined,
      armGroupLabels: stringItems(context, `${pointer}/armGroupLabels`),
      listsArms: context.value(`${pointer}/armGroupLabels`) !== undefined,
    };
  });
}

function groupBy<K, V>(pairs: ReadonlyArray<readonly [K, V]>): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const [key, value] of pairs) {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** Finds a candidate equal to `text` ignoring case and spacing, else a plausible typo of it. */
function closest(text: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeLabel(text);
  return candidates.find((candidate) => normalizeLabel(candidate) === wanted) ?? nearestMatch(text, candidates);
}

/** Words that say something about which arm is meant (not `arm`, `group`, numbers or short words). */
function distinctiveWords(text: string): Set<string> {
  const generic = new Set(['arm', 'arms', 'group', 'groups', 'cohort', 'the', 'and', 'with']);
  return new Set(normalizeLabel(text).split(/[^a-z0-9]+/).filter((word) => word.length >= 4 && !generic.has(word)));
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
  explanation: 'Every `interventions[].armGroupLabels` entry is the label of an arm in `armGroups`.',
  documentation:
    'An intervention lists the arms that receive it by their exact labels. PRS links arms and interventions in a matrix, so a label that matches no arm cannot be registered; ' +
    'it is usually a typo or an arm that was renamed. Basis: R22, verified structure (S1, S4). Fix: use the arm\'s label exactly (the quick fix offers the closest label), or add the arm.',
  check(context) {
    const labels = readArms(context).map((arm) => arm.label).filter((label): label is string => label !== undefined);
    const known = new Set(labels);
    const findings: RuleFinding[] = [];
    for (const intervention of readInterventions(context)) {
      for (const [pointer, label] of intervention.armGroupLabels) {
        if (known.has(label)) continue;
        // An arm the intervention already lists is not what a wrong entry meant (the fix would duplicate it).
        const listed = new Set(intervention.armGroupLabels.map(([, entry]) => entry));
        const suggestion = closestArmLabel(label, labels.filter((candidate) => !listed.has(candidate)));
        findings.push({
          pointer,
          target: 'value',
          message: suggestion ? `No arm is labelled ${code(label)}. Did you mean ${code(suggestion)}?` : `No arm is labelled ${code(label)}${labels.length ? `; arms: ${labels.map(code).join(', ')}` : ' (the record has no arms)'}.`,
          fix: suggestion ? { kind: 'replace-value', pointer, replacement: suggestion } : undefined,
        });
      }
    }
    return findings;
  },
};

export const unknownInterventionName: RuleDefinition = {
  id: 'arms/unknown-intervention-name',
  title: 'Arm names an intervention that does not exist',
  defaultSeverity: 'error',
  basis: 'R22',
  confidence: 'verified',
  explanation: 'Every `armGroups[].interventionNames` entry is `Type: Name` of an intervention in `interventions`.',
  documentation:
    'An arm lists its interventions in the registry\'s display form, the intervention type\'s label and its name: `Drug: Aspirin`, `Dietary Supplement: Vitamin D`. ' +
    'An entry that matches no intervention is a typo, a renamed intervention, or a missing type prefix. Basis: R22, verified structure (S1, S4). ' +
    'Fix: write the entry as `Type: Name` of an existing intervention (the quick fix offers the closest one), or add the intervention.',
  check(context) {
    const interventions = readInterventions(context);
    const references = interventions.map((intervention) => intervention.reference).filter((reference): reference is string => reference !== undefined);
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
        else message = `No intervention is ${code(entry)}${references.length ? `; interventions: ${references.map(code).join(', ')}` : ' (the record has no interventions)'}.`;
        findings.push({ pointer, target: 'value', message, fix: suggestion ? { kind: 'replace-value', pointer, replacement: suggestion } : undefined });
      }
    }
    return findings;
  },
};

export const duplicateArmLabel: RuleDefinition = {
  id: 'arms/duplicate-label',
  title: 'Two arms with the same label',
  defaultSeverity: 'warning',
  basis: 'R22',
  confidence: 'unverified',
  explanation: 'Arm labels are unique, since interventions refer to arms by label.',
  documentation:
    'Interventions name the arms they belong to by label, so two arms with the same label (ignoring case and spacing) make those references ambiguous and the record hard to read. ' +
    'Basis: R22 (uniqueness unverified for PRS), hence a warning. Fix: give each arm its own label.',
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
      findings.push({ pointer: `${arm.pointer}/label`, target: 'value', message: `Another arm is already labelled ${code(first)}; interventions cannot tell the two apart.` });
    }
    return findings;
  },
};

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

/** Which arms use each intervention and vice versa, from both sides of the cross-reference. */
function links(context: RuleContext): { arms: Arm[]; interventions: Intervention[]; interventionUsed: boolean[]; armUsed: boolean[] } {
  const arms = readArms(context);
  const interventions = readInterventions(context);
  const armIndexByLabel = new Map(arms.map((arm, index) => [arm.label ?? '', index]));
  const interventionIndexesByReference = groupBy(interventions.map((intervention, index) => [intervention.reference ?? '', index] as const));
  const interventionUsed = interventions.map(() => false);
  const armUsed = arms.map(() => false);
  interventions.forEach((intervention, index) => {
    for (const [, label] of intervention.armGroupLabels) {
      const armIndex = armIndexByLabel.get(label);
      if (armIndex === undefined) continue;
      interventionUsed[index] = true;
      armUsed[armIndex] = true;
    }
  });
  arms.forEach((arm, index) => {
    for (const [, reference] of arm.interventionNames) {
      const interventionIndexes = interventionIndexesByReference.get(reference);
      if (interventionIndexes === undefined) continue;
      armUsed[index] = true;
      for (const interventionIndex of interventionIndexes) interventionUsed[interventionIndex] = true;
    }
  });
  return { arms, interventions, interventionUsed, armUsed };
}

export const unusedIntervention: RuleDefinition = {
  id: 'arms/unused-intervention',
  title: 'Intervention given to no arm',
  defaultSeverity: 'warning',
  basis: 'R23',
  confidence: 'unverified',
  explanation: 'When a study has arms, every intervention is given to at least one of them.',
  documentation:
    'An intervention that no arm receives (neither its `armGroupLabels` nor any arm\'s `interventionNames` link it) is either missing its arms or left over. ' +
    'Studies without arms (many observational records) are not checked. Basis: R23 (unverified), hence a warning. Fix: add the arms to `armGroupLabels`, or remove the intervention.',
  check(context) {
    const { arms, interventions, interventionUsed } = links(context);
    if (arms.length === 0) return [];
    return interventions.flatMap((intervention, index) => {
      if (interventionUsed[index]) return [];
      const pointer = intervention.name !== undefined ? `${intervention.pointer}/name` : intervention.pointer;
      return [{
        pointer,
        target: 'value' as const,
        message: `No arm receives ${intervention.reference ? code(intervention.reference) : 'this intervention'}; list its arms in \`armGroupLabels\`.`,
        fix: { kind: 'insert-property', pointer: intervention.pointer, property: 'armGroupLabels', value: arms.length === 1 && arms[0].label ? [arms[0].label] : undefined },
      }];
    });
  },
};

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

export const crossReferenceMismatch: RuleDefinition = {
  id: 'arms/cross-reference-mismatch',
  title: 'Arm and intervention links disagree',
  defaultSeverity: 'warning',
  basis: 'R22',
  confidence: 'verified',
  explanation: 'When both `interventionNames` and `armGroupLabels` are written, each link appears on both sides.',
  documentation:
    'The API gives the arm–intervention links twice: `armGroups[].interventionNames` and its mirror `interventions[].armGroupLabels`, both derived from one PRS matrix, so in registered records they always agree. ' +
    'When a record writes both, a link on one side only is a forgotten edit. A record that writes only one side is not checked. ' +
    'Basis: R22 (structure verified, S1/S4). Fix: add the missing entry on the other side (the quick fix does), or remove the extra one.',
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
        findings.push({ pointer, target: 'value', message: `${code(intervention.reference)} lists the arm ${code(label)}, but that arm's \`interventionNames\` does not list it.`, fix: { kind: 'add-array-item', pointer: `${arm.pointer}/interventionNames`, value: intervention.reference } });
      }
    }
    for (const arm of arms) {
      for (const [pointer, reference] of arm.interventionNames) {
        const candidates = interventionsByReference.get(reference);
        if (!candidates || !arm.label || candidates.some((candidate) => candidate.armGroupLabels.some(([, label]) => label === arm.label))) continue;
        findings.push({ pointer, target: 'value', message: `The arm ${code(arm.label)} lists ${code(reference)}, but that intervention's \`armGroupLabels\` does not list the arm.`, fix: { kind: 'add-array-item', pointer: `${candidates[0].pointer}/armGroupLabels`, value: arm.label } });
      }
    }
    return findings;
  },
};

export const singleGroupArms: RuleDefinition = {
  id: 'design/single-group-arms',
  title: 'Single-group design with several arms',
  defaultSeverity: 'information',
  basis: 'R24',
  confidence: 'unverified',
  explanation: 'A `SINGLE_GROUP` intervention model usually has exactly one arm.',
  documentation:
    'A single-group study gives every participant the same intervention, so it usually has one arm. Registered records do use `SINGLE_GROUP` for dose or age cohorts listed as separate arms ' +
    '(two of the six single-group records in the real test set), so this is information, not a warning. ' +
    'Basis: R24 (unverified). Fix: if the groups run in parallel, the model is `PARALLEL` (or `SEQUENTIAL` for cohorts enrolled one after another).',
  check(context) {
    const pointer = `${DESIGN_INFO}/interventionModel`;
    const armCount = context.list(ARM_GROUPS).length;
    if (context.text(pointer) !== 'SINGLE_GROUP' || armCount <= 1) return [];
    return [{ pointer, target: 'value', message: `Single-group design, but the study has ${armCount} arms. If the groups run side by side the model is \`PARALLEL\`; cohorts enrolled one after another are \`SEQUENTIAL\`.` }];
  },
};

export const randomizedArms: RuleDefinition = {
  id: 'design/randomized-arms',
  title: 'Randomized with fewer than two arms',
  defaultSeverity: 'warning',
  basis: 'R24',
  confidence: 'unverified',
  explanation: 'Randomized allocation needs at least two arms to randomize between.',
  documentation:
    'Randomization assigns participants to one of several arms; with one arm there is nothing to randomize. Records that list no arms yet are not checked. ' +
    'Basis: R24 (unverified; follows from the definition), hence a warning. Fix: add the other arm(s), or set `allocation` to `NA` for a single-group study.',
  check(context) {
    const pointer = `${DESIGN_INFO}/allocation`;
    const armCount = context.list(ARM_GROUPS).length;
    if (context.text(pointer) !== 'RANDOMIZED' || armCount !== 1) return [];
    return [{ pointer, target: 'value', message: 'Randomized allocation, but the study has one arm: there is nothing to randomize between. Add the other arms, or use `NA` for a single-group study.', fix: { kind: 'replace-value', pointer, replacement: 'NA' } }];
  },
};

export const ARM_INTERVENTION_RULES: readonly RuleDefinition[] = [
  unknownArmLabel,
  unknownInterventionName,
  duplicateArmLabel,
  duplicateIntervention,
  unusedIntervention,
  armWithoutIntervention,
  crossReferenceMismatch,
  singleGroupArms,
  randomizedArms,
];
