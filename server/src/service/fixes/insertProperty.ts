import { isPlainObject, joinPointer, lastSegment, parentPointer, type RecordValue } from '../parse/parsedRecord';
import { offsetRange } from '../text/offsetRange';
import type { FixDocument } from './fixDocument';
import { replacePresentValue } from './replaceValue';
import { editsOverlap, type TextEdit } from './textEdit';
import { jsonValue, yamlEntry, yamlFlow } from './valueText';

/** One field to insert: its key and the value to write (a placeholder or a real value). */
export type NewEntry = readonly [key: string, value: RecordValue];

/**
 * Edits that add `entries` to the object at `pointer`: each goes after the nearest field that
 * precedes it in schema order (else before the first field), at the siblings' indentation, in the
 * document's style (YAML block or flow, JSON one per line or inline). A missing object is created
 * inside its parent, and so on up. A key the object already has is never written twice: an empty
 * value (`key:`, `null`, `""`, `[]`, `{}`) is filled in, any other is left alone. Undefined when
 * there is nothing to do, or when the pointer holds a list or a scalar where a group of fields
 * belongs (the schema reports that) or an object too broken to place a field in.
 */
export function insertEntries(document: FixDocument, pointer: string, entries: readonly NewEntry[]): TextEdit[] | undefined {
  if (entries.length === 0) return undefined;
  const location = document.locate(pointer);
  const current = document.value(pointer);
  if (!location || current === undefined) {
    if (pointer === '') return wholeDocument(document, entries);
    const parent = parentPointer(pointer);
    const holder = document.value(parent);
    if (holder !== undefined && holder !== null && !isPlainObject(holder)) return undefined;
    return insertEntries(document, parent, [[lastSegment(pointer), Object.fromEntries(entries)]]);
  }
  if (current === null) return intoEmptyValue(document, pointer, entries);
  if (!isPlainObject(current)) return undefined;
  const present = entries.filter(([key]) => Object.prototype.hasOwnProperty.call(current, key));
  const fresh = entries.filter((entry) => !present.includes(entry));
  const filled: TextEdit[] = [];
  for (const [key, value] of present) filled.push(...(fillIn(document, joinPointer(pointer, key), value) ?? []));
  if (fresh.length === 0) return filled.length > 0 ? filled : undefined;
  const added = intoObject(document, pointer, location.valueRange.start, fresh);
  if (!added) return undefined;
  // Filling `key:` at the very end of the text and adding after it would insert at one offset, in no defined order.
  if (added.some((edit) => filled.some((other) => editsOverlap(edit, other)))) return undefined;
  return [...filled, ...added];
}

/** Entries that are all new to the object at `pointer` (its value starts at `valueStart`). */
function intoObject(document: FixDocument, pointer: string, valueStart: number, entries: readonly NewEntry[]): TextEdit[] | undefined {
  const opening = document.text[valueStart];
  if (document.format === 'json') return opening === '{' ? intoJsonObject(document, pointer, entries) : undefined;
  if (opening === '{') return intoYamlFlowObject(document, pointer, entries);
  return intoYamlBlock(document, pointer, entries);
}

/**
 * Whether a present value holds nothing yet, so writing a placeholder or value there loses nothing:
 * an empty value written as one (`key:`, `null`, `~`, `""`, `[]`, `{}`), not text that merely parses
 * to nothing (a broken `? ` key with a list below it).
 */
function isEmptyValue(document: FixDocument, pointer: string): boolean {
  const value = document.value(pointer);
  const empty = Array.isArray(value)
    ? value.length === 0
    : isPlainObject(value)
      ? Object.keys(value).length === 0
      : value === null || value === '';
  const range = document.locate(pointer)?.valueRange;
  if (!empty || !range) return false;
  const written = document.text.slice(range.start, document.trimmedEnd(range.start, range.end));
  return /^(?:|null|Null|NULL|~|""|''|\[\s*\]|\{\s*\})$/.test(written);
}

/** Edits that write `value` over the empty value of the present field at `pointer` (undefined: nothing to fill). */
function fillIn(document: FixDocument, pointer: string, value: RecordValue): TextEdit[] | undefined {
  const current = document.value(pointer);
  if (!isEmptyValue(document, pointer) || JSON.stringify(current) === JSON.stringify(value)) return undefined;
  // A group goes in as fields of the present value (`key: null` → `key:` and the fields below), as when it is inserted.
  if (isPlainObject(value) && Object.keys(value).length > 0 && (current === null || isPlainObject(current)))
    return insertEntries(document, pointer, Object.entries(value));
  return replacePresentValue(document, pointer, value);
}

/** For each new entry, the existing key it follows (undefined: it goes before the first key). */
function anchors(document: FixDocument, pointer: string, entries: readonly NewEntry[]): Map<string | undefined, NewEntry[]> {
  const order = document.schemaOrder(pointer);
  const existing = document.keysOf(pointer);
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? Number.POSITIVE_INFINITY : index;
  };
  const sorted = [...entries].sort((a, b) => rank(a[0]) - rank(b[0]));
  const result = new Map<string | undefined, NewEntry[]>();
  for (const entry of sorted) {
    const before = existing.filter((key) => rank(key) < rank(entry[0]) || rank(entry[0]) === Number.POSITIVE_INFINITY);
    const anchor = before.length > 0 ? before[before.length - 1] : undefined;
    result.set(anchor, [...(result.get(anchor) ?? []), entry]);
  }
  return result;
}

