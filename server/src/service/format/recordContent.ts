// What formatting and sorting must keep: a record's data and, in YAML, its comments. Every rewritten
// text is read back and compared with what it was written from before it is offered as an edit, so
// a writer's blind spot (the `yaml` package moving a comment it cannot place, a span cut wrongly)
// costs an edit, never the user's data.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { isDeepStrictEqual } from 'node:util';
import { Lexer, parseDocument, type Document } from 'yaml';
import type { RecordFormat } from '../parse/parsedRecord';

/** As the record parser reads YAML (yamlRecordParser.ts), so both agree on what the data is. */
export const YAML_READ_OPTIONS = { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: false, strict: true } as const;

/** The YAML document of a text that parses without errors, else undefined. */
export function readYamlDocument(text: string): Document.Parsed | undefined {
  const document = parseDocument(text, YAML_READ_OPTIONS);
  return document.errors.length === 0 ? document : undefined;
}

/** A record text's data and comments, or undefined when the text does not parse. */
export interface RecordContent {
  readonly data: unknown;
  /** Comment texts (YAML; none for JSON), sorted: where a comment sits may move, its words may not go. */
  readonly comments: readonly string[];
}

export function recordContent(text: string, format: RecordFormat): RecordContent | undefined {
  if (format === 'json') {
    const errors: ParseError[] = [];
    const data: unknown = parseJsonc(text, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: true });
    return errors.length === 0 ? { data, comments: [] } : undefined;
  }
  const document = readYamlDocument(text);
  return document ? yamlContent(document, text) : undefined;
}

/** The content of a YAML text already read without errors. */
export function yamlContent(document: Document.Parsed, text: string): RecordContent {
  return { data: document.toJS(), comments: yamlComments(text) };
}

/** Every `#` comment of a YAML text (the lexer tells them from a `#` inside a scalar), trailing spaces trimmed. */
function yamlComments(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) comments.push(token.trimEnd());
  return comments.sort();
}

/**
 * Whether `after` holds what `before` held: the same data (with `keyOrder`, keys in the same order
 * too) and the same comments.
 */
export function sameContent(before: RecordContent, after: RecordContent | undefined, keyOrder: boolean): boolean {
  if (!after || !isDeepStrictEqual(before.comments, after.comments)) return false;
  return isDeepStrictEqual(before.data, after.data) && (!keyOrder || sameKeyOrder(before.data, after.data));
}

/** Whether two equal values list every object's keys in the same order. */
function sameKeyOrder(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.every((item, index) => sameKeyOrder(item, b[index]));
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return true;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    isDeepStrictEqual(keysA, keysB) &&
    keysA.every((key) => sameKeyOrder((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
