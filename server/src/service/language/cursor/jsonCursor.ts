import { createScanner, getLocation, SyntaxKind, type Node as JsonNode } from 'jsonc-parser';
import { joinPointer, type ParsedRecord } from '../../parse/parsedRecord';
import { MAX_PARSER_NESTING, scanJson } from '../../parse/parseGuards';
import { offsetRange, type OffsetRange } from '../../text/offsetRange';
import { NONE, type CursorContext } from './cursorPosition';

/**
 * JSON: where the cursor is, from jsonc-parser's location at the offset (it reads a broken
 * document as far as it can) and the tokens around the cursor.
 */
export function jsonContext(text: string, parsed: ParsedRecord, offset: number): CursorContext {
  if (nestsTooDeepBefore(text, parsed, offset)) return NONE;
  const token = tokenAt(text, offset);
  if (token === 'comment') return NONE;
  const location = getLocation(text, offset);
  const path = location.path;
  if (path.length === 0) return NONE;
  const node = location.previousNode;
  const containerPath = path.slice(0, -1);
  const containerPointer = containerPath.reduce<string>((pointer, segment) => joinPointer(pointer, segment), '');

  if (location.isAtPropertyKey) {
    let range: OffsetRange;
    let quoted = false;
    let editedKey: string | undefined;
    if (node && isStringAt(text, node.offset)) {
      range = stringRange(text, node);
      if (offset > range.end || (offset === range.end && isClosedString(text, node))) return NONE;
      quoted = true;
      editedKey = typeof node.value === 'string' ? node.value : undefined;
    } else {
      range = wordRange(text, offset);
    }
    const hasSeparator = nextSignificantChar(text, range.end) === ':';
    const needsComma = !hasSeparator && nextSignificantChar(text, range.end) === '"';
    const partial = text.slice(range.start + (quoted ? 1 : 0), offset);
    return {
      kind: 'key',
      format: 'json',
      objectPointer: containerPointer,
      partial,
      replaceRange: range,
      hasSeparator,
      editedKey,
      column: 0,
      quoted,
      needsComma,
    };
  }

  const valuePointer = path.reduce<string>((pointer, segment) => joinPointer(pointer, segment), '');
  let range: OffsetRange;
  let quoted = false;
  if (node && (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null')) {
    if (node.type === 'string') {
      range = stringRange(text, node);
      if (offset > range.end || (offset === range.end && isClosedString(text, node))) return NONE;
      quoted = true;
    } else {
      range = offsetRange(node.offset, node.offset + node.length);
      // getLocation reports the value before the cursor even when the cursor is past it.
      if (offset < range.start || offset > range.end) return NONE;
    }
  } else if (node) {
    return NONE;
  } else {
    range = wordRange(text, offset);
    if (range.start === range.end) {
      // `"type":| "ESTIMATED"`: the cursor is before a value, not in it. Inserting there would
      // leave two values; replace the one that follows instead, keeping a blank before it.
      const following = jsonValueAfter(text, offset);
      if (following === 'container') return NONE;
      if (following) {
        return {
          kind: 'value',
          format: 'json',
          valuePointer,
          partial: '',
          replaceRange: offsetRange(offset, following.end),
          quoted: false,
          needsLeadingSpace: following.start > offset,
        };
      }
    }
  }
  return {
    kind: 'value',
    format: 'json',
    valuePointer,
    partial: text.slice(range.start, offset),
    replaceRange: range,
    quoted,
    needsLeadingSpace: false,
  };
}

/**
 * Whether the text before the cursor nests deeper than the parser reads (MAX_PARSER_NESTING).
 * getLocation recurses once per level of the text before the offset, and thousands of levels
 * exhaust the stack. Only a parse that reported too deep text can hold such nesting: others skip the scan.
 */
function nestsTooDeepBefore(text: string, parsed: ParsedRecord, offset: number): boolean {
  if (!parsed.syntaxProblems.some((problem) => problem.code === 'syntax/too-deep')) return false;
  return scanJson(text.slice(0, offset), { nesting: MAX_PARSER_NESTING, values: Infinity })?.exceeded === 'nesting';
}

/**
 * The JSON value that follows `offset` on the same line, past blanks: a scalar's range, or
 * `container` for an object or array; undefined when none follows (a comma, a brace, the line end).
 */
function jsonValueAfter(text: string, offset: number): OffsetRange | 'container' | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  let kind = scanner.scan();
  while (kind === SyntaxKind.Trivia) kind = scanner.scan();
  switch (kind) {
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.TrueKeyword:
    case SyntaxKind.FalseKeyword:
    case SyntaxKind.NullKeyword: {
      const start = scanner.getTokenOffset();
      // An unclosed string runs to the line end; keep the range on the cursor's line.
      return stringRangeOnLine(text, start, start + scanner.getTokenLength());
    }
    case SyntaxKind.OpenBraceToken:
    case SyntaxKind.OpenBracketToken:
      return 'container';
    default:
      return undefined;
  }
}

function stringRangeOnLine(text: string, start: number, end: number): OffsetRange {
  const lineBreak = text.slice(start, end).search(/[\r\n]/);
  return offsetRange(start, lineBreak >= 0 ? start + lineBreak : end);
}

/** Whether the offset is inside a comment (a token scan from the start: linear, like getLocation). */
function tokenAt(text: string, offset: number): 'comment' | 'other' {
  const before = text.slice(0, offset);
  if (!before.includes('//') && !before.includes('/*')) return 'other'; // most records have no comments
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const start = scanner.getTokenOffset();
    if (start >= offset) break;
    const end = start + scanner.getTokenLength();
    // A line comment runs to the line end, so its end is inside it; a block comment's is not.
    if (kind === SyntaxKind.LineCommentTrivia && offset <= end) return 'comment';
    if (kind === SyntaxKind.BlockCommentTrivia && offset < end) return 'comment';
  }
  return 'other';
}

function isStringAt(text: string, offset: number): boolean {
  return text[offset] === '"';
}

/** A string node's range, kept on its line (an unclosed string runs to the end of the line). */
function stringRange(text: string, node: JsonNode): OffsetRange {
  let end = node.offset + node.length;
  const lineBreak = text.slice(node.offset, end).search(/[\r\n]/);
  if (lineBreak >= 0) end = node.offset + lineBreak;
  return offsetRange(node.offset, end);
}

function isClosedString(text: string, node: JsonNode): boolean {
  const end = node.offset + node.length;
  return node.length >= 2 && text[end - 1] === '"' && text[end - 2] !== '\\';
}

/** The run of word characters around the offset (an unquoted word being typed). */
function wordRange(text: string, offset: number): OffsetRange {
  let start = offset;
  while (start > 0 && /[\w$-]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && /[\w$-]/.test(text[end])) end++;
  return offsetRange(start, end);
}

/** The next character that is not whitespace or a comment (`"` for a string), or undefined at the end. */
function nextSignificantChar(text: string, from: number): string | undefined {
  const scanner = createScanner(text, true);
  scanner.setPosition(from);
  const kind = scanner.scan();
  if (kind === SyntaxKind.EOF) return undefined;
  return kind === SyntaxKind.StringLiteral ? '"' : text[scanner.getTokenOffset()];
}
