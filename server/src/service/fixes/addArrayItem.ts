import { joinPointer, type RecordValue } from '../parse/parsedRecord';
import { offsetRange } from '../text/offsetRange';
import type { FixDocument } from './fixDocument';
import type { TextEdit } from './textEdit';
import { jsonValue, yamlFlow, yamlListItems } from './valueText';
import { yamlDashBefore } from './yamlItems';

/**
 * Edits that append `item` to the list of one or more items at `pointer`, in the list's style.
 * Undefined for anything else (the record writer creates an absent or empty list whole).
 */
export function appendItem(document: FixDocument, pointer: string, item: RecordValue): TextEdit[] | undefined {
  const current = document.value(pointer);
  if (!Array.isArray(current) || current.length === 0) return undefined;
  const listStart = document.locate(pointer)!.valueRange.start;
  const last = document.locate(joinPointer(pointer, current.length - 1));
  if (!last) return undefined;
  const lastEnd = document.trimmedEnd(last.valueRange.start, last.valueRange.end);

  if (document.format === 'json') {
    const multiline = document.startsLine(last.valueRange.start);
    const indent = document.indentOfLine(last.valueRange.start);
    return document.jsonAppend(last.valueRange.end, indent, [jsonValue(document, item, indent)], multiline);
  }
  if (document.text[listStart] === '[') return [{ range: offsetRange(lastEnd, lastEnd), newText: `, ${yamlFlow(item)}` }];
  const dash = yamlDashBefore(document, last.valueRange.start);
  if (dash === undefined) return undefined;
  const indent = document.columnIndent(dash);
  return [document.insertLinesAfter(lastEnd, [indent + yamlListItems(document, [item], indent)])];
}
