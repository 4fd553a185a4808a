import { joinPointer, type RecordValue } from '../parse/parsedRecord';
import type { FixDocument } from './fixDocument';

/**
 * The value written for a field inserted because it is missing: empty text, an empty list, or a
 * group with its own required fields. Nothing is made up, so the record keeps asking for the real
 * value (`must not be empty`, `must be a whole number`) until the author writes it.
 */
export function placeholderFor(document: FixDocument, pointer: string, depth = 0): RecordValue {
  const node = document.schemaAt(pointer);
  const resolved = document.schema.deref(node);
  switch (document.schema.typeOf(node)) {
    case 'enum':
    case 'string':
      return '';
    case 'array':
      return [];
    case 'object': {
      const group: { [key: string]: RecordValue } = {};
      if (depth < 3)
        for (const required of resolved?.required ?? [])
          group[required] = placeholderFor(document, joinPointer(pointer, required), depth + 1);
      return group;
    }
    default:
      return null;
  }
}
