import type { EnumOption, RecordSchema, SchemaNode } from '../schema/recordSchema';

/**
 * How a field and its values are described to an author, from the schema: hover shows it, and
 * completion items carry the same text as their documentation.
 */

/** Whether the registry fills the field in (authors normally leave it alone). */
export function isRegistryAssigned(schema: RecordSchema, node: SchemaNode | undefined): boolean {
  const resolved = schema.deref(node);
  return (
    node?.['x-registryAssigned'] === true ||
    node?.readOnly === true ||
    resolved?.['x-registryAssigned'] === true ||
    resolved?.readOnly === true
  );
}

/** Markdown describing a field: title, definition, type and limits, form, requiredness, values. */
export function fieldMarkdown(schema: RecordSchema, name: string, node: SchemaNode, parent: SchemaNode | undefined): string {
  const resolved = schema.deref(node) ?? node;
  const title = schema.titleOf(node, name);
  const lines: string[] = [`**${escapeMarkdown(title)}** \`${name}\``];
  const description = node.markdownDescription ?? node.description ?? resolved.markdownDescription ?? resolved.description;
  if (description) lines.push('', description);

  const facts: string[] = [`Type: ${describeType(schema, resolved)}`];
  const form = describeForm(schema, resolved);
  if (form) facts.push(`Form: ${form}`);
  if (parent?.required?.includes(name)) facts.push('**Required**');
  if (isRegistryAssigned(schema, node))
    facts.push('**Assigned by the registry**: ClinicalTrials.gov fills this in; authors normally leave it as it is');
  lines.push('', ...facts.map((fact) => `- ${fact}`));

  const options = schema.enumOptions(resolved);
  if (options.length > 0) {
    lines.push(
      '',
      'Allowed values:',
      '',
      ...options.map((option) => `- \`${option.value}\`${option.label !== option.value ? ` — ${escapeMarkdown(option.label)}` : ''}`),
    );
  }
  return lines.join('\n');
}

/** Markdown describing one enum value: the value, its registry label and what it means. */
export function enumValueMarkdown(option: EnumOption, fieldTitle: string): string {
  const lines = [`**\`${option.value}\`** — ${escapeMarkdown(option.label)}`];
  if (option.description) lines.push('', option.description);
  lines.push('', `A value of *${escapeMarkdown(fieldTitle)}*.`);
  return lines.join('\n');
}

/** The property name a value belongs to (the list's name for a list item). */
export function fieldNameOf(segments: readonly string[]): string {
  for (let i = segments.length - 1; i >= 0; i--) if (!isIndex(segments[i])) return segments[i];
  return '';
}

/** The title of the field a value at `segments` belongs to (the list's title for a list item); `node` is the value's schema. */
export function valueFieldTitle(schema: RecordSchema, segments: readonly string[], node: SchemaNode | undefined): string {
  const fieldNode = isIndex(segments[segments.length - 1] ?? '') ? schema.nodeAt(segments.slice(0, -1)) : node;
  return schema.titleOf(fieldNode, fieldNameOf(segments));
}

function isIndex(segment: string): boolean {
  return /^\d+$/.test(segment);
}

function describeType(schema: RecordSchema, node: SchemaNode): string {
  if (node.enum) return 'one of the values below';
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type ?? (node.properties ? 'object' : node.items ? 'array' : undefined)) {
    case 'string':
      return node.maxLength !== undefined ? `text, at most ${node.maxLength} characters` : 'text';
    case 'integer':
      return node.minimum !== undefined ? `a whole number, at least ${node.minimum}` : 'a whole number';
    case 'number':
      return node.minimum !== undefined ? `a number, at least ${node.minimum}` : 'a number';
    case 'boolean':
      return '`true` or `false`';
    case 'object':
      return 'a group of fields';
    case 'array': {
      const items = schema.deref(node.items);
      if (!items) return 'a list';
      if (items.enum) return 'a list of values from the list below';
      const itemType = Array.isArray(items.type) ? items.type[0] : items.type;
      if (itemType === 'string')
        return items.maxLength !== undefined ? `a list of texts, each at most ${items.maxLength} characters` : 'a list of texts';
      if (itemType === 'object' || items.properties) return 'a list of entries, each a group of fields';
      return 'a list';
    }
    default:
      return 'any value';
  }
}

/**
 * A pattern or format in words, found by trying typical values against the pattern itself.
 * The record schema's patterns compile with the `u` flag: the generated validators
 * (`schema/generated/recordValidators.js`) build each one that way when they load. A schema with
 * a pattern that does not compile is a bug; it throws here and the request logs it.
 */
function describeForm(schema: RecordSchema, node: SchemaNode): string | undefined {
  const resolved = schema.deref(node) ?? node;
  if (resolved.format === 'date') return 'a full date like `2024-02-15`';
  if (!resolved.pattern) return undefined;
  const pattern = new RegExp(resolved.pattern, 'u');
  const accepts = (sample: string): boolean => pattern.test(sample);
  if (accepts('2024') && accepts('2024-02') && accepts('2024-02-15') && !accepts('Feb 2024'))
    return 'a date like `2024`, `2024-02` or `2024-02-15`';
  if (accepts('2024-02') && accepts('2024-02-15') && !accepts('2024')) return 'a date like `2024-02` or `2024-02-15`';
  if (accepts('2024-02-15') && !accepts('2024-02')) return 'a full date like `2024-02-15`';
  if (accepts('2024-02-15T14:05') && !accepts('2024-02-15')) return 'a date and a time like `2024-02-15T14:05`';
  if (accepts('NCT01234567') && !accepts('01234567')) return 'an NCT number: `NCT` and 8 digits, like `NCT01234567`';
  if (accepts('18 Years') && accepts('6 Months') && !accepts('18')) return 'a number and a unit, like `18 Years`, `6 Months` or `30 Days`';
  return `text matching \`${resolved.pattern}\``;
}

/** Text shown as is inside Markdown (no emphasis, code or links from its characters). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
