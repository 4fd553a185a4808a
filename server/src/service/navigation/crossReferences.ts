import { joinPointer, valueAt, type ParsedRecord } from '../parse/parsedRecord';
import { readGroupScopes, type GroupScope } from '../results/resultGroups';
import { RESULTS_SECTION_POINTER } from '../rules/ruleContext';
import type { TextEdit } from '../fixes/textEdit';
import { yamlScalar } from '../fixes/valueText';
import { rangeContains, type OffsetRange } from '../text/offsetRange';
import { readArmsAndInterventions, type ArmEntry, type InterventionEntry } from './armsAndInterventions';
import { trimmedValueRange, verbatimRange } from './scalarText';

/**
 * What a label, name or id in the record stands for: an arm (by label), an intervention (by `Type: Name`), or a
 * group of the results (by id, within its module or outcome measure: `scopePointer`, absolute).
 */
export type ReferenceTarget =
  | { readonly kind: 'arm'; readonly label: string }
  | { readonly kind: 'group'; readonly scopePointer: string; readonly id: string }
  | {
      readonly kind: 'intervention';
      readonly name: string;
      readonly typeLabel: string | undefined;
      readonly reference: string | undefined;
    };

export type OccurrenceRole =
  'arm-label' | 'arm-reference' | 'intervention-name' | 'intervention-reference' | 'group-id' | 'group-reference';

/** One place the record names an arm or an intervention. */
export interface Occurrence {
  readonly pointer: string;
  readonly role: OccurrenceRole;
  /** The whole value (quotes included). */
  readonly valueRange: OffsetRange;
  /** Just the arm label or intervention name inside it (`Aspirin` in `"Drug: Aspirin"`), when the source spells it out. */
  readonly nameRange: OffsetRange | undefined;
  readonly isDefinition: boolean;
}

/** Arms, interventions and every place that names them, for one version of a document. */
export class CrossReferences {
  private readonly arms: ArmEntry[];
  private readonly interventions: InterventionEntry[];
  /** The results' group scopes, pointers absolute (none for a protocol-only record). */
  private readonly groupScopes: GroupScope[];

  constructor(
    private readonly text: string,
    private readonly parsed: ParsedRecord,
  ) {
    ({ arms: this.arms, interventions: this.interventions } = readArmsAndInterventions(parsed));
    this.groupScopes = parsed.recordPointer === '' ? [] : absoluteScopes(readGroupScopes(valueAt(parsed.value, RESULTS_SECTION_POINTER)));
  }

  /** The arm, intervention or results group named at `offset`, with the occurrence under it. */
  targetAt(offset: number): { target: ReferenceTarget; occurrence: Occurrence } | undefined {
    return this.armOrInterventionAt(offset) ?? this.groupAt(offset);
  }

  private groupAt(offset: number): { target: ReferenceTarget; occurrence: Occurrence } | undefined {
    for (const scope of this.groupScopes) {
      const known = new Set(scope.groups.map((group) => group.id));
      for (const group of scope.groups) {
        const occurrence = this.occurrence(joinPointer(group.pointer, 'id'), 'group-id', group.id, true);
        if (occurrence && rangeContains(occurrence.valueRange, offset)) return { target: groupTarget(scope, group.id), occurrence };
      }
      for (const reference of scope.references) {
        if (!known.has(reference.id)) continue;
        const occurrence = this.occurrence(reference.pointer, 'group-reference', reference.id, false);
        if (occurrence && rangeContains(occurrence.valueRange, offset)) return { target: groupTarget(scope, reference.id), occurrence };
      }
    }
    return undefined;
  }

  private armOrInterventionAt(offset: number): { target: ReferenceTarget; occurrence: Occurrence } | undefined {
    for (const arm of this.arms) {
      if (arm.label === undefined) continue;
      const occurrence = this.occurrence(joinPointer(arm.pointer, 'label'), 'arm-label', arm.label, true);
      if (occurrence && rangeContains(occurrence.valueRange, offset)) return { target: { kind: 'arm', label: arm.label }, occurrence };
    }
    for (const intervention of this.interventions) {
      if (intervention.name === undefined) continue;
      const occurrence = this.occurrence(
        joinPointer(intervention.pointer, 'name'),
        'intervention-name',
        intervention.name,
        true,
        intervention.name,
      );
      if (occurrence && rangeContains(occurrence.valueRange, offset)) return { target: interventionTarget(intervention), occurrence };
      for (const [pointer, label] of intervention.armGroupLabels) {
        const reference = this.occurrence(pointer, 'arm-reference', label, false);
        if (reference && rangeContains(reference.valueRange, offset) && this.arms.some((arm) => arm.label === label)) {
          return { target: { kind: 'arm', label }, occurrence: reference };
        }
      }
    }
    for (const arm of this.arms) {
      for (const [pointer, entry] of arm.interventionNames) {
        const named = this.interventions.find((intervention) => intervention.reference === entry);
        if (!named) continue;
        const occurrence = this.occurrence(pointer, 'intervention-reference', entry, false, named.name);
        if (occurrence && rangeContains(occurrence.valueRange, offset)) return { target: interventionTarget(named), occurrence };
      }
    }
    return undefined;
  }

