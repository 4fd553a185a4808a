import { createScanner, SyntaxKind } from 'jsonc-parser';
import { yamlScalar } from '../fixes/valueText';
import type { ParsedRecord, RecordFormat } from '../parse/parsedRecord';
import type { RecordSchema } from '../schema/recordSchema';
import type { OffsetRange } from '../text/offsetRange';
import type { CompletionEntry } from './completionEntry';
import { enumFilterText, enumSynonyms } from './enumSynonyms';
import { enumValueMarkdown, fieldNameOf, valueFieldTitle } from './fieldWording';
import { referenceListOf, referenceOptions } from './referenceCompletion';

/** Where a chosen value goes, and how it must be written there. */
export interface ValueTarget {
  readonly format: RecordFormat;
  readonly replaceRange: OffsetRange;
  /** JSON: the range is a string literal, quotes included. YAML: the range is the text inside quotes. */
  readonly quoted: boolean;
  /** YAML, quoted: the quote character around the range. */
  readonly quote?: string;
  readonly needsLeadingSpace: boolean;
  /** YAML: an item of a flow sequence (`[A, B]`). */
  readonly inFlow: boolean;
  /** Text the value needs after it (see `valueSuffix`). */
  readonly suffix: string;
}

/** JSON tokens that start a value: a list item inserted before one needs a comma. */
const JSON_VALUE_STARTS = new Set([
  SyntaxKind.StringLiteral,
  SyntaxKind.NumericLiteral,
  SyntaxKind.TrueKeyword,
  SyntaxKind.FalseKeyword,
  SyntaxKind.NullKeyword,
  SyntaxKind.OpenBraceToken,
  SyntaxKind.OpenBracketToken,
]);

/**
 * What an inserted value needs after it to keep the document well-formed: in YAML, a blank when a
 * comment starts right after the replaced range (`NIH# c` would make the comment part of the
 * value); in JSON, a comma when the value is a new list item placed before an existing one.
 */
export function valueSuffix(text: string, format: RecordFormat, pointer: string, range: OffsetRange): string {
  if (format === 'yaml') return text[range.end] === '#' ? ' ' : '';
  if (!/\/\d+$/.test(pointer)) return '';
  const scanner = createScanner(text, true);
  scanner.setPosition(range.end);
  return JSON_VALUE_STARTS.has(scanner.scan()) ? ',' : '';
}

/**
 * Completions at a value: the records's arms or interventions in a list that refers to them, enum
 * values (found by value, label or synonym) and booleans. Free text gets none.
 */
export function valueCompletions(
  segments: readonly string[],
  parsed: ParsedRecord,
  target: ValueTarget,
  schema: RecordSchema,
): CompletionEntry[] {
  if (referenceListOf(segments)) return referenceCompletions(segments, parsed, target, schema);
  const node = schema.nodeAt(segments);
  const resolved = schema.deref(node);
  // A list field written inline (`phases: |`) is not offered single values; its `- ` items are.
  if (!resolved || resolved.items || resolved.type === 'array') return [];
  const fieldName = fieldNameOf(segments);
  const fieldTitle = valueFieldTitle(schema, segments, node);

  if (resolved.enum) {
    const options = schema.enumOptions(resolved);
    const synonyms = enumSynonyms(options);
    return options.map((option) => {
      const written = writtenValue(option.value, target);
      // VS Code filters on the text from the range start to the cursor, spaces included
      // (`not yet`), and the first typed character must start a word of the filter text.
      // Value, label and synonyms together let `recr`, `not yet`, `phase 2` and `finished` find their value.
      const filterValue = target.format === 'json' && target.quoted ? written : option.value;
      return {
        label: option.value,
        kind: 'value',
        insertText: inserted(written, target),
        isSnippet: false,
        filterText: enumFilterText(filterValue, option, synonyms.get(option.value) ?? []),
        detail: option.label,
        documentation: enumValueMarkdown(option, fieldTitle),
        replaceRange: target.replaceRange,
        retrigger: false,
      };
    });
  }
  const type = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (type.includes('boolean') && !(target.format === 'yaml' && target.quoted)) {
    return ['true', 'false'].map((value) => ({
      label: value,
      kind: 'value',
      insertText: inserted(value, target),
      isSnippet: false,
      filterText: target.format === 'json' && target.quoted ? `"${value}` : value,
      detail: value === 'true' ? 'yes' : 'no',
      documentation: `\`${value}\` — ${value === 'true' ? 'yes' : 'no'}: *${schema.titleOf(node, fieldName)}*`,
      replaceRange: target.replaceRange,
      retrigger: false,
    }));
  }
  return [];
}

/** The arm labels or `Type: Name` references the record defines, for a list that refers to them. */
function referenceCompletions(
  segments: readonly string[],
  parsed: ParsedRecord,
  target: ValueTarget,
  schema: RecordSchema,
): CompletionEntry[] {
  return referenceOptions(parsed, segments, schema).map((option) => {
    const written = writtenValue(option.value, target);
    return {
      label: option.value,
      kind: 'reference',
      insertText: inserted(written, target),
      isSnippet: false,
      // A started JSON string is matched with its quote; elsewhere the text as the author sees it.
      filterText: target.format === 'json' && target.quoted ? written : option.value,
      detail: option.detail,
      documentation: option.documentation,
      replaceRange: target.replaceRange,
      retrigger: false,
    };
  });
}

function inserted(written: string, target: ValueTarget): string {
  return (target.needsLeadingSpace ? ' ' : '') + written + target.suffix;
}

/**
 * `value` as it must be written at the target: a JSON string; inside YAML quotes, escaped for
 * them; else a YAML scalar, quoted when YAML would read it otherwise (`Drug: Aspirin` is a
 * mapping unquoted) or, in a flow sequence, when it holds `,[]{}`.
 */
function writtenValue(value: string, target: ValueTarget): string {
  if (target.format === 'json') return JSON.stringify(value);
  if (target.quoted) return target.quote === "'" ? value.replace(/'/g, "''") : JSON.stringify(value).slice(1, -1);
  const plain = yamlScalar(value);
  return target.inFlow && plain === value && /[,[\]{}]/.test(value) ? JSON.stringify(value) : plain;
}