function intoYamlBlock(document: FixDocument, pointer: string, entries: readonly NewEntry[]): TextEdit[] {
  const keys = document.keysOf(pointer);
  const firstKey = document.locate(joinPointer(pointer, keys[0]))!.keyRange!;
  const indent = document.columnIndent(firstKey.start);
  const edits: TextEdit[] = [];
  for (const [anchor, group] of anchors(document, pointer, entries)) {
    const lines = group.map(([key, value]) => yamlEntry(document, key, value, indent));
    if (anchor === undefined) {
      edits.push({
        range: offsetRange(firstKey.start, firstKey.start),
        newText: lines.map((line) => line + document.eol + indent).join(''),
      });
      continue;
    }
    edits.push(
      document.insertLinesAfter(
        endOfValue(document, joinPointer(pointer, anchor)),
        lines.map((line) => indent + line),
      ),
    );
  }
  return edits;
}

/** Where an entry's value ends in the text (its last non-blank character; the colon line for `key:`). */
function endOfValue(document: FixDocument, pointer: string): number {
  const location = document.locate(pointer)!;
  const { start, end } = location.valueRange;
  if (end <= start) return location.keyRange?.end ?? start;
  return document.trimmedEnd(start, end);
}

function intoYamlFlowObject(document: FixDocument, pointer: string, entries: readonly NewEntry[]): TextEdit[] | undefined {
  const range = document.locate(pointer)!.valueRange;
  // An unclosed `{` (e.g. `{` before block YAML): where the mapping ends is unknown, so add nothing.
  const close = document.trimmedEnd(range.start, range.end) - 1;
  if (close <= range.start || document.text[close] !== '}') return undefined;
  const contentEnd = document.trimmedEnd(range.start + 1, close);
  const written = entries.map(([key, value]) => `${key}: ${yamlFlow(value)}`).join(', ');
  const empty = contentEnd === range.start + 1;
  return [{ range: offsetRange(contentEnd, contentEnd), newText: empty ? written : `, ${written}` }];
}

/** `key:` with nothing after it (or an empty document): the entries go on the following lines. */
function intoEmptyValue(document: FixDocument, pointer: string, entries: readonly NewEntry[]): TextEdit[] | undefined {
  const location = document.locate(pointer)!;
  if (!location.keyRange) return pointer === '' ? wholeDocument(document, entries) : undefined;
  if (document.format === 'json') {
    const range = location.valueRange;
    if (range.end <= range.start) return undefined; // `"key":` without a value is a syntax error
    const indent = document.indentOfLine(location.keyRange.start);
    return [{ range, newText: jsonObject(document, entries, indent) }];
  }
  const indent = document.columnIndent(location.keyRange.start) + document.indentUnit;
  const at = document.lineEnd(location.keyRange.end);
  const lines = entries.map(([key, value]) => document.eol + indent + yamlEntry(document, key, value, indent)).join('');
  // `key: null` / `key: ~`: the entries replace the null.
  if (location.valueRange.end > location.valueRange.start)
    return [{ range: offsetRange(location.keyRange.end, location.valueRange.end), newText: `:${lines}` }];
  return [{ range: offsetRange(at, at), newText: lines }];
}

function intoJsonObject(document: FixDocument, pointer: string, entries: readonly NewEntry[]): TextEdit[] {
  const range = document.locate(pointer)!.valueRange;
  const keys = document.keysOf(pointer);
  if (keys.length === 0) {
    const indent = document.indentOfLine(range.start);
    return [{ range, newText: jsonObject(document, entries, indent) }];
  }
  const keyRangeOf = (key: string) => document.locate(joinPointer(pointer, key))!.keyRange!;
  const firstKey = keyRangeOf(keys[0]);
  const multiline = document.startsLine(firstKey.start);
  const indent = multiline ? document.indentOfLine(firstKey.start) : '';
  const separator = multiline ? `,${document.eol}${indent}` : ', ';
  const edits: TextEdit[] = [];
  for (const [anchor, group] of anchors(document, pointer, entries)) {
    const written = group.map(([key, value]) => `${JSON.stringify(key)}: ${jsonValue(document, value, indent)}`);
    const next = anchor === undefined ? keys[0] : keys[keys.indexOf(anchor) + 1];
    if (next !== undefined) {
      // Before the following field: comments on the anchor's line stay where they are.
      const at = keyRangeOf(next).start;
      edits.push({ range: offsetRange(at, at), newText: written.map((entry) => entry + separator).join('') });
    } else {
      const at = document.locate(joinPointer(pointer, anchor!))!.valueRange.end;
      edits.push(...document.jsonAppend(at, indent, written, multiline));
    }
  }
  return edits;
}

function jsonObject(document: FixDocument, entries: readonly NewEntry[], indent: string): string {
  const inner = indent + document.indentUnit;
  const written = entries.map(([key, value]) => `${inner}${JSON.stringify(key)}: ${jsonValue(document, value, inner)}`);
  return `{${document.eol}${written.join(`,${document.eol}`)}${document.eol}${indent}}`;
}

/** A document with no record yet (empty or only comments): the entries become its content. */
function wholeDocument(document: FixDocument, entries: readonly NewEntry[]): TextEdit[] | undefined {
  if (document.parsed.value !== undefined && document.parsed.value !== null) return undefined;
  const end = document.text.length;
  const separator = end > 0 && !/[\r\n]$/.test(document.text) ? document.eol : '';
  const body =
    document.format === 'json'
      ? jsonObject(document, entries, '')
      : entries.map(([key, value]) => yamlEntry(document, key, value, '')).join(document.eol);
  return [{ range: offsetRange(end, end), newText: `${separator}${body}${document.eol}` }];
}
