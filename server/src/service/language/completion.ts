import { lastSegment, isPlainObject, valueAt, type ParsedRecord } from '../parse/parsedRecord';
import type { RecordSchema, SchemaNode } from '../schema/recordSchema';
import { cursorContext } from './cursor/cursorContext';
import type { CursorContext, KeyPosition, OuterObject } from './cursor/cursorPosition';
import { recordSegments } from './cursor/recordSegments';
import { readYamlLine } from './cursor/yamlLine';
import { fieldMarkdown, isRegistryAssigned } from './fieldWording';
import type { CompletionEntry, CompletionResult } from './completionEntry';
import { logFailedAnswer, type LanguageRequest } from './languageRequest';
import { referenceListOf } from './referenceCompletion';
import { valueCompletions, valueSuffix, type ValueTarget } from './valueCompletion';

export type { CompletionEntry, CompletionResult } from './completionEntry';

const EMPTY: CompletionResult = { items: [] };

/**
 * Completions at `offset`: enum values, booleans and references to the record's arms and
 * interventions at a value position, the missing keys of the enclosing object (and, in YAML, of
 * the objects the line may move out to) at a key position, the modules at the record's root.
 * Works from the last parse and the text around the cursor only. Never throws: a failure inside
 * (a bug, a hostile analysis) is logged through the `request`'s log, naming its document and
 * position, and the answer is empty.
 */
export function complete(
  text: string,
  parsed: ParsedRecord,
  offset: number,
  schema: RecordSchema,
  request?: LanguageRequest,
): CompletionResult {
  try {
    return completionsAt(text, parsed, offset, schema);
  } catch (error) {
    logFailedAnswer('completion', error, request, text, offset);
    return EMPTY;
  }
}

function completionsAt(text: string, parsed: ParsedRecord, offset: number, schema: RecordSchema): CompletionResult {
  const context = cursorContext(text, parsed, offset);
  return context.kind === 'key'
    ? keyCompletions(context, parsed, schema)
    : { items: otherCompletions(text, parsed, offset, context, schema) };
}

function otherCompletions(
  text: string,
  parsed: ParsedRecord,
  offset: number,
  context: Exclude<CursorContext, KeyPosition>,
  schema: RecordSchema,
): CompletionEntry[] {
  switch (context.kind) {
    case 'value': {
      const segments = recordSegments(parsed, context.valuePointer);
      if (!segments) return [];
      const reference = yamlReferenceWrittenAsKey(text, offset, segments);
      if (reference) return valueCompletions(reference.segments, parsed, reference.target, schema);
      return valueCompletions(segments, parsed, valueTarget(text, context, context.valuePointer, context.needsLeadingSpace), schema);
    }
    case 'item': {
      const segments = recordSegments(parsed, context.itemPointer);
      if (!segments) return [];
      if (isObjectSchema(schema, schema.nodeAt(segments))) {
        // A new object item (`- |`): its keys align with the item's content column.
        return objectKeyCompletions(
          {
            kind: 'key',
            format: context.format,
            objectPointer: context.itemPointer,
            partial: context.partial,
            replaceRange: context.replaceRange,
            hasSeparator: false,
            column: context.column,
            quoted: false,
            needsComma: false,
          },
          parsed,
          schema,
        );
      }
      return valueCompletions(segments, parsed, valueTarget(text, context, context.itemPointer, false), schema);
    }
    default:
      return [];
  }
}

function valueTarget(
  text: string,
  context: Exclude<CursorContext, KeyPosition | { kind: 'none' }>,
  pointer: string,
  needsLeadingSpace: boolean,
): ValueTarget {
  const { format, quoted, replaceRange } = context;
  return {
    format,
    replaceRange,
    quoted,
    quote: format === 'yaml' && quoted ? text[replaceRange.start - 1] : undefined,
    needsLeadingSpace,
    inFlow: context.kind === 'value' && context.inFlow === true,
    suffix: valueSuffix(text, format, pointer, replaceRange),
  };
}

