import { createScanner, SyntaxKind } from 'jsonc-parser';
import { isPlainObject, valueAt, type ParsedRecord, type RecordFormat } from '../parse/parsedRecord';
import type { RecordSchema, SchemaNode } from '../schema/recordSchema';
import type { OffsetRange } from '../text/offsetRange';
import { cursorContext } from './cursor/cursorContext';
import type { KeyPosition } from './cursor/cursorPosition';
import { recordSegments } from './cursor/recordSegments';
import { enumValueMarkdown, fieldMarkdown, fieldNameOf, isRegistryAssigned, valueFieldTitle } from './fieldWording';
import { logFailedAnswer, type LanguageRequest } from './languageRequest';

/** One completion proposal, transport-neutral (the LSP layer maps it to a CompletionItem). */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: 'value' | 'property' | 'module';
  /** Replaces `replaceRange`. Multi-line texts carry their full indentation: insert them as they are. */
  readonly insertText: string;
  /** `insertText` is a snippet (`$1` marks where the cursor goes); only JSON properties use one. */
  readonly isSnippet: boolean;
  /** What the editor matches the typed text against; holds both the API value and its registry label. */
  readonly filterText: string;
  readonly detail: string;
  /** Markdown. */
  readonly documentation: string;
  readonly replaceRange: OffsetRange;
  /** The inserted field has choices of its own (enum values, nested keys): ask for completions again. */
  readonly retrigger: boolean;
}

export interface CompletionResult {
  /** In the order to show them (with nothing typed yet). */
  readonly items: readonly CompletionEntry[];
}

const EMPTY: CompletionResult = { items: [] };

/**
 * Completions at `offset`: enum values and booleans at a value position, the missing keys of
 * the enclosing object at a key position, the modules at the record's root. Works from the last
 * parse and the text around the cursor only. Never throws: a failure inside (a bug, a hostile
 * analysis) is logged through the `request`'s log, naming its document and position, and the
 * answer is empty.
 */
export function complete(text: string, parsed: ParsedRecord, offset: number, schema: RecordSchema, request?: LanguageRequest): CompletionResult {
  try {
    return { items: completionsAt(text, parsed, offset, schema) };
  } catch (error) {
    logFailedAnswer('completion', error, request, text, offset);
    return EMPTY;
  }
}

function completionsAt(text: string, parsed: ParsedRecord, offset: number, schema: RecordSchema): CompletionEntry[] {
  const context = cursorContext(text, parsed, offset);
  switch (context.kind) {
    case 'key':
      return keyCompletions(context, parsed, schema);
    case 'value': {
      const segments = recordSegments(parsed, context.valuePointer);
      return segments ? valueCompletions(segments, context.format, { ...context, suffix: valueSuffix(text, context.format, context.valuePointer, context.replaceRange) }, schema) : [];
    }
    case 'item': {
      const segments = recordSegments(parsed, context.itemPointer);
      if (!segments) return [];
      if (isObjectSchema(schema, schema.nodeAt(segments))) {
        // A new object item (`- |`): its keys align with the item's content column.
        return keyCompletions(
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
      return valueCompletions(segments, context.format, { ...context, needsLeadingSpace: false, suffix: valueSuffix(text, context.format, context.itemPointer, context.replaceRange) }, schema);
    }
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Keys

function keyCompletions(context: KeyPosition, parsed: ParsedRecord, schema: RecordSchema): CompletionEntry[] {
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
    const notes = [rank === 0 ? 'required' : '', rank === 2 ? 'assigned by the registry' : ''].filter(Boolean);
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
      retrigger: !context.hasSeparator && (shape === 'object' || shape === 'choice' || shape === 'list of objects' || shape === 'list of choices'),
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

// ---------------------------------------------------------------------------------------------
// Values

interface ValueTarget {
  readonly replaceRange: OffsetRange;
  readonly quoted: boolean;
  readonly needsLeadingSpace: boolean;
  /** Text the value needs after it (see `valueSuffix`). */
  readonly suffix: string;
}

/** JSON tokens that start a value: a list item inserted before one needs a comma. */
const JSON_VALUE_STARTS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NumericLiteral, SyntaxKind.TrueKeyword, SyntaxKind.FalseKeyword, SyntaxKind.NullKeyword, SyntaxKind.OpenBraceToken, SyntaxKind.OpenBracketToken]);

/**
 * What an inserted value needs after it to keep the document well-formed: in YAML, a blank when a
 * comment starts right after the replaced range (`NIH# c` would make the comment part of the
 * value); in JSON, a comma when the value is a new list item placed before an existing one.
 */
function valueSuffix(text: string, format: RecordFormat, pointer: string, range: OffsetRange): string {
  if (format === 'yaml') return text[range.end] === '#' ? ' ' : '';
  if (!/\/\d+$/.test(pointer)) return '';
  const scanner = createScanner(text, true);
  scanner.setPosition(range.end);
  return JSON_VALUE_STARTS.has(scanner.scan()) ? ',' : '';
}

function valueCompletions(segments: readonly string[], format: RecordFormat, target: ValueTarget, schema: RecordSchema): CompletionEntry[] {
  const node = schema.nodeAt(segments);
  const resolved = schema.deref(node);
  // A list field written inline (`phases: |`) is not offered single values; its `- ` items are.
  if (!resolved || resolved.items || resolved.type === 'array') return [];
  const fieldName = fieldNameOf(segments);
  const fieldTitle = valueFieldTitle(schema, segments, node);
  const lead = target.needsLeadingSpace ? ' ' : '';
  const trail = target.suffix;

  if (resolved.enum) {
    return schema.enumOptions(resolved).map((option) => {
      const written = format === 'json' ? JSON.stringify(option.value) : option.value;
      // VS Code filters on the text from the range start to the cursor, spaces included
      // (`not yet`), and the first typed character must start a word of the filter text.
      // Value and label together let `recr`, `not yet` and `phase 2` all find their value.
      const filterValue = format === 'json' && target.quoted ? written : option.value;
      return {
        label: option.value,
        kind: 'value',
        insertText: lead + written + trail,
        isSnippet: false,
        filterText: option.label !== option.value ? `${filterValue} ${option.label}` : filterValue,
        detail: option.label,
        documentation: enumValueMarkdown(option, fieldTitle),
        replaceRange: target.replaceRange,
        retrigger: false,
      };
    });
  }
  const type = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (type.includes('boolean') && !(format === 'yaml' && target.quoted)) {
    return ['true', 'false'].map((value) => ({
      label: value,
      kind: 'value',
      insertText: lead + value + trail,
      isSnippet: false,
      filterText: format === 'json' && target.quoted ? `"${value}` : value,
      detail: value === 'true' ? 'yes' : 'no',
      documentation: `\`${value}\` — ${value === 'true' ? 'yes' : 'no'}: *${schema.titleOf(node, fieldName)}*`,
      replaceRange: target.replaceRange,
      retrigger: false,
    }));
  }
  return [];
}
