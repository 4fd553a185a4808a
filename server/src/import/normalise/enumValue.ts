import { recordSchema } from '../../service/schema/recordSchema';

/** Letters and digits only, upper-cased: `Not yet recruiting` and `NOT_YET_RECRUITING` compare equal. */
function squash(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * The API enum value at a protocol-section path that `text` names, by API value or by the
 * registry's display label (both from the schema), plus a few extra spellings pages use.
 * Undefined when nothing matches: absent beats wrong.
 */
export function enumValueAt(path: readonly string[], text: string | undefined, extraSpellings: Readonly<Record<string, string>> = {}): string | undefined {
  if (text === undefined) return undefined;
  const key = squash(text);
  if (key === '') return undefined;
  const schema = recordSchema();
  const options = schema.enumOptions(schema.nodeAt(path));
  for (const option of options) {
    if (squash(option.value) === key || squash(option.label) === key) return option.value;
  }
  for (const [spelling, value] of Object.entries(extraSpellings)) {
    if (squash(spelling) === key && options.some((option) => option.value === value)) return value;
  }
  return undefined;
}