/**
 * YAML: `- Drug: Asp|` in an arm's `interventionNames` reads as a key `Drug` with a value, but
 * the author is typing a `Type: Name` reference: the whole item text is the typed value (it is
 * replaced by the quoted reference).
 */
function yamlReferenceWrittenAsKey(
  text: string,
  offset: number,
  segments: readonly string[],
): { segments: string[]; target: ValueTarget } | undefined {
  if (segments.length !== 6 || !referenceListOf(segments.slice(0, 5))) return undefined;
  const line = readYamlLine(text, text.lastIndexOf('\n', offset - 1) + 1);
  if (line.dashes.length === 0) return undefined;
  const replaceRange = { start: line.start + line.contentColumn, end: Math.max(line.start + line.valueEnd, offset) };
  const target: ValueTarget = {
    format: 'yaml',
    replaceRange,
    quoted: false,
    needsLeadingSpace: false,
    inFlow: false,
    suffix: valueSuffix(text, 'yaml', '', replaceRange),
  };
  return { segments: segments.slice(0, 5), target };
}

// ---------------------------------------------------------------------------------------------
// Keys

/**
 * The missing keys of the object at the cursor. Once a word is typed, in YAML also those of each
 * enclosing object the line may move out to, re-indented to its column: `brief` typed under a
 * nested block still finds `briefTitle`, and a module name typed there a new module. With nothing
 * typed the list stays that of the object at the cursor, marked incomplete so that the editor asks
 * again at the first letter (a list the typed word matches nothing of would otherwise stay shown,
 * and Enter would replace the word with its first key).
 */
function keyCompletions(context: KeyPosition, parsed: ParsedRecord, schema: RecordSchema): CompletionResult {
  const offered = new Set([context.objectPointer]);
  const outer = (context.outerObjects ?? []).filter((object) => {
    if (offered.has(object.objectPointer)) return false;
    offered.add(object.objectPointer);
    return true;
  });
  const here = objectKeyCompletions(context, parsed, schema);
  if (context.partial === '') return { items: here, incomplete: outer.length > 0 };
  return { items: [...here, ...outer.flatMap((object) => outerKeyCompletions(context, object, parsed, schema))] };
}

function outerKeyCompletions(context: KeyPosition, object: OuterObject, parsed: ParsedRecord, schema: RecordSchema): CompletionEntry[] {
  const moved: KeyPosition = {
    ...context,
    objectPointer: object.objectPointer,
    column: object.column,
    replaceRange: object.replaceRange,
    editedKey: undefined,
  };
  const indent = ' '.repeat(object.column);
  const where = object.objectPointer === parsed.recordPointer ? 'top level' : `in ${lastSegment(object.objectPointer)}`;
  return objectKeyCompletions(moved, parsed, schema, where).map((item) => ({ ...item, insertText: indent + item.insertText }));
}

