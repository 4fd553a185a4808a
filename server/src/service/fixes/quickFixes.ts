import type { FixData, FixOfKind, RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { isPlainObject, joinPointer, lastSegment, parentPointer, type RecordValue } from '../parse/parsedRecord';
import { consoleLog, type ServiceLog } from '../serviceLog';
import { unhandledFixKind } from './fixData';
import type { FixDocument } from './fixDocument';
import { placeholderFor } from './placeholder';
import { addListItem, insertProperties, removeItem, removeProperty, renameKey, splitItem, writeValue, type NewEntry } from './recordWriter';
import { editsOverlap, type TextEdit } from './textEdit';

/** A repair for one diagnostic: a title for the light bulb and the edits that make it. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /**
   * Safe to apply without looking (`source.fixAll`): the fix only rewrites a value or key into the
   * form the registry expects (`Recruiting` → `RECRUITING`), never inserts placeholders, removes data
   * or settles a cross-field disagreement one way.
   */
  readonly unattended: boolean;
  /**
   * Pointers of the fields the fix adds to the record (a renamed key's new name counts; for a field
   * added inside groups that do not exist yet, the outermost new group), so "fix all" never writes
   * one key twice into a mapping.
   */
  readonly creates: readonly string[];
}

/** What a quick fix needs from a diagnostic (a published LSP diagnostic carries the same in its `data`). */
export type FixableDiagnostic = Pick<RecordDiagnostic, 'range' | 'code' | 'fix'>;

/** Fix kinds that only rewrite a value or key into the registry's form: safe for "fix all" on save. */
const UNATTENDED_KINDS: ReadonlySet<FixData['kind']> = new Set<FixData['kind']>([
  'replace-value',
  'rename-key',
  'split-item',
  'remove-property',
]);

/** Where a fix that fails is reported: the caller's log, and the document for the log line. */
export interface FixReporting {
  readonly log: ServiceLog;
  /** The document's uri, when the caller knows it. */
  readonly uri?: string;
}

const TO_CONSOLE: FixReporting = { log: consoleLog };

/**
 * The quick fix for a diagnostic, from the fix data its layer attached: minimal edits on the
 * current text (undefined when the data does not apply to it any more, e.g. the field is gone).
 * `context`, the document's other diagnostics, lets a fix step aside for a better one: a missing
 * field is not added when a near-miss key in the same mapping is to be renamed to it (`breifTitle`).
 * A fix whose computation throws (a bug) is not offered and is logged to `reporting.log`.
 */
export function quickFixFor(
  document: FixDocument,
  diagnostic: FixableDiagnostic,
  context: readonly FixableDiagnostic[] = [],
  reporting: FixReporting = TO_CONSOLE,
): QuickFix | undefined {
  const fix = diagnostic.fix;
  if (!fix) return undefined;
  let computed: ComputedFix | undefined;
  try {
    computed = editsFor(document, diagnostic, fix, context);
  } catch (error) {
    const where = reporting.uri === undefined ? '' : ` in ${reporting.uri}`;
    reporting.log.error(`The ${fix.kind} quick fix for ${diagnostic.code}${where} failed`, error);
    return undefined;
  }
  const edits = computed?.edits;
  if (!computed || !edits || edits.length === 0 || !editsFit(document.text, edits)) return undefined;
  const unattended = diagnostic.code.startsWith('schema/') && UNATTENDED_KINDS.has(fix.kind);
  return { title: computed.title, edits, unattended, creates: computed.creates ?? [] };
}

/** Last line of defence: edits outside the text or on top of each other are never offered. */
function editsFit(text: string, edits: readonly TextEdit[]): boolean {
  const inside = edits.every(
    ({ range }) =>
      Number.isInteger(range.start) &&
      Number.isInteger(range.end) &&
      range.start >= 0 &&
      range.start <= range.end &&
      range.end <= text.length,
  );
  return inside && edits.every((edit, index) => edits.slice(index + 1).every((other) => !editsOverlap(edit, other)));
}

type ComputedFix = { title: string; edits: TextEdit[] | undefined; creates?: string[] };

