import type { RecordValue } from '../parse/parsedRecord';

/** How a JSON Schema type reads in a sentence: "a whole number", "text", … */
export function describeExpectedType(type: string): string {
  const names = type.split(',').map((name) => TYPE_PHRASES[name.trim()] ?? name.trim());
  return names.join(' or ');
}

const TYPE_PHRASES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: '`true` or `false`',
  object: 'a group of fields',
  array: 'a list',
  null: 'empty',
};

/** How an actual value's type reads in a sentence. */
export function describeValueType(value: RecordValue | undefined): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'a yes/no value';
  return Number.isInteger(value) ? 'a whole number' : 'a number';
}

export function quote(value: RecordValue | undefined): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const short = text !== undefined && text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `\`${short ?? ''}\``;
}

/** What a well-formed value of a named pattern looks like, in words. */
export function formatHint(definition: string, pattern: string | undefined): string {
  switch (definition) {
    case 'PartialDate':
      return 'write a date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, for example `2024-03` or `2024-03-15`';
    case 'NormalizedDate':
    case 'date':
      return 'write a full date as `YYYY-MM-DD`, for example `2024-03-15`';
    case 'NormalizedTime':
      return 'write a whole number and a unit, for example `18 Years`, `6 Months` or `30 Days`';
    case 'DateTimeMinutes':
      return 'write a date and a time as `YYYY-MM-DDTHH:MM`, for example `2024-03-15T14:05`';
    case 'NctId':
      return 'an NCT number is `NCT` followed by 8 digits, for example `NCT01234567`';
    default:
      return pattern ? `the value must match \`${pattern}\`` : 'the value is not in the expected form';
  }
}
