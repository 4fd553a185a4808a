import type { FixData, RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { isPlainObject, joinPointer, lastSegment, parentPointer, type RecordValue } from '../parse/parsedRecord';
import { appendItem } from './addArrayItem';
import type { FixDocument } from './fixDocument';
import { insertEntries, type NewEntry } from './insertProperty';
import { placeholderFor } from './placeholder';
import { removeItem } from './removeItem';
import { removeEntry } from './removeProperty';
import { renameKey, replaceValue, splitItem } from './replaceValue';
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
const UNATTENDED_KINDS = new Set(['replace-value', 'rename-key', 'split-item', 'remove-property']);

/**
 * The quick fix for a diagnostic, from the fix data its layer attached: minimal edits on the
 * current text (undefined when the data does not apply to it any more, e.g. the field is gone).
 * `context`, the document's other diagnostics, lets a fix step aside for a better one: a missing
 * field is not added when a near-miss key in the same mapping is to be renamed to it (`breifTitle`).
 */
export function quickFixFor(document: FixDocument, diagnostic: FixableDiagnostic, context: readonly FixableDiagnostic[] = []): QuickFix | undefined {
  const fix = diagnostic.fix;
  if (!fix) return undefined;
  let computed: ReturnType<typeof editsFor>;
  try {
    computed = editsFor(document, diagnostic, fix, context);
  } catch {
    return undefined; // fix data that does not fit this text (it arrives from the client): no fix, never a crash
  }
  const edits = computed?.edits;
  if (!computed || !edits || edits.length === 0 || !editsFit(document.text, edits)) return undefined;
  const unattended = diagnostic.code.startsWith('schema/') && UNATTENDED_KINDS.has(fix.kind);
  return { title: computed.title, edits, unattended, creates: computed.creates ?? [] };
}

/** Last line of defence: edits outside the text or on top of each other are never offered. */
function editsFit(text: string, edits: readonly TextEdit[]): boolean {
  const inside = edits.every(({ range }) => Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= text.length);
  return inside && edits.every((edit, index) => edits.slice(index + 1).every((other) => !editsOverlap(edit, other)));
}

type ComputedFix = { title: string; edits: TextEdit[] | undefined; creates?: string[] };

function editsFor(document: FixDocument, diagnostic: FixableDiagnostic, fix: FixData, context: readonly FixableDiagnostic[]): ComputedFix | undefined {
  const pointer = fix.pointer;
  switch (fix.kind) {
    case 'replace-value': {
      if (pointer === undefined || !isRecordValue(fix.replacement)) return undefined;
      const field = fieldName(pointer);
      return { title: `Change ${field ? `\`${field}\` ` : ''}to ${show(fix.replacement)}`, edits: replaceValue(document, pointer, fix.replacement), creates: created(document, [pointer]) };
    }
    case 'split-item': {
      const replacements = stringList(fix.replacements);
      if (pointer === undefined || !replacements) return undefined;
      return { title: `Split into ${replacements.map((value) => `\`${value}\``).join(' and ')}`, edits: splitItem(document, pointer, replacements) };
    }
    case 'rename-key': {
      if (pointer === undefined || typeof fix.replacement !== 'string') return undefined;
      const target = joinPointer(parentPointer(pointer), fix.replacement);
      if (target !== pointer && hasKey(document, parentPointer(pointer), fix.replacement)) return undefined; // would write the key twice
      return { title: `Rename \`${lastSegment(pointer)}\` to \`${fix.replacement}\``, edits: renameKey(document, pointer, fix.replacement), creates: [target] };
    }
    case 'insert-property': {
      if (pointer === undefined) return undefined;
      const listed = stringList(fix.properties) ?? (typeof fix.property === 'string' ? [fix.property] : undefined);
      if (!listed) return undefined;
      // A key a near-miss rename in this mapping will produce is left to the rename (it keeps the author's value).
      const names = listed.filter((name) => !renamedTo(context, pointer, name));
      if (names.length === 0) return undefined;
      const entries: NewEntry[] = names.map((name) => [
        name,
        listed.length === 1 && isRecordValue(fix.value) ? fix.value : placeholderFor(document, joinPointer(pointer, name)),
      ]);
      // `allocation: null` is filled in, not added (insertEntries never writes a key twice).
      const verb = names.every((name) => document.value(joinPointer(pointer, name)) !== undefined) ? 'Fill in' : 'Add';
      return { title: `${verb} ${names.map((name) => `\`${name}\``).join(', ')}`, edits: insertEntries(document, pointer, entries), creates: created(document, names.map((name) => joinPointer(pointer, name))) };
    }
    case 'remove-property':
      if (pointer === undefined) return undefined;
      return { title: `Remove \`${lastSegment(pointer)}\``, edits: removeEntry(document, pointer) };
    case 'remove-item': {
      const item = pointer === undefined ? undefined : document.value(pointer);
      if (pointer === undefined || item === undefined) return undefined;
      const list = fieldName(parentPointer(pointer));
      return { title: `Remove ${show(item)}${list ? ` from \`${list}\`` : ''}`, edits: removeItem(document, pointer) };
    }
    case 'add-array-item':
      if (pointer === undefined || !isRecordValue(fix.value)) return undefined;
      return { title: `Add ${show(fix.value)} to \`${lastSegment(pointer)}\``, edits: appendItem(document, pointer, fix.value), creates: created(document, [pointer]) };
    case 'replace-text':
      if (typeof fix.replacement !== 'string') return undefined;
      return { title: `Change to \`${fix.replacement}\``, edits: [{ range: diagnostic.range, newText: fix.replacement }] };
    default:
      return undefined;
  }
}

/** Whether the object at `pointer` has `key`. */
function hasKey(document: FixDocument, pointer: string, key: string): boolean {
  const holder = document.value(pointer);
  return isPlainObject(holder) && Object.prototype.hasOwnProperty.call(holder, key);
}

/** Whether another diagnostic's fix renames a key of the mapping at `pointer` to `name`. */
function renamedTo(context: readonly FixableDiagnostic[], pointer: string, name: string): boolean {
  return context.some(({ fix }) => fix?.kind === 'rename-key' && fix.replacement === name && typeof fix.pointer === 'string' && fix.pointer !== joinPointer(pointer, name) && parentPointer(fix.pointer) === pointer);
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
  if (Array.isArray(value)) return value.map((item) => `\`${typeof item === 'string' ? item : JSON.stringify(item)}\``).join(', ') || 'an empty list';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

/** Fix data arrives from the client as JSON: accept only plain JSON values. */
function isRecordValue(value: unknown): value is RecordValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isRecordValue);
  if (typeof value === 'object') return Object.values(value as object).every(isRecordValue);
  return false;
}
