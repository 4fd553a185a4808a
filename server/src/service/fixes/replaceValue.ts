import { isPlainObject, parentPointer, type RecordValue } from '../parse/parsedRecord';
import { offsetRange } from '../text/offsetRange';
import type { FixDocument } from './fixDocument';
import type { TextEdit } from './textEdit';
import { jsonValue, yamlFlow, yamlListItems, yamlScalar } from './valueText';
import { yamlDashBefore } from './yamlItems';

/**
 * Edits that replace the value of the present field or item at `pointer` with `replacement`,
 * touching only the value's text: the key, a comment after the value and the quoting style stay.
 * A list replaces a list in the same style (block or flow); a single value becomes a block list
 * under its key. Undefined when nothing is at `pointer` (the record writer inserts absent fields).
 */
export function replacePresentValue(document: FixDocument, pointer: string, replacement: RecordValue): TextEdit[] | undefined {
  const location = document.locate(pointer);
  if (!location) return undefined;
  const { start, end } = location.valueRange;
  if (end <= start) {
    // `key:` with no value (YAML): write the value after the colon.
    if (!location.keyRange || document.format === 'json') return undefined;
    const colon = document.text.indexOf(':', location.keyRange.end);
    if (colon < 0) return undefined;
    if (Array.isArray(replacement) && replacement.length > 0)
      return blockListAfterKey(document, location.keyRange.start, colon + 1, colon + 1, replacement);
    return [{ range: offsetRange(colon + 1, colon + 1), newText: ` ${yamlValue(replacement, undefined)}` }];
  }
  const valueEnd = document.trimmedEnd(start, end);
  const original = document.text.slice(start, valueEnd);

  if (document.format === 'json') {
    const multiline = /[\r\n]/.test(original);
    const newText = multiline ? jsonValue(document, replacement, document.indentOfLine(start)) : inlineJson(replacement);
    return [{ range: offsetRange(start, valueEnd), newText }];
  }
  if (Array.isArray(replacement) && replacement.length > 0 && original[0] !== '[') {
    if (Array.isArray(document.value(pointer)) && original[0] === '-') {
      // A block list (its range starts at the first dash): rewrite its items at the same indentation.
      return [{ range: offsetRange(start, valueEnd), newText: yamlListItems(document, replacement, document.columnIndent(start)) }];
    }
    if (location.keyRange) {
      const colon = document.text.indexOf(':', location.keyRange.end);
      // A value on a line of its own (comments may stand between it and the key): the list goes where the value is.
      if (/[\r\n]/.test(document.text.slice(colon + 1, start)))
        return [{ range: offsetRange(start, valueEnd), newText: yamlListItems(document, replacement, document.columnIndent(start)) }];
      return blockListAfterKey(document, location.keyRange.start, colon + 1, valueEnd, replacement);
    }
  }
  return [document.replacementKeepingComment(start, valueEnd, yamlValue(replacement, original))];
}

function yamlValue(value: RecordValue, original: string | undefined): string {
  return Array.isArray(value) || isPlainObject(value) || value === '' ? yamlFlow(value) : yamlScalar(value, original);
}

/** Replaces `from…to` (after `key:`) with the list's items as a block under the key. */
function blockListAfterKey(document: FixDocument, keyStart: number, from: number, to: number, items: readonly RecordValue[]): TextEdit[] {
  const indent = document.columnIndent(keyStart) + document.indentUnit;
  return [{ range: offsetRange(from, to), newText: document.eol + indent + yamlListItems(document, items, indent) }];
}

function inlineJson(value: RecordValue): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (isPlainObject(value))
    return `{ ${Object.entries(value)
      .map(([key, child]) => `${JSON.stringify(key)}: ${inlineJson(child)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

/**
 * Edits that turn one list item into several (`- Phase 1/Phase 2` → `- PHASE1` and `- PHASE2`):
 * the first replaces the item, the others follow it in the list's style.
 */
export function splitItem(document: FixDocument, pointer: string, replacements: readonly string[]): TextEdit[] | undefined {
  const location = document.locate(pointer);
  if (!location || replacements.length === 0 || !Array.isArray(document.value(parentPointer(pointer)))) return undefined;
  const { start } = location.valueRange;
  const end = document.trimmedEnd(start, location.valueRange.end);
  const original = document.text.slice(start, end);
  if (document.format === 'json') {
    const separator = document.startsLine(start) ? `,${document.eol}${document.indentOfLine(start)}` : ', ';
    return [{ range: offsetRange(start, end), newText: replacements.map((item) => JSON.stringify(item)).join(separator) }];
  }
  const dash = yamlDashBefore(document, start);
  if (dash === undefined) {
    return [{ range: offsetRange(start, end), newText: replacements.map((item) => yamlScalar(item, original)).join(', ') }];
  }
  const indent = document.columnIndent(dash);
  const rest = replacements.slice(1).map((item) => `${indent}- ${yamlScalar(item, original)}`);
  const edits: TextEdit[] = [document.replacementKeepingComment(start, end, yamlScalar(replacements[0], original))];
  if (rest.length > 0) edits.push(document.insertLinesAfter(end, rest));
  return edits;
}

/** An edit that renames the key at `pointer`, keeping its quotes. */
export function renameKey(document: FixDocument, pointer: string, replacement: string): TextEdit[] | undefined {
  const key = document.locate(pointer)?.keyRange;
  if (!key) return undefined;
  const original = document.text.slice(key.start, key.end);
  if (document.format === 'json') return [{ range: key, newText: JSON.stringify(replacement) }];
  return [{ range: key, newText: yamlScalar(replacement, original) }];
}
