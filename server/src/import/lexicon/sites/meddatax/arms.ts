// meddatax "Study Groups" and "Interventions" sections, and the arm <-> intervention cross-links.
//
// Interventions section: per intervention `name`, description line(s), `Intervention Type X`.
// Study Groups section: per arm `label`, description line(s), `Group Type X`, then the arm's
// interventions, each `name`, `Intervention Type X`, description line(s) (a copy of the one in the
// Interventions section). The only ambiguous spot is where an arm's last intervention description
// ends and the next arm's label begins; the Interventions section's copy of that description
// settles it, and without it the next arm is left as comments rather than guessed.
import { normaliseArmGroupType, normaliseInterventionType } from '../../../normalise/designEnums';
import { presentValue } from '../../../normalise/placeholder';
import { INTERVENTION_TYPE_LABELS } from '../../../../service/rules/arms/armsHelpers';
import { splitAtMarkers, textOf } from './markers';

const GROUP_TYPE = /^Group Type (\S+)$/;
const INTERVENTION_TYPE = /^Intervention Type (\S+)$/;

export interface Intervention {
  type: string;
  name: string;
  description?: string;
  armGroupLabels?: string[];
}

export interface ArmGroup {
  label: string;
  type: string;
  description?: string;
  interventionNames?: string[];
}

export interface ArmsReading {
  readonly armGroups: ArmGroup[];
  readonly interventions: Intervention[];
  readonly warnings: string[];
}

/** Reads both sections (line indexes of each, boilerplate excluded) and links them. */
export function readArmsAndInterventions(
  groupLines: readonly number[],
  interventionLines: readonly number[],
  lines: readonly string[],
  used: Set<number>,
): ArmsReading {
  const warnings: string[] = [];
  const interventions = readInterventions(interventionLines, lines, used);
  const armGroups: ArmGroup[] = [];
  const references = new Map<ArmGroup, Array<{ type: string; name: string }>>();

  let arm: ArmGroup | undefined;
  let lastIntervention: { type: string; name: string } | undefined;
  let pending: number[] = [];
  const known = (reference: { type: string; name: string }): Intervention | undefined =>
    interventions.find((item) => item.type === reference.type && item.name === reference.name);

  // The description of the arm's previous intervention opens `pending`: take it off (marking it
  // used when it is the known copy). Undefined when where it ends cannot be told.
  const afterDescription = (): number[] | undefined => {
    if (!lastIntervention) return pending;
    const description = known(lastIntervention)?.description;
    if (description === undefined) return known(lastIntervention) ? pending : undefined;
    const count = description.split('\n').length;
    if (textOf(pending.slice(0, count), lines) !== description) return undefined;
    pending.slice(0, count).forEach((index) => used.add(index));
    return pending.slice(count);
  };

  for (const index of groupLines) {
    const line = lines[index];
    const group = GROUP_TYPE.exec(line);
    const intervention = INTERVENTION_TYPE.exec(line);
    if (group) {
      const entry = afterDescription();
      const type = normaliseArmGroupType(group[1]);
      const label = entry && entry.length > 0 ? presentValue(lines[entry[0]]) : undefined;
      arm = undefined;
      if (entry === undefined)
        warnings.push(`Study group before "${line}": where the previous intervention's description ends is unclear; kept as comments.`);
      else if (type && label) {
        const description = presentValue(textOf(entry.slice(1), lines));
        arm = { label, type, ...(description ? { description } : {}) };
        armGroups.push(arm);
        references.set(arm, []);
        [...entry, index].forEach((lineIndex) => used.add(lineIndex));
      }
      lastIntervention = undefined;
      pending = [];
    } else if (intervention) {
      // The name is the line just before the marker; anything before it is the previous
      // intervention's description.
      const type = normaliseInterventionType(intervention[1]);
      const nameIndex = pending[pending.length - 1];
      if (lastIntervention) {
        const description = known(lastIntervention)?.description;
        const head = pending.slice(0, -1);
        if (description !== undefined && textOf(head, lines) === description) head.forEach((lineIndex) => used.add(lineIndex));
      }
      lastIntervention = undefined;
      if (arm && type && nameIndex !== undefined) {
        lastIntervention = { type, name: lines[nameIndex] };
        references.get(arm)?.push(lastIntervention);
        [nameIndex, index].forEach((lineIndex) => used.add(lineIndex));
      }
      pending = [];
    } else pending.push(index);
  }
  if (lastIntervention) {
    const description = known(lastIntervention)?.description;
    if (description !== undefined && textOf(pending, lines) === description) pending.forEach((index) => used.add(index));
  }

  link(armGroups, interventions, references);
  return { armGroups, interventions, warnings };
}

function readInterventions(indexes: readonly number[], lines: readonly string[], used: Set<number>): Intervention[] {
  const interventions: Intervention[] = [];
  for (const chunk of splitAtMarkers(indexes, lines, INTERVENTION_TYPE).chunks) {
    const type = normaliseInterventionType(chunk.match[1]);
    const name = chunk.before.length > 0 ? presentValue(lines[chunk.before[0]]) : undefined;
    if (!type || !name) continue;
    const description = presentValue(textOf(chunk.before.slice(1), lines));
    interventions.push({ type, name, ...(description ? { description } : {}) });
    [...chunk.before, chunk.marker].forEach((index) => used.add(index));
  }
  return interventions;
}

/** Both directions of the cross-reference, as the API writes them: `Biological: SLE group`. */
function link(
  armGroups: readonly ArmGroup[],
  interventions: Intervention[],
  references: ReadonlyMap<ArmGroup, ReadonlyArray<{ type: string; name: string }>>,
): void {
  for (const arm of armGroups) {
    for (const reference of references.get(arm) ?? []) {
      let intervention = interventions.find((item) => item.type === reference.type && item.name === reference.name);
      if (!intervention) {
        // Listed under the arm only (the Interventions section is missing or cut off).
        intervention = { type: reference.type, name: reference.name };
        interventions.push(intervention);
      }
      const label = INTERVENTION_TYPE_LABELS[reference.type];
      if (!label) continue;
      const entry = `${label}: ${reference.name}`;
      arm.interventionNames = addUnique(arm.interventionNames, entry);
      intervention.armGroupLabels = addUnique(intervention.armGroupLabels, arm.label);
    }
  }
}

function addUnique(list: string[] | undefined, value: string): string[] {
  const next = list ?? [];
  if (!next.includes(value)) next.push(value);
  return next;
}
