import { joinPointer, lastSegment, parentPointer } from '../parse/parsedRecord';
import { offsetRange } from '../text/offsetRange';
import type { FixDocument } from './fixDocument';
import type { TextEdit } from './textEdit';

/**
 * Edits that remove the field at `pointer` with its value (and a comment on its own lines), leaving
 * the comments and fields around it as they are. Undefined when there is no such field.
 */
export function removeEntry(document: FixDocument, pointer: string): TextEdit[] | undefined {
  const location = document.locate(pointer);
  if (!location?.keyRange || pointer === '') return undefined;
  const parent = parentPointer(pointer);
  const keys = document.keysOf(parent);
  const index = keys.indexOf(lastSegment(pointer));
  if (index < 0) return undefined;
  const siblingKey = (key: string | undefined) => (key === undefined ? undefined : document.locate(joinPointer(parent, key)));
  const next = siblingKey(keys[index + 1]);
  const previous = siblingKey(keys[index - 1]);
  const key = location.keyRange;
  const valueEnd =
    location.valueRange.end > location.valueRange.start ? document.trimmedEnd(location.valueRange.start, location.valueRange.end) : key.end;
  const parentStart = document.locate(parent)?.valueRange.start ?? 0;
  const inFlow = document.format === 'json' || document.text[parentStart] === '{';

  if (inFlow) {
    if (next?.keyRange) return [{ range: offsetRange(key.start, next.keyRange.start), newText: '' }];
    if (previous) return [{ range: offsetRange(previous.valueRange.end, location.valueRange.end), newText: '' }];
    const close = document.text.lastIndexOf('}', document.locate(parent)!.valueRange.end);
    return [{ range: offsetRange(parentStart + 1, close), newText: '' }];
  }
  // YAML block mapping.
  const lineEnd = document.lineEnd(Math.max(valueEnd, key.end));
  if (document.startsLine(key.start))
    return [{ range: offsetRange(document.lineStart(key.start), document.nextLineStart(lineEnd)), newText: '' }];
  // The first field of a list item (`- key: value`): the next field moves up behind the dash.
  if (next?.keyRange) return [{ range: offsetRange(key.start, next.keyRange.start), newText: '' }];
  return [{ range: offsetRange(key.start, lineEnd), newText: '{}' }];
}