function objectKeyCompletions(context: KeyPosition, parsed: ParsedRecord, schema: RecordSchema, where?: string): CompletionEntry[] {
  const segments = recordSegments(parsed, context.objectPointer);
  if (!segments) return [];
  const objectNode = segments.length === 0 ? schema.protocolSection : schema.nodeAt(segments);
  const resolved = schema.deref(objectNode);
  // A list is not an object: its items, not the list, take keys (propertiesOf would offer them).
  if (!resolved?.properties) return [];
  const atModules = segments.length === 0;
  const present = presentKeys(parsed, context.objectPointer);
  if (context.editedKey !== undefined) present.delete(context.editedKey);
  const required = new Set(resolved.required ?? []);

  const candidates = schema
    .propertiesOf(resolved)
    .filter(([name]) => !present.has(name))
    .map(([name, node], order) => ({ name, node, order, rank: isRegistryAssigned(schema, node) ? 2 : required.has(name) ? 0 : 1 }));
  // Required fields first (what the record still needs), registry-assigned ones last (rarely
  // written by hand, but kept: records copied from the API carry them), schema order within.
  candidates.sort((a, b) => a.rank - b.rank || a.order - b.order);

  return candidates.map(({ name, node, rank }) => {
    const title = schema.titleOf(node, name);
    const notes = [rank === 0 ? 'required' : '', rank === 2 ? 'assigned by the registry' : '', where ?? ''].filter(Boolean);
    const shape = shapeOf(schema, node);
    const insert = context.format === 'json' ? jsonKeyInsert(name, shape, context) : yamlKeyInsert(name, shape, context);
    return {
      label: name,
      kind: atModules ? 'module' : 'property',
      insertText: insert.text,
      isSnippet: insert.isSnippet,
      filterText: context.quoted ? `"${name}"` : name,
      detail: notes.length > 0 ? `${title} (${notes.join(', ')})` : title,
      documentation: fieldMarkdown(schema, name, node, resolved),
      replaceRange: context.replaceRange,
      retrigger:
        !context.hasSeparator && (shape === 'object' || shape === 'choice' || shape === 'list of objects' || shape === 'list of choices'),
    };
  });
}

/** Keys the object already has, from the last parse. */
function presentKeys(parsed: ParsedRecord, pointer: string): Set<string> {
  const value = valueAt(parsed.value, pointer);
  return new Set(isPlainObject(value) ? Object.keys(value) : []);
}

type Shape = 'scalar' | 'choice' | 'object' | 'list of objects' | 'list of choices' | 'list';

function shapeOf(schema: RecordSchema, node: SchemaNode): Shape {
  const resolved = schema.deref(node);
  if (!resolved) return 'scalar';
  if (resolved.enum || resolved.type === 'boolean') return 'choice';
  if (resolved.properties || resolved.type === 'object') return 'object';
  if (resolved.items || resolved.type === 'array') {
    const items = schema.deref(resolved.items);
    if (items?.properties || items?.type === 'object') return 'list of objects';
    return items?.enum ? 'list of choices' : 'list';
  }
  return 'scalar';
}

function isObjectSchema(schema: RecordSchema, node: SchemaNode | undefined): boolean {
  const resolved = schema.deref(node);
  return resolved !== undefined && (resolved.properties !== undefined || resolved.type === 'object');
}

/**
 * `key: ` for scalars, `key:` plus the next line indented for objects, and `key:` plus a first
 * `- ` for lists. Indentation is absolute (the key's column + 2), so the text is inserted as is.
 */
function yamlKeyInsert(name: string, shape: Shape, context: KeyPosition): { text: string; isSnippet: boolean } {
  const key = /^[A-Za-z_$][\w$.-]*$/.test(name) ? name : JSON.stringify(name);
  if (context.hasSeparator) return { text: key, isSnippet: false };
  const childIndent = ' '.repeat(context.column + 2);
  switch (shape) {
    case 'object':
      return { text: `${key}:\n${childIndent}`, isSnippet: false };
    case 'list':
    case 'list of choices':
    case 'list of objects':
      return { text: `${key}:\n${childIndent}- `, isSnippet: false };
    default:
      return { text: `${key}: `, isSnippet: false };
  }
}

/** `"key": ` with an empty value of the right kind, the cursor inside it. */
function jsonKeyInsert(name: string, shape: Shape, context: KeyPosition): { text: string; isSnippet: boolean } {
  const key = escapeSnippet(JSON.stringify(name));
  if (context.hasSeparator) return { text: key, isSnippet: true };
  const comma = context.needsComma ? ',' : '';
  switch (shape) {
    case 'object':
      return { text: `${key}: {$1}${comma}`, isSnippet: true };
    case 'list':
    case 'list of choices':
    case 'list of objects':
      return { text: `${key}: [$1]${comma}`, isSnippet: true };
    case 'choice':
      return { text: `${key}: $1${comma}`, isSnippet: true };
    default:
      return { text: `${key}: "$1"${comma}`, isSnippet: true };
  }
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}
