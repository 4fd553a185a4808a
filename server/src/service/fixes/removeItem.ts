import { joinPointer, lastSegment, parentPointer } from '../parse/parsedRecord';
import { offsetRange } from '../text/offsetRange';
import type { FixDocument } from './fixDocument';
import type { TextEdit } from './textEdit';
import { yamlDashBefore } from './yamlItems';

/**
 * Edits that remove the list item at `pointer` (its line, with a comment on it, in a YAML block
 * list; the item and one separator in a flow or JSON list), leaving the other items and their
 * comments as they are. Undefined when there is no such item or it is the list's only item (a list
 * is emptied by the field's own fix, not item by item).
 */
export function removeItem(document: FixDocument, pointer: string): TextEdit[] | undefined {
  const list = document.value(parentPointer(pointer));
  const index = Number(lastSegment(pointer));
  if (!Array.isArray(list) || list.length < 2 || !Number.isInteger(index) || index < 0 || index >= list.length) return undefined;
  const location = document.locate(pointer);
  if (!location) return undefined;
  const listPointer = parentPointer(pointer);
  const next = index + 1 < list.length ? document.locate(joinPointer(listPointer, index + 1)) : undefined;
  const previous = index > 0 ? document.locate(joinPointer(listPointer, index - 1)) : undefined;
  const { start } = location.valueRange;
  const end = document.trimmedEnd(start, location.valueRange.end);

  const dash = document.format === 'yaml' ? yamlDashBefore(document, start) : undefined;
  if (dash !== undefined) {
    // A block-list item on lines of its own (`- - x` nests two lists on one line: left alone).
    if (!document.startsLine(dash)) return undefined;
    return [{ range: offsetRange(document.lineStart(dash), document.nextLineStart(end)), newText: '' }];
  }
  // Flow YAML or JSON: the item with the separator after it, or before it when it is the last.
  if (next) return [{ range: offsetRange(start, next.valueRange.start), newText: '' }];
  if (previous) return [{ range: offsetRange(document.trimmedEnd(previous.valueRange.start, previous.valueRange.end), end), newText: '' }];
  return undefined;
}
