// The one place that decides how a value, a property or a list item gets into the text: the
// modules it calls each handle one shape (a present value, new properties, a list with items)
// and never call back into each other.
import { isPlainObject, lastSegment, parentPointer, type RecordValue } from '../parse/parsedRecord';
import { appendItem } from './addArrayItem';
import type { FixDocument } from './fixDocument';
import { insertEntries, type NewEntry } from './insertProperty';
import { replacePresentValue } from './replaceValue';
import type { TextEdit } from './textEdit';

export type { NewEntry } from './insertProperty';
export { removeItem } from './removeItem';
export { removeEntry as removeProperty } from './removeProperty';
export { renameKey, splitItem } from './replaceValue';

/**
 * Edits that make the value at `pointer` be `value`: the present value is replaced in place; an
 * absent field is inserted into its object (created as needed). Undefined when the parent holds a
 * list or a scalar where the field's object belongs.
 */
export function writeValue(document: FixDocument, pointer: string, value: RecordValue): TextEdit[] | undefined {
  if (document.locate(pointer)) return replacePresentValue(document, pointer, value);
  const parent = parentPointer(pointer);
  const holder = document.value(parent);
  if (holder !== undefined && holder !== null && !isPlainObject(holder)) return undefined;
  return insertEntries(document, parent, [[lastSegment(pointer), value]]);
}

/** Edits that add `entries` to the object at `pointer` (see `insertEntries`: schema order, no key written twice). */
export function insertProperties(document: FixDocument, pointer: string, entries: readonly NewEntry[]): TextEdit[] | undefined {
  return insertEntries(document, pointer, entries);
}

/** Edits that append `item` to the list at `pointer`, creating the list when it is absent or empty. */
export function addListItem(document: FixDocument, pointer: string, item: RecordValue): TextEdit[] | undefined {
  const current = document.value(pointer);
  if (current === undefined || current === null || (Array.isArray(current) && current.length === 0))
    return writeValue(document, pointer, [item]);
  return appendItem(document, pointer, item);
}
