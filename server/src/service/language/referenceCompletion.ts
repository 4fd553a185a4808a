import { readArmsAndInterventions } from '../navigation/armsAndInterventions';
import { joinPointer, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import type { RecordSchema } from '../schema/recordSchema';
import { escapeMarkdown } from './fieldWording';

/** One value an arm or an intervention may be referred to by, with what completion shows about it. */
export interface ReferenceOption {
  readonly value: string;
  readonly detail: string;
  /** Markdown. */
  readonly documentation: string;
}

type ReferenceList = 'arm labels' | 'intervention names';

/**
 * Which list of references an item at `segments` (protocol-section segments) belongs to:
 * `interventions[].armGroupLabels` names arms by label, `armGroups[].interventionNames` names
 * interventions as `Type: Name`.
 */
export function referenceListOf(segments: readonly string[]): ReferenceList | undefined {
  if (segments.length !== 5 || segments[0] !== 'armsInterventionsModule' || !isIndex(segments[2]) || !isIndex(segments[4]))
    return undefined;
  if (segments[1] === 'interventions' && segments[3] === 'armGroupLabels') return 'arm labels';
  if (segments[1] === 'armGroups' && segments[3] === 'interventionNames') return 'intervention names';
  return undefined;
}

/**
 * The arms (by label) or interventions (as `Type: Name`, the registry's form) the record defines,
 * read as navigation and the `arms/*` rules read them, without those the list already holds
 * elsewhere. Values compare exactly, as the rules compare them.
 */
export function referenceOptions(parsed: ParsedRecord, segments: readonly string[], schema: RecordSchema): ReferenceOption[] {
  const list = referenceListOf(segments);
  if (!list) return [];
  const listPointer = segments.slice(0, 4).reduce<string>((pointer, segment) => joinPointer(pointer, segment), parsed.recordPointer);
  const listValue = valueAt(parsed.value, listPointer);
  const ownIndex = Number(segments[4]);
  const listed = new Set(Array.isArray(listValue) ? listValue.filter((item, index) => index !== ownIndex && typeof item === 'string') : []);
  const { arms, interventions } = readArmsAndInterventions(parsed);
  const textAt = (pointer: string): string | undefined => stringOf(valueAt(parsed.value, pointer));
  const armTypes = schema.enumOptions(schema.nodeAt(['armsInterventionsModule', 'armGroups', '0', 'type']));

  const options: ReferenceOption[] =
    list === 'arm labels'
      ? arms.flatMap((arm) => {
          if (arm.label === undefined || arm.label.trim() === '') return [];
          const type = textAt(joinPointer(arm.pointer, 'type'));
          const typeLabel = armTypes.find((option) => option.value === type)?.label;
          return [
            {
              value: arm.label,
              detail: typeLabel ?? type ?? 'Arm',
              documentation: describe('Arm', textAt(joinPointer(arm.pointer, 'description'))),
            },
          ];
        })
      : interventions.flatMap((intervention) => {
          if (intervention.reference === undefined) return [];
          return [
            {
              value: intervention.reference,
              detail: `${intervention.typeLabel ?? ''} intervention`.trim(),
              documentation: describe('Intervention', textAt(joinPointer(intervention.pointer, 'description'))),
            },
          ];
        });
  const seen = new Set<string>();
  return options.filter((option) => {
    if (listed.has(option.value) || seen.has(option.value)) return false;
    seen.add(option.value);
    return true;
  });
}

function describe(what: string, description: string | undefined): string {
  return description ? escapeMarkdown(description) : `${what} defined in this record.`;
}

function stringOf(value: RecordValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isIndex(segment: string | undefined): boolean {
  return segment !== undefined && /^\d+$/.test(segment);
}
