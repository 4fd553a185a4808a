import { isMap, isScalar, parseDocument } from 'yaml';
import { isPlainObject, type RecordValue } from '../parse/parsedRecord';
import type { FixDocument } from './fixDocument';

/**
 * A scalar as YAML text. Keeps the quoting the author used for the value it replaces
 * (`"…"`, `'…'` or plain); a plain value that YAML would read as something else (`yes`, `1.0`,
 * `a: b`) is double-quoted instead.
 */
export function yamlScalar(value: RecordValue, original?: string): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  const quote = original?.trimStart()[0];
  if (quote === '"') return JSON.stringify(value);
  if (quote === "'") return `'${value.replace(/'/g, "''")}'`;
  return isSafePlainYaml(value) ? value : JSON.stringify(value);
}

function isSafePlainYaml(value: string): boolean {
  if (value === '' || value !== value.trim() || /[\r\n]/.test(value)) return false;
  // Read back as YAML without converting to JS (an alias such as `*a` would throw there): broken
  // syntax, an alias, a tag or anything that reads as another value is not safe unquoted.
  const read = parseDocument(`k: ${value}`, { version: '1.2', schema: 'core' });
  if (read.errors.length > 0 || !isMap(read.contents)) return false;
  const node: unknown = read.contents.get('k', true);
  return isScalar(node) && node.value === value;
}

/** A value in flow style (`[a, b]`, `{k: v}`, `""`), for YAML flow collections and empty placeholders. */
export function yamlFlow(value: RecordValue): string {
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (isPlainObject(value))
    return `{${Object.entries(value)
      .map(([key, child]) => `${key}: ${yamlFlow(child)}`)
      .join(', ')}}`;
  if (value === '') return '""';
  if (value === null) return 'null';
  return yamlScalar(value);
}

/**
 * `key: value` as YAML block lines at `indent` (the first line without it, so it can follow a `- `),
 * nested lists and groups one indentation step deeper, as the samples write them.
 */
export function yamlEntry(document: FixDocument, key: string, value: RecordValue, indent: string): string {
  const eol = document.eol;
  const deeper = indent + document.indentUnit;
  if (Array.isArray(value) && value.length > 0) {
    return `${key}:${eol}${deeper}${yamlListItems(document, value, deeper)}`;
  }
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    return `${key}:${eol}${deeper}${yamlMappingLines(document, value, deeper)}`;
  }
  if (value === null) return `${key}:`;
  return `${key}: ${Array.isArray(value) || isPlainObject(value) || value === '' ? yamlFlow(value) : yamlScalar(value)}`;
}

/** The entries of a mapping, one per line at `indent` (the first without it). */
export function yamlMappingLines(document: FixDocument, value: { [key: string]: RecordValue }, indent: string): string {
  return Object.entries(value)
    .map(([key, child]) => yamlEntry(document, key, child, indent))
    .join(document.eol + indent);
}

/** `- item` lines at `indent` (the first without it). */
export function yamlListItems(document: FixDocument, items: readonly RecordValue[], indent: string): string {
  return items.map((item) => `- ${yamlItem(document, item, indent + '  ')}`).join(document.eol + indent);
}

function yamlItem(document: FixDocument, item: RecordValue, indent: string): string {
  if (isPlainObject(item) && Object.keys(item).length > 0) return yamlMappingLines(document, item, indent);
  if (Array.isArray(item) || isPlainObject(item) || item === '' || item === null) return yamlFlow(item);
  return yamlScalar(item);
}

/** A value as JSON, pretty-printed with the document's indentation, continuing at `indent`. */
export function jsonValue(document: FixDocument, value: RecordValue, indent: string): string {
  const empty = (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);
  if (empty) return Array.isArray(value) ? '[]' : '{}';
  return JSON.stringify(value, null, document.indentUnit)
    .split('\n')
    .join(document.eol + indent);
}
