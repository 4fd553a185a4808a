import { joinPointer, valueAt, isPlainObject, type ParsedRecord } from '../parse/parsedRecord';
import { INTERVENTION_TYPE_LABELS } from '../rules/arms/armsHelpers';

/** An arm group as navigation sees it: where it is and what it is called. */
export interface ArmEntry {
  readonly pointer: string;
  readonly label: string | undefined;
  /** `interventionNames` entries: [pointer, text]. */
  readonly interventionNames: ReadonlyArray<readonly [string, string]>;
}

export interface InterventionEntry {
  readonly pointer: string;
  readonly name: string | undefined;
  /** The type's display label (`Drug`), the prefix of references to it. */
  readonly typeLabel: string | undefined;
  /** `Type: Name`, how arms refer to it. */
  readonly reference: string | undefined;
  /** `armGroupLabels` entries: [pointer, text]. */
  readonly armGroupLabels: ReadonlyArray<readonly [string, string]>;
}

/** The arms and interventions of a record, with absolute pointers (works for whole-study files too). */
export function readArmsAndInterventions(parsed: ParsedRecord): { arms: ArmEntry[]; interventions: InterventionEntry[] } {
  const module = joinPointer(parsed.recordPointer, 'armsInterventionsModule');
  const listAt = (pointer: string) => {
    const value = valueAt(parsed.value, pointer);
    return Array.isArray(value) ? value : [];
  };
  const stringsAt = (pointer: string): Array<readonly [string, string]> =>
    listAt(pointer).flatMap((item, index) => (typeof item === 'string' ? [[joinPointer(pointer, index), item] as const] : []));
  const textAt = (pointer: string) => {
    const value = valueAt(parsed.value, pointer);
    return typeof value === 'string' ? value : undefined;
  };

  const armsPointer = joinPointer(module, 'armGroups');
  const arms = listAt(armsPointer).flatMap((item, index): ArmEntry[] => {
    if (!isPlainObject(item)) return [];
    const pointer = joinPointer(armsPointer, index);
    return [
      { pointer, label: textAt(joinPointer(pointer, 'label')), interventionNames: stringsAt(joinPointer(pointer, 'interventionNames')) },
    ];
  });
  const interventionsPointer = joinPointer(module, 'interventions');
  const interventions = listAt(interventionsPointer).flatMap((item, index): InterventionEntry[] => {
    if (!isPlainObject(item)) return [];
    const pointer = joinPointer(interventionsPointer, index);
    const name = textAt(joinPointer(pointer, 'name'));
    const typeLabel = INTERVENTION_TYPE_LABELS[textAt(joinPointer(pointer, 'type')) ?? ''];
    return [
      {
        pointer,
        name,
        typeLabel,
        reference: name !== undefined && typeLabel ? `${typeLabel}: ${name}` : undefined,
        armGroupLabels: stringsAt(joinPointer(pointer, 'armGroupLabels')),
      },
    ];
  });
  return { arms, interventions };
}
