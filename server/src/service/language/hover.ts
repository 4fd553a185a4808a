import { joinPointer, type ParsedRecord } from '../parse/parsedRecord';
import type { EnumOption, RecordSchema, SchemaNode } from '../schema/recordSchema';
import type { RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { ruleHoverMarkdown } from '../rules/ruleDocs';
import { rangeContains, type OffsetRange } from '../text/offsetRange';
import { cursorContext, recordSegments } from './cursorContext';

export interface HoverResult {
  readonly markdown: string;
  /** The key or value the hover is about. */
  readonly range: OffsetRange;
}

/**
 * Help for the key or enum value under the cursor, from the schema. Unknown keys and values get
 * nothing: their diagnostic already explains them. Where a registry rule reports a problem (given
 * the document's `diagnostics`), the rule's documentation comes first. Never throws.
 */
export function hover(text: string, parsed: ParsedRecord, offset: number, schema: RecordSchema, diagnostics: readonly RecordDiagnostic[] = []): HoverResult | undefined {
  let fieldHelp: HoverResult | undefined;
  try {
    fieldHelp = hoverAt(text, parsed, offset, schema);
  } catch {
    fieldHelp = undefined;
  }
  const rules = ruleHelpAt(diagnostics, offset);
  if (!rules) return fieldHelp;
  return { markdown: fieldHelp ? `${rules.markdown}\n\n---\n\n${fieldHelp.markdown}` : rules.markdown, range: fieldHelp?.range ?? rules.range };
}

/** The documentation of each rule whose diagnostic covers `offset` (once per rule). */
function ruleHelpAt(diagnostics: readonly RecordDiagnostic[], offset: number): HoverResult | undefined {
  const seen = new Set<string>();
  const parts: string[] = [];
  let range: OffsetRange | undefined;
  for (const diagnostic of diagnostics) {
    if (diagnostic.layer !== 'rules' || seen.has(diagnostic.code) || !rangeContains(diagnostic.range, offset)) continue;
    const markdown = ruleHoverMarkdown(diagnostic.code, diagnostic.severity);
    if (!markdown) continue;
    seen.add(diagnostic.code);
    parts.push(markdown);
    range ??= diagnostic.range;
  }
  return range ? { markdown: parts.join('\n\n---\n\n'), range } : undefined;
}

function hoverAt(text: string, parsed: ParsedRecord, offset: number, schema: RecordSchema): HoverResult | undefined {
  const context = cursorContext(text, parsed, offset);
  if (context.kind === 'key') {
    // Only a finished key (`name:` / `"name":`) is a field; a bare word is still being typed.
    if (context.editedKey === undefined || !context.hasSeparator) return undefined;
    const segments = recordSegments(parsed, joinPointer(context.objectPointer, context.editedKey));
    if (!segments || segments.length === 0) return undefined;
    const node = schema.nodeAt(segments);
    if (!node) return undefined;
    const parent = schema.deref(schema.nodeAt(segments.slice(0, -1)));
    return { markdown: fieldMarkdown(schema, context.editedKey, node, parent), range: context.replaceRange };
  }
  if (context.kind === 'value' || context.kind === 'item') {
    const range = context.replaceRange;
    if (range.end <= range.start) return undefined;
    const pointer = context.kind === 'value' ? context.valuePointer : context.itemPointer;
    const segments = recordSegments(parsed, pointer);
    if (!segments) return undefined;
    const node = schema.nodeAt(segments);
    const written = unquoteJson(text.slice(range.start, range.end));
    const option = schema.enumOptions(node).find((candidate) => candidate.value === written);
    if (!option) return undefined;
    const fieldName = fieldNameOf(segments);
    const fieldNode = /^\d+$/.test(segments[segments.length - 1] ?? '') ? schema.nodeAt(segments.slice(0, -1)) : node;
    return { markdown: enumValueMarkdown(option, schema.titleOf(fieldNode, fieldName)), range };
  }
  return undefined;
}

function unquoteJson(written: string): string {
  return written.length >= 2 && written.startsWith('"') && written.endsWith('"') ? written.slice(1, -1) : written;
}

/** The property name a value belongs to (the list's name for a list item). */
function fieldNameOf(segments: readonly string[]): string {
  for (let i = segments.length - 1; i >= 0; i--) if (!/^\d+$/.test(segments[i])) return segments[i];
  return '';
}

// ---------------------------------------------------------------------------------------------
// Wording shared with completion (item documentation).

/** Whether the registry fills the field in (authors normally leave it alone). */
export function isRegistryAssigned(schema: RecordSchema, node: SchemaNode | undefined): boolean {
  const resolved = schema.deref(node);
  return node?.['x-registryAssigned'] === true || node?.readOnly === true || resolved?.['x-registryAssigned'] === true || resolved?.readOnly === true;
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
  if (isRegistryAssigned(schema, node)) facts.push('**Assigned by the registry**: ClinicalTrials.gov fills this in; authors normally leave it as it is');
  lines.push('', ...facts.map((fact) => `- ${fact}`));

  const options = schema.enumOptions(resolved);
  if (options.length > 0) {
    lines.push('', 'Allowed values:', '', ...options.map((option) => `- \`${option.value}\`${option.label !== option.value ? ` — ${escapeMarkdown(option.label)}` : ''}`));
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
      if (itemType === 'string') return items.maxLength !== undefined ? `a list of texts, each at most ${items.maxLength} characters` : 'a list of texts';
      if (itemType === 'object' || items.properties) return 'a list of entries, each a group of fields';
      return 'a list';
    }
    default:
      return 'any value';
  }
}

/** A pattern or format in words, found by trying typical values against the pattern itself. */
export function describeForm(schema: RecordSchema, node: SchemaNode): string | undefined {
  const resolved = schema.deref(node) ?? node;
  if (resolved.format === 'date') return 'a full date like `2024-02-15`';
  if (!resolved.pattern) return undefined;
  let pattern: RegExp;
  try {
    pattern = new RegExp(resolved.pattern, 'u');
  } catch {
    return `text matching \`${resolved.pattern}\``;
  }
  const accepts = (sample: string): boolean => pattern.test(sample);
  if (accepts('2024') && accepts('2024-02') && accepts('2024-02-15') && !accepts('Feb 2024')) return 'a date like `2024`, `2024-02` or `2024-02-15`';
  if (accepts('2024-02') && accepts('2024-02-15') && !accepts('2024')) return 'a date like `2024-02` or `2024-02-15`';
  if (accepts('2024-02-15') && !accepts('2024-02')) return 'a full date like `2024-02-15`';
  if (accepts('NCT01234567') && !accepts('01234567')) return 'an NCT number: `NCT` and 8 digits, like `NCT01234567`';
  if (accepts('18 Years') && accepts('6 Months') && !accepts('18')) return 'a number and a unit, like `18 Years`, `6 Months` or `30 Days`';
  return `text matching \`${resolved.pattern}\``;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
