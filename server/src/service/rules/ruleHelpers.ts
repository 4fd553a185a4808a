import { isPlainObject, joinPointer, parentPointer, type RecordValue } from '../parse/parsedRecord';
import { hasOwn } from '../parse/safeObject';
import type { RuleContext, RuleFinding } from './ruleTypes';

/** Module pointers, relative to the protocol section. */
export const IDENTIFICATION = '/identificationModule';
export const STATUS = '/statusModule';
export const SPONSOR = '/sponsorCollaboratorsModule';
export const DESIGN = '/designModule';
export const DESIGN_INFO = '/designModule/designInfo';
export const ARMS = '/armsInterventionsModule';
export const ELIGIBILITY = '/eligibilityModule';
export const CONTACTS = '/contactsLocationsModule';
export const IPD = '/ipdSharingStatementModule';

export { joinPointer };

/** Inline code for messages: `VALUE`. */
export function code(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/** The nearest pointer at or above `pointer` that exists in the source (so an absent field's finding lands somewhere). */
export function nearestExisting(context: RuleContext, pointer: string): string {
  let current = pointer;
  while (current !== '' && !context.locate(current)) current = parentPointer(current);
  return current;
}

/**
 * A finding about a missing field: marks the key of the nearest existing ancestor (the parent's
 * key, as schema `required` errors do) and carries an `insert-property` fix for the parent that
 * writes `value` (a placeholder when none is given).
 */
export function missingField(context: RuleContext, pointer: string, message: string, value?: RecordValue): RuleFinding {
  const parent = parentPointer(pointer);
  const property = pointer.slice(pointer.lastIndexOf('/') + 1);
  return {
    pointer: nearestExisting(context, parent),
    target: 'key',
    message,
    fix: { kind: 'insert-property', parentPointer: parent, properties: [property], ...(value === undefined ? {} : { value }) },
  };
}

/** Iterates an array field as `[pointer, item]` pairs. */
export function* items(context: RuleContext, pointer: string): Generator<[string, RecordValue]> {
  const list = context.list(pointer);
  for (let index = 0; index < list.length; index++) yield [joinPointer(pointer, index), list[index]];
}

/** The strings of an array field (non-strings skipped), with their pointers. */
export function stringItems(context: RuleContext, pointer: string): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  for (const [itemPointer, item] of items(context, pointer)) if (typeof item === 'string') result.push([itemPointer, item]);
  return result;
}

/** Case- and whitespace-insensitive form for comparing labels a person typed. */
export function normalizeLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `a` or `an` before a phrase that starts with a plain word: "an allocation", "a primary purpose". */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** Joins `a`, `b` and `c` for messages. */
export function listPhrase(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/**
 * A field of a plain object (a list item) as text, if it is a string. Rules that visit every
 * location (thousands in big records, on every edit) read each item's fields directly instead of
 * looking each one up by pointer from the record's root.
 */
export function fieldText(item: RecordValue, field: string): string | undefined {
  if (!isPlainObject(item)) return undefined;
  const value = item[field];
  return typeof value === 'string' ? value : undefined;
}

/**
 * What several rules derive from one module (its outcomes, its arms), worked out once per module object and
 * kept in `views`: the parsers give a module no edit touched as the same object, so one view serves every rule
 * of an analysis and the analyses after it while the module is unchanged. The module is read through the
 * context, so the rule memo sees the read. `absent` when the module is missing or not a mapping.
 */
export function moduleView<T>(
  views: WeakMap<object, T>,
  context: RuleContext,
  modulePointer: string,
  derive: (module: { readonly [key: string]: RecordValue }) => T,
  absent: T,
): T {
  const module = context.value(modulePointer);
  if (!isPlainObject(module)) return absent;
  let view = views.get(module);
  if (view === undefined) {
    view = derive(module);
    views.set(module, view);
  }
  return view;
}

/** The items of a module's list field with their pointers (`listPointer` the list's own): none when it is not a list. */
export function listItems(module: { readonly [key: string]: RecordValue }, key: string, listPointer: string): Array<[string, RecordValue]> {
  const list = hasOwn(module, key) ? module[key] : undefined;
  return Array.isArray(list) ? list.map((item, index): [string, RecordValue] => [joinPointer(listPointer, index), item]) : [];
}
