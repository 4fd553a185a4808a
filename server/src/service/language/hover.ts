import { joinPointer, type ParsedRecord } from '../parse/parsedRecord';
import type { RecordSchema } from '../schema/recordSchema';
import type { RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { ruleHoverMarkdown } from '../rules/ruleDocs';
import { rangeContains, type OffsetRange } from '../text/offsetRange';
import { cursorContext } from './cursor/cursorContext';
import { recordSegments } from './cursor/recordSegments';
import { enumValueMarkdown, fieldMarkdown, valueFieldTitle } from './fieldWording';
import { groupMarkdown, resultGroupNamed } from './referenceCompletion';
import { logFailedAnswer, type LanguageRequest } from './languageRequest';

export interface HoverResult {
  readonly markdown: string;
  /** The key or value the hover is about. */
  readonly range: OffsetRange;
}

/**
 * Help for the key or enum value under the cursor, from the schema. Unknown keys and values get
 * nothing: their diagnostic already explains them. Where a registry rule reports a problem (given
 * the document's `diagnostics`), the rule's documentation comes first. Never throws: a failure
 * inside the field help (a bug, a hostile analysis) is logged through the `request`'s log, naming
 * its document and position, and there is no field help.
 */
export function hover(
  text: string,
  parsed: ParsedRecord,
  offset: number,
  schema: RecordSchema,
  diagnostics: readonly RecordDiagnostic[] = [],
  request?: LanguageRequest,
): HoverResult | undefined {
  let fieldHelp: HoverResult | undefined;
  try {
    fieldHelp = hoverAt(text, parsed, offset, schema);
  } catch (error) {
    logFailedAnswer('hover', error, request, text, offset);
    fieldHelp = undefined;
  }
  const rules = ruleHelpAt(diagnostics, offset);
  if (!rules) return fieldHelp;
  return {
    markdown: fieldHelp ? `${rules.markdown}\n\n---\n\n${fieldHelp.markdown}` : rules.markdown,
    range: fieldHelp?.range ?? rules.range,
  };
}

/** The documentation of each rule whose diagnostic covers `offset` (once per rule). */
function ruleHelpAt(diagnostics: readonly RecordDiagnostic[], offset: number): HoverResult | undefined {
  const seen = new Set<string>();
  const parts: string[] = [];
  let range: OffsetRange | undefined;
  for (const diagnostic of diagnostics) {
    if (
      (diagnostic.layer !== 'rules' && diagnostic.layer !== 'review') ||
      seen.has(diagnostic.code) ||
      !rangeContains(diagnostic.range, offset)
    )
      continue;
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
    const written = unquoteJson(text.slice(range.start, range.end));
    const group = resultGroupNamed(parsed, segments, written);
    if (group) return { markdown: groupMarkdown(group), range };
    const node = schema.nodeAt(segments);
    const option = schema.enumOptions(node).find((candidate) => candidate.value === written);
    if (!option) return undefined;
    return { markdown: enumValueMarkdown(option, valueFieldTitle(schema, segments, node)), range };
  }
  return undefined;
}

function unquoteJson(written: string): string {
  return written.length >= 2 && written.startsWith('"') && written.endsWith('"') ? written.slice(1, -1) : written;
}
