import { matchEnumValue } from '../../service/normalise';
import { recordSchema } from '../../service/schema/recordSchema';

/**
 * The API enum value at a protocol-section path that `text` names, by API value, by the registry's display
 * label (both from the schema) or by a spelling from the shared table, plus a few spellings only this caller
 * uses. Never a near match: undefined when nothing matches, because absent beats wrong.
 */
export function enumValueAt(
  path: readonly string[],
  text: string | undefined,
  extraSpellings: Readonly<Record<string, string>> = {},
): string | undefined {
  if (text === undefined) return undefined;
  const schema = recordSchema();
  return matchEnumValue(text, schema.enumOptions(schema.nodeAt(path)), { policy: 'exact', extraSpellings });
}