  /** Every place that names the target, definitions first. */
  occurrencesOf(target: ReferenceTarget): Occurrence[] {
    const found: Array<Occurrence | undefined> = [];
    if (target.kind === 'group') {
      const scope = this.groupScopes.find((candidate) => candidate.pointer === target.scopePointer);
      for (const group of scope?.groups ?? [])
        if (group.id === target.id) found.push(this.occurrence(joinPointer(group.pointer, 'id'), 'group-id', group.id, true));
      for (const reference of scope?.references ?? [])
        if (reference.id === target.id) found.push(this.occurrence(reference.pointer, 'group-reference', reference.id, false));
    } else if (target.kind === 'arm') {
      for (const arm of this.arms)
        if (arm.label === target.label) found.push(this.occurrence(joinPointer(arm.pointer, 'label'), 'arm-label', arm.label, true));
      for (const intervention of this.interventions) {
        for (const [pointer, label] of intervention.armGroupLabels)
          if (label === target.label) found.push(this.occurrence(pointer, 'arm-reference', label, false));
      }
    } else {
      const same = this.interventions.filter(
        (intervention) => intervention.name === target.name && intervention.typeLabel === target.typeLabel,
      );
      for (const intervention of same)
        found.push(this.occurrence(joinPointer(intervention.pointer, 'name'), 'intervention-name', target.name, true, target.name));
      if (target.reference !== undefined) {
        for (const arm of this.arms) {
          for (const [pointer, entry] of arm.interventionNames)
            if (entry === target.reference) found.push(this.occurrence(pointer, 'intervention-reference', entry, false, target.name));
        }
      }
    }
    return found.filter((occurrence): occurrence is Occurrence => occurrence !== undefined);
  }

  /** Why the target cannot be renamed to `newName`, or undefined when it can. */
  renameProblem(target: ReferenceTarget, newName: string): string | undefined {
    if (newName.trim() === '') return 'The new name is empty.';
    if (/[\r\n]/.test(newName)) return 'A label or name is one line of text.';
    if (target.kind === 'group') {
      const scope = this.groupScopes.find((candidate) => candidate.pointer === target.scopePointer);
      const clash = newName !== target.id && scope?.groups.some((group) => group.id === newName);
      const where = scope?.name ?? 'this module';
      return clash ? `${where[0].toUpperCase()}${where.slice(1)} already has a group \`${newName}\`.` : undefined;
    }
    if (target.kind === 'arm') {
      if (newName !== target.label && this.arms.some((arm) => arm.label === newName)) return `An arm is already labelled \`${newName}\`.`;
      return undefined;
    }
    const clash = this.interventions.some(
      (intervention) => intervention.typeLabel === target.typeLabel && intervention.name === newName && newName !== target.name,
    );
    return clash ? `There is already an intervention \`${target.typeLabel ? `${target.typeLabel}: ` : ''}${newName}\`.` : undefined;
  }

  /** Edits that rename the target everywhere the record names it (each value rewritten in its own quoting). */
  renameEdits(target: ReferenceTarget, newName: string): TextEdit[] {
    const oldName = targetName(target);
    if (newName === oldName) return [];
    return this.occurrencesOf(target).map((occurrence) => {
      const replacement =
        occurrence.role === 'intervention-reference' && target.kind === 'intervention' ? `${target.typeLabel}: ${newName}` : newName;
      const original = this.text.slice(occurrence.valueRange.start, occurrence.valueRange.end);
      return {
        range: occurrence.valueRange,
        newText: this.parsed.format === 'json' ? JSON.stringify(replacement) : yamlScalar(replacement, original),
      };
    });
  }

  private occurrence(pointer: string, role: OccurrenceRole, value: string, isDefinition: boolean, name?: string): Occurrence | undefined {
    const location = this.parsed.locations.get(pointer);
    if (!location) return undefined;
    const valueRange = trimmedValueRange(this.text, location.valueRange);
    const verbatim = verbatimRange(this.text, this.parsed, pointer, value);
    let nameRange = verbatim;
    if (verbatim && name !== undefined && role === 'intervention-reference') {
      // `Type: Name`: the name is the end of the entry.
      nameRange = value.endsWith(name) ? { start: verbatim.end - name.length, end: verbatim.end } : undefined;
    }
    return { pointer, role, valueRange, nameRange, isDefinition };
  }
}

/** The text a rename replaces: an arm's label, an intervention's name, a group's id. */
export function targetName(target: ReferenceTarget): string {
  if (target.kind === 'arm') return target.label;
  if (target.kind === 'group') return target.id;
  return target.name;
}

function groupTarget(scope: GroupScope, id: string): ReferenceTarget {
  return { kind: 'group', scopePointer: scope.pointer, id };
}

/** Group scopes with every pointer made absolute in the document. */
function absoluteScopes(scopes: readonly GroupScope[]): GroupScope[] {
  const absolute = (pointer: string): string => RESULTS_SECTION_POINTER + pointer;
  return scopes.map((scope) => ({
    ...scope,
    pointer: absolute(scope.pointer),
    groups: scope.groups.map((group) => ({ ...group, pointer: absolute(group.pointer) })),
    references: scope.references.map((reference) => ({ ...reference, pointer: absolute(reference.pointer) })),
  }));
}

function interventionTarget(intervention: InterventionEntry): ReferenceTarget {
  return { kind: 'intervention', name: intervention.name ?? '', typeLabel: intervention.typeLabel, reference: intervention.reference };
}

/**
 * The ranges of every place naming what is named at `offset` (the name itself where the source spells it
 * out), keeping the occurrences `include` accepts: go to definition keeps definitions, find references
 * all or only the uses. Undefined when nothing renamable is named at `offset`.
 */
export function occurrenceRangesAt(
  text: string,
  parsed: ParsedRecord,
  offset: number,
  include: (occurrence: Occurrence) => boolean,
): OffsetRange[] | undefined {
  const references = new CrossReferences(text, parsed);
  const found = references.targetAt(offset);
  if (!found) return undefined;
  return references
    .occurrencesOf(found.target)
    .filter(include)
    .map((occurrence) => occurrence.nameRange ?? occurrence.valueRange);
}
