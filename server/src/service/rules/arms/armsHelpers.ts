// How the `arms/*` rules read arms and interventions and the links between them.
import { nearestMatch } from '../../util/nearestMatch';
import { isPlainObject, joinPointer, type RecordValue } from '../../parse/parsedRecord';
import { hasOwn } from '../../parse/safeObject';
import { ARMS, fieldText, listItems, moduleView, normalizeLabel } from '../ruleHelpers';
import type { RuleContext } from '../ruleTypes';

export const ARM_GROUPS = `${ARMS}/armGroups`;

export const INTERVENTIONS = `${ARMS}/interventions`;

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

export interface Arm {
  readonly pointer: string;
  readonly label: string | undefined;
  readonly type: string | undefined;
  readonly interventionNames: ReadonlyArray<[string, string]>;
  readonly listsInterventions: boolean;
}

export interface Intervention {
  readonly pointer: string;
  readonly name: string | undefined;
  /** `Type: Name`, the form arms refer to it by; undefined without a type and name. */
  readonly reference: string | undefined;
  readonly armGroupLabels: ReadonlyArray<[string, string]>;
  readonly listsArms: boolean;
}

export function readArms(context: RuleContext): readonly Arm[] {
  return moduleView(ARMS_BY_MODULE, context, ARMS, armsOf, []);
}

export function readInterventions(context: RuleContext): readonly Intervention[] {
  return moduleView(INTERVENTIONS_BY_MODULE, context, ARMS, interventionsOf, []);
}

/** Eight rules read the arms and interventions: each module's are read once (ruleHelpers.ts `moduleView`). */
const ARMS_BY_MODULE = new WeakMap<object, readonly Arm[]>();
const INTERVENTIONS_BY_MODULE = new WeakMap<object, readonly Intervention[]>();

function armsOf(module: { readonly [key: string]: RecordValue }): readonly Arm[] {
  return listItems(module, 'armGroups', ARM_GROUPS).map(([pointer, arm]) => ({
    pointer,
    label: fieldText(arm, 'label'),
    type: fieldText(arm, 'type'),
    interventionNames: stringsOf(arm, 'interventionNames', pointer),
    listsInterventions: ownField(arm, 'interventionNames') !== undefined,
  }));
}

function interventionsOf(module: { readonly [key: string]: RecordValue }): readonly Intervention[] {
  return listItems(module, 'interventions', INTERVENTIONS).map(([pointer, intervention]) => {
    const name = fieldText(intervention, 'name');
    const typeLabel = INTERVENTION_TYPE_LABELS[fieldText(intervention, 'type') ?? ''];
    return {
      pointer,
      name,
      reference: name !== undefined && typeLabel ? `${typeLabel}: ${name}` : undefined,
      armGroupLabels: stringsOf(intervention, 'armGroupLabels', pointer),
      listsArms: ownField(intervention, 'armGroupLabels') !== undefined,
    };
  });
}

function ownField(item: RecordValue, field: string): RecordValue | undefined {
  return isPlainObject(item) && hasOwn(item, field) ? item[field] : undefined;
}

/** The strings of an item's list field, with their pointers (`itemPointer` the item's). */
function stringsOf(item: RecordValue, field: string, itemPointer: string): Array<[string, string]> {
  const list = ownField(item, field);
  if (!Array.isArray(list)) return [];
  const strings: Array<[string, string]> = [];
  list.forEach((value, index) => {
    if (typeof value === 'string') strings.push([joinPointer(`${itemPointer}/${field}`, index), value]);
  });
  return strings;
}

export function groupBy<K, V>(pairs: ReadonlyArray<readonly [K, V]>): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const [key, value] of pairs) {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** Finds a candidate equal to `text` ignoring case and spacing, else a plausible typo of it. */
export function closest(text: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeLabel(text);
  return candidates.find((candidate) => normalizeLabel(candidate) === wanted) ?? nearestMatch(text, candidates);
}

/** Which arms use each intervention and vice versa, from both sides of the cross-reference. */
export function links(context: RuleContext): {
  arms: readonly Arm[];
  interventions: readonly Intervention[];
  interventionUsed: boolean[];
  armUsed: boolean[];
} {
  const arms = readArms(context);
  const interventions = readInterventions(context);
  const armIndexByLabel = new Map(arms.map((arm, index) => [arm.label ?? '', index]));
  const interventionIndexesByReference = groupBy(
    interventions.map((intervention, index) => [intervention.reference ?? '', index] as const),
  );
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
