import { readArmsAndInterventions } from '../navigation/armsAndInterventions';
import { escapePointerSegment, joinPointer, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import { readGroupScopes, scopeContaining, type ResultGroup } from '../results/resultGroups';
import { RESULTS_SECTION_POINTER } from '../rules/ruleContext';
import type { RecordSchema } from '../schema/recordSchema';
import { escapeMarkdown } from './fieldWording';

/** One value an arm or an intervention may be referred to by, with what completion shows about it. */
export interface ReferenceOption {
  readonly value: string;
  readonly detail: string;
  /** Markdown. */
  readonly documentation: string;
}

type ReferenceList = 'arm labels' | 'intervention names' | 'group ids';

/**
 * Which list of references a value at `segments` (schema path) belongs to: `interventions[].armGroupLabels` names
 * arms by label, `armGroups[].interventionNames` names interventions as `Type: Name`, and in the results a
 * `groupId` (or an item of an analysis's `groupIds`) names a group of its module by id.
 */
export function referenceListOf(segments: readonly string[]): ReferenceList | undefined {
  if (isGroupReference(segments)) return 'group ids';
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
  if (list === 'group ids') return groupIdOptions(parsed, segments);
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

/** The groups of the module (or outcome measure) a `groupId` at `segments` belongs to, those its list already names left out. */
function groupIdOptions(parsed: ParsedRecord, segments: readonly string[]): ReferenceOption[] {
  const scope = scopeOf(parsed, segments);
  if (!scope) return [];
  const inList = segments.at(-2) === 'groupIds';
  const listValue = inList ? valueAt(parsed.value, resultsPointer(segments.slice(0, -1))) : undefined;
  const ownIndex = Number(segments.at(-1));
  const listed = new Set(Array.isArray(listValue) ? listValue.filter((item, index) => index !== ownIndex && typeof item === 'string') : []);
  return scope.groups
    .filter((group) => !listed.has(group.id))
    .map((group) => ({ value: group.id, detail: group.title ?? 'Group', documentation: groupMarkdown(group) }));
}

/**
 * The group a group id at `segments` names (a reference, or the `id` of a group's definition), for hover; undefined
 * when the id names no group of its module.
 */
export function resultGroupNamed(parsed: ParsedRecord, segments: readonly string[], id: string): ResultGroup | undefined {
  const isDefinition = segments.at(-1) === 'id' && ['groups', 'eventGroups'].includes(segments.at(-3) ?? '');
  if (!isDefinition && !isGroupReference(segments)) return undefined;
  return scopeOf(parsed, segments)?.groups.find((group) => group.id === id);
}

/** Markdown for a results group: its title, id and description. */
export function groupMarkdown(group: ResultGroup): string {
  const title = group.title ? `**${escapeMarkdown(group.title)}** (\`${group.id}\`)` : `\`${group.id}\``;
  return group.description ? `${title}\n\n${escapeMarkdown(group.description)}` : title;
}

function scopeOf(parsed: ParsedRecord, segments: readonly string[]) {
  if (parsed.recordPointer === '' || segments[0] !== 'resultsSection') return undefined;
  const scopes = readGroupScopes(valueAt(parsed.value, RESULTS_SECTION_POINTER));
  return scopeContaining(scopes, resultsPointer(segments).slice(RESULTS_SECTION_POINTER.length));
}

/** The document pointer of a schema path inside `resultsSection`. */
function resultsPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

function isGroupReference(segments: readonly string[]): boolean {
  if (segments[0] !== 'resultsSection') return false;
  return segments.at(-1) === 'groupId' || (segments.at(-2) === 'groupIds' && isIndex(segments.at(-1)));
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
