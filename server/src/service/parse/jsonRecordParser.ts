import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { offsetRange } from '../text/offsetRange';
import { joinPointer, type NodeLocation, type RecordValue, type SyntaxProblem } from './parsedRecord';
import { setOwn, hasOwn } from './safeObject';
import { type TreeParseResult } from './yamlRecordParser';
import { MAX_NESTING_DEPTH, TOO_DEEP_MESSAGE, recordLimits, scanJson } from './parseGuards';
import { refusalProblem } from './sizeRefusal';
import { boundedSyntaxProblems } from './syntaxCascade';

const JSON_ERROR_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character.',
  InvalidNumberFormat: 'This is not a valid number.',
  PropertyNameExpected: 'A property name in double quotes is expected here.',
  ValueExpected: 'A value is expected here.',
  ColonExpected: 'A `:` is expected after the property name.',
  CommaExpected: 'A `,` is expected between entries.',
  CloseBraceExpected: 'A closing `}` is missing.',
  CloseBracketExpected: 'A closing `]` is missing.',
  EndOfFileExpected: 'Unexpected text after the end of the record.',
  InvalidCommentToken: 'This comment is not closed.',
  UnexpectedEndOfComment: 'This comment is not closed.',
  UnexpectedEndOfString: 'This string is not closed: a `"` is missing.',
  UnexpectedEndOfNumber: 'This number is incomplete.',
  InvalidUnicode: 'Invalid unicode escape sequence.',
  InvalidEscapeCharacter: 'Invalid escape sequence in a string.',
  InvalidCharacter: 'A control character must be escaped inside a string.',
};

/** Parses JSON (comments tolerated, as in VS Code's own JSON-with-comments) with a pointer map. */
export function parseJsonRecord(source: string): TreeParseResult {
  // A byte order mark is not content (VS Code strips it; a file read does not). A space keeps every offset.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const refused = scanJson(text, recordLimits());
  if (refused?.exceeded === 'nesting') {
    // Where the walker would report it: the node at depth MAX_NESTING_DEPTH + 1 (the root is depth 0).
    const at = scanJson(text, { nesting: MAX_NESTING_DEPTH + 1, values: Infinity })?.offset ?? refused.offset;
    return { value: undefined, locations: new Map(), problems: [refusalProblem({ exceeded: 'nesting', offset: at }, text)] };
  }
  if (refused) return { value: undefined, locations: new Map(), problems: [refusalProblem(refused, text)] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: true });
  const rangeOf = (error: ParseError) => offsetRange(error.offset, Math.min(text.length, error.offset + Math.max(1, error.length)));
  const problems: SyntaxProblem[] = boundedSyntaxProblems(
    errors,
    rangeOf,
    (error) => ({
      range: rangeOf(error),
      message: JSON_ERROR_MESSAGES[printParseErrorCode(error.error)] ?? `JSON: ${printParseErrorCode(error.error)}`,
      code: 'syntax/json',
      severity: 'error',
    }),
    'syntax/json',
  );
  const locations = new Map<string, NodeLocation>();
  const result: TreeParseResult & { locations: Map<string, NodeLocation> } = { value: undefined, locations, problems };
  if (root) result.value = walk(root, '', 0, result);
  return result;
}

function walk(
  node: JsonNode,
  pointer: string,
  depth: number,
  result: TreeParseResult & { locations: Map<string, NodeLocation> },
  keyNode?: JsonNode,
): RecordValue {
  result.locations.set(pointer, {
    keyRange: keyNode ? offsetRange(keyNode.offset, keyNode.offset + keyNode.length) : undefined,
    valueRange: offsetRange(node.offset, node.offset + node.length),
  });
  if (depth > MAX_NESTING_DEPTH) {
    result.problems.push({
      range: offsetRange(node.offset, node.offset + 1),
      message: TOO_DEEP_MESSAGE,
      code: 'syntax/too-deep',
      severity: 'error',
    });
    return null;
  }
  switch (node.type) {
    case 'object': {
      const object: { [key: string]: RecordValue } = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || typeof key.value !== 'string') continue;
        const name = key.value;
        if (hasOwn(object, name)) {
          result.problems.push({
            range: offsetRange(key.offset, key.offset + key.length),
            message: 'This key appears twice in the same object; each field may appear only once.',
            code: 'syntax/duplicate-key',
            severity: 'error',
          });
        }
        const childPointer = joinPointer(pointer, name);
        if (value) setOwn(object, name, walk(value, childPointer, depth + 1, result, key));
        else
          result.locations.set(childPointer, {
            keyRange: offsetRange(key.offset, key.offset + key.length),
            valueRange: offsetRange(key.offset + key.length, key.offset + key.length),
          });
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map((child, index) => walk(child, joinPointer(pointer, index), depth + 1, result));
    case 'string':
    case 'number':
    case 'boolean':
      return node.value as string | number | boolean;
    default:
      return null;
  }
}
