import type { FixData, RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { joinPointer, lastSegment, type RecordValue } from '../parse/parsedRecord';
import { appendItem } from './addArrayItem';
import type { FixDocument } from './fixDocument';
import { insertEntries, type NewEntry } from './insertProperty';
import { placeholderFor } from './placeholder';
import { removeEntry } from './removeProperty';
import { renameKey, replaceValue, splitItem } from './replaceValue';
import type { TextEdit } from './textEdit';

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
}

/** What a quick fix needs from a diagnostic (a published LSP diagnostic carries the same in its `data`). */
export type FixableDiagnostic = Pick<RecordDiagnostic, 'range' | 'code' | 'fix'>;

/** Fix kinds that only rewrite a value or key into the registry's form: safe for "fix all" on save. */
const UNATTENDED_KINDS = new Set(['replace-value', 'rename-key', 'split-item', 'remove-property']);

/**
 * The quick fix for a diagnostic, from the fix data its layer attached: minimal edits on the
 * current text (undefined when the data does not apply to it any more, e.g. the field is gone).
 */
export function quickFixFor(document: FixDocument, diagnostic: FixableDiagnostic): QuickFix | undefined {
  const fix = diagnostic.fix;
  if (!fix) return undefined;
  let computed: ReturnType<typeof editsFor>;
  try {
    computed = editsFor(document, diagnostic, fix);
  } catch {
    return undefined; // fix data that does not fit this text (it arrives from the client): no fix, never a crash
  }
  const edits = computed?.edits;
  if (!computed || !edits || edits.length === 0) return undefined;
  const unattended = diagnostic.code.startsWith('schema/') && UNATTENDED_KINDS.has(fix.kind);
  return { title: computed.title, edits, unattended };
}

function editsFor(document: FixDocument, diagnostic: FixableDiagnostic, fix: FixData): { title: string; edits: TextEdit[] | undefined } | undefined {
  const pointer = fix.pointer;
  switch (fix.kind) {
    case 'replace-value': {
      if (pointer === undefined || !isRecordValue(fix.replacement)) return undefined;
      const field = fieldName(pointer);
      return { title: `Change ${field ? `\`${field}\` ` : ''}to ${show(fix.replacement)}`, edits: replaceValue(document, pointer, fix.replacement) };
    }
    case 'split-item': {
      const replacements = stringList(fix.replacements);
      if (pointer === undefined || !replacements) return undefined;
      return { title: `Split into ${replacements.map((value) => `\`${value}\``).join(' and ')}`, edits: splitItem(document, pointer, replacements) };
    }
    case 'rename-key':
      if (pointer === undefined || typeof fix.replacement !== 'string') return undefined;
      return { title: `Rename \`${lastSegment(pointer)}\` to \`${fix.replacement}\``, edits: renameKey(document, pointer, fix.replacement) };
    case 'insert-property': {
      if (pointer === undefined) return undefined;
      const names = stringList(fix.properties) ?? (typeof fix.property === 'string' ? [fix.property] : undefined);
      if (!names) return undefined;
      const entries: NewEntry[] = names.map((name) => [
        name,
        names.length === 1 && isRecordValue(fix.value) ? fix.value : placeholderFor(document, joinPointer(pointer, name)),
      ]);
      return { title: `Add ${names.map((name) => `\`${name}\``).join(', ')}`, edits: insertEntries(document, pointer, entries) };
    }
    case 'remove-property':
      if (pointer === undefined) return undefined;
      return { title: `Remove \`${lastSegment(pointer)}\``, edits: removeEntry(document, pointer) };
    case 'add-array-item':
      if (pointer === undefined || !isRecordValue(fix.value)) return undefined;
      return { title: `Add ${show(fix.value)} to \`${lastSegment(pointer)}\``, edits: appendItem(document, pointer, fix.value) };
    case 'replace-text':
      if (typeof fix.replacement !== 'string') return undefined;
      return { title: `Change to \`${fix.replacement}\``, edits: [{ range: diagnostic.range, newText: fix.replacement }] };
    default:
      return undefined;
  }
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