function editsFor(
  document: FixDocument,
  diagnostic: FixableDiagnostic,
  fix: FixData,
  context: readonly FixableDiagnostic[],
): ComputedFix | undefined {
  switch (fix.kind) {
    case 'replace-value': {
      const { valuePointer, replacement } = fix;
      const field = fieldName(valuePointer);
      return {
        title: `Change ${field ? `\`${field}\` ` : ''}to ${show(replacement)}`,
        edits: writeValue(document, valuePointer, replacement),
        creates: created(document, [valuePointer]),
      };
    }
    case 'split-item':
      return {
        title: `Split into ${fix.replacements.map((value) => `\`${value}\``).join(' and ')}`,
        edits: splitItem(document, fix.itemPointer, fix.replacements),
      };
    case 'rename-key': {
      const { propertyPointer, newKey } = fix;
      const target = joinPointer(parentPointer(propertyPointer), newKey);
      if (target !== propertyPointer && hasKey(document, parentPointer(propertyPointer), newKey)) return undefined; // would write the key twice
      return {
        title: `Rename \`${lastSegment(propertyPointer)}\` to \`${newKey}\``,
        edits: renameKey(document, propertyPointer, newKey),
        creates: [target],
      };
    }
    case 'insert-property':
      return insertPropertyFix(document, fix, context);
    case 'remove-property':
      return { title: `Remove \`${lastSegment(fix.propertyPointer)}\``, edits: removeProperty(document, fix.propertyPointer) };
    case 'remove-item': {
      const item = document.value(fix.itemPointer);
      if (item === undefined) return undefined;
      const list = fieldName(parentPointer(fix.itemPointer));
      return { title: `Remove ${show(item)}${list ? ` from \`${list}\`` : ''}`, edits: removeItem(document, fix.itemPointer) };
    }
    case 'add-array-item':
      return {
        title: `Add ${show(fix.value)} to \`${lastSegment(fix.listPointer)}\``,
        edits: addListItem(document, fix.listPointer, fix.value),
        creates: created(document, [fix.listPointer]),
      };
    case 'replace-text':
      return { title: `Change to \`${fix.replacement}\``, edits: [{ range: diagnostic.range, newText: fix.replacement }] };
    default:
      return unhandledFixKind(fix);
  }
}

function insertPropertyFix(
  document: FixDocument,
  fix: FixOfKind<'insert-property'>,
  context: readonly FixableDiagnostic[],
): ComputedFix | undefined {
  const { parentPointer: pointer, properties } = fix;
  // A key a near-miss rename in this mapping will produce is left to the rename (it keeps the author's value).
  const names = properties.filter((name) => !renamedTo(context, pointer, name));
  if (names.length === 0) return undefined;
  const entries: NewEntry[] = names.map((name) => [
    name,
    properties.length === 1 && fix.value !== undefined ? fix.value : placeholderFor(document, joinPointer(pointer, name)),
  ]);
  // `allocation: null` is filled in, not added (insertProperties never writes a key twice).
  const verb = names.every((name) => document.value(joinPointer(pointer, name)) !== undefined) ? 'Fill in' : 'Add';
  return {
    title: `${verb} ${names.map((name) => `\`${name}\``).join(', ')}`,
    edits: insertProperties(document, pointer, entries),
    creates: created(
      document,
      names.map((name) => joinPointer(pointer, name)),
    ),
  };
}

/** Whether the object at `pointer` has `key`. */
function hasKey(document: FixDocument, pointer: string, key: string): boolean {
  const holder = document.value(pointer);
  return isPlainObject(holder) && Object.prototype.hasOwnProperty.call(holder, key);
}

/** Whether another diagnostic's fix renames a key of the mapping at `pointer` to `name`. */
function renamedTo(context: readonly FixableDiagnostic[], pointer: string, name: string): boolean {
  return context.some(
    ({ fix }) =>
      fix?.kind === 'rename-key' &&
      fix.newKey === name &&
      fix.propertyPointer !== joinPointer(pointer, name) &&
      parentPointer(fix.propertyPointer) === pointer,
  );
}

/**
 * The fields that writing at `pointers` adds: for each absent one, itself or its outermost absent
 * ancestor (the group that gets created around it).
 */
function created(document: FixDocument, pointers: readonly string[]): string[] {
  const result = new Set<string>();
  for (const pointer of pointers) {
    if (pointer === '' || document.value(pointer) !== undefined) continue;
    let outermost = pointer;
    while (parentPointer(outermost) !== '' && document.value(parentPointer(outermost)) === undefined) outermost = parentPointer(outermost);
    result.add(outermost);
  }
  return [...result];
}

/** The field a pointer names (`masking`), or undefined for a list item. */
function fieldName(pointer: string): string | undefined {
  const last = lastSegment(pointer);
  return /^\d+$/.test(last) ? undefined : last;
}

function show(value: RecordValue): string {
  if (Array.isArray(value))
    return value.map((item) => `\`${typeof item === 'string' ? item : JSON.stringify(item)}\``).join(', ') || 'an empty list';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}
