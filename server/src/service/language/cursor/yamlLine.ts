/**
 * YAML: the shape of one line, read without the parser (the line being typed is often broken):
 * its `- ` markers, its key and the inline value after it, where a comment starts.
 */

export interface YamlKey {
  readonly name: string;
  /** Columns of the key token (quotes included) and of its `:`. */
  readonly start: number;
  readonly end: number;
  readonly colon: number;
}

/** One line of YAML, read for its block structure. Columns are offsets from the line start. */
export interface YamlLine {
  readonly start: number;
  readonly text: string;
  readonly blank: boolean;
  /** Columns of the `- ` sequence markers, outermost first. */
  readonly dashes: readonly number[];
  /** Column where the content after indentation and markers starts (`text.length` if none). */
  readonly contentColumn: number;
  readonly key?: YamlKey;
  /** The inline scalar text: after `key:`, or the whole content when there is no key. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Column of the `#` that starts a comment, or -1. */
  readonly commentStart: number;
}

export type ElementKind = 'dash' | 'key' | 'scalar';

/** Something on a line that can own or sit in a block: a `- ` marker, a key, or a bare scalar. */
export interface Element {
  readonly column: number;
  readonly kind: ElementKind;
}

const BLOCK_SCALAR_HEADER = /^(?:[&!]\S*\s+)*[|>][0-9+-]*$/;
const NODE_PROPERTIES_ONLY = /^(?:[&!]\S*\s*)*$/;

/** The line that starts at offset `start` of `text` (without its line break). */
export function readYamlLine(text: string, start: number): YamlLine {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const lineText = text.slice(start, end).replace(/\r$/, '');
  return readYamlLineText(lineText, start);
}

function readYamlLineText(lineText: string, start: number): YamlLine {
  const length = lineText.length;
  let column = 0;
  while (column < length && lineText[column] === ' ') column++;
  const dashes: number[] = [];
  while (lineText[column] === '-' && (column + 1 === length || lineText[column + 1] === ' ' || lineText[column + 1] === '\t')) {
    dashes.push(column);
    column++;
    while (column < length && (lineText[column] === ' ' || lineText[column] === '\t')) column++;
  }
  const contentColumn = column;
  const base = { start, text: lineText, dashes, contentColumn };
  if (lineText.trim() === '') {
    return { ...base, blank: true, valueStart: length, valueEnd: length, commentStart: -1 };
  }
  if (lineText[column] === '#') {
    return { ...base, blank: false, valueStart: column, valueEnd: column, commentStart: column };
  }
  const key = readKey(lineText, column);
  let valueStart = column;
  if (key) {
    valueStart = key.colon + 1;
    while (valueStart < length && (lineText[valueStart] === ' ' || lineText[valueStart] === '\t')) valueStart++;
  }
  const commentStart = findCommentStart(lineText, valueStart);
  let valueEnd = commentStart >= 0 ? commentStart : length;
  while (valueEnd > valueStart && (lineText[valueEnd - 1] === ' ' || lineText[valueEnd - 1] === '\t')) valueEnd--;
  return { ...base, blank: false, key, valueStart, valueEnd, commentStart };
}

function readKey(line: string, from: number): YamlKey | undefined {
  const first = line[from];
  if (first === '"' || first === "'") {
    const close = closingQuote(line, from);
    if (close < 0) return undefined;
    let colon = close + 1;
    while (line[colon] === ' ') colon++;
    if (line[colon] !== ':' || !endsToken(line, colon + 1)) return undefined;
    const inner = line.slice(from + 1, close);
    const name = first === "'" ? inner.replace(/''/g, "'") : unescapeDoubleQuoted(inner);
    return { name, start: from, end: close + 1, colon };
  }
  if ('[{|>&*!%@`'.includes(first)) return undefined;
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (ch === '#' && i > from && (line[i - 1] === ' ' || line[i - 1] === '\t')) return undefined;
    if (ch === ':' && endsToken(line, i + 1)) {
      const name = line.slice(from, i).trimEnd();
      if (name === '') return undefined;
      return { name, start: from, end: from + name.length, colon: i };
    }
  }
  return undefined;
}

function endsToken(line: string, index: number): boolean {
  return index >= line.length || line[index] === ' ' || line[index] === '\t';
}

/** Index of the quote closing the quoted scalar that opens at `from`, or -1. */
export function closingQuote(line: string, from: number): number {
  const quote = line[from];
  for (let i = from + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') {
      i++;
    } else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Characters and escapes of a JSON string literal's body (RFC 8259), control characters aside. */
const JSON_STRING_BODY = /^(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*$/;

/**
 * Whether `inner` is the body of a JSON string literal, exactly as RFC 8259 defines it: any
 * character but `"`, `\` and the control characters (below U+0020), or one of the escapes. A body
 * that is one makes `JSON.parse` succeed.
 */
function isJsonStringBody(inner: string): boolean {
  for (let i = 0; i < inner.length; i++) if (inner.charCodeAt(i) < 0x20) return false;
  return JSON_STRING_BODY.test(inner);
}

/**
 * The name a double-quoted key spells. A key with YAML escapes beyond JSON's (`\x41`, `\e`) or a
 * raw tab is kept as written.
 */
function unescapeDoubleQuoted(inner: string): string {
  if (!isJsonStringBody(inner)) return inner;
  // Cannot throw: the body was checked against the grammar of a JSON string above.
  return JSON.parse(`"${inner}"`) as string;
}

/** A `#` starts a comment at the line start or after whitespace, outside a quoted scalar. */
function findCommentStart(line: string, from: number): number {
  let i = from;
  if (line[i] === '"' || line[i] === "'") {
    const close = closingQuote(line, i);
    if (close < 0) return -1;
    i = close + 1;
  }
  for (; i < line.length; i++) {
    if (line[i] === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
  }
  return -1;
}

/** The elements of a line, left to right. */
export function elementsOf(line: YamlLine): Element[] {
  const elements: Element[] = line.dashes.map((column) => ({ column, kind: 'dash' }));
  if (line.key) elements.push({ column: line.key.start, kind: 'key' });
  else if (line.valueEnd > line.valueStart) elements.push({ column: line.contentColumn, kind: 'scalar' });
  return elements;
}

/** `key:` with nothing (or only an anchor/tag) after it: the value is on the following lines. */
export function hasEmptyInlineValue(line: YamlLine): boolean {
  return NODE_PROPERTIES_ONLY.test(line.text.slice(line.valueStart, line.valueEnd));
}

/** `key: |` or `key: >-`: the value is a block scalar on the following lines. */
export function isBlockScalarHeader(line: YamlLine): boolean {
  return BLOCK_SCALAR_HEADER.test(line.text.slice(line.valueStart, line.valueEnd));
}

export function isCommentOnly(line: YamlLine): boolean {
  return !line.blank && line.commentStart === line.contentColumn && line.dashes.length === 0;
}
