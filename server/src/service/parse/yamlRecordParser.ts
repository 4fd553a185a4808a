import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Document } from 'yaml';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { joinPointer, type NodeLocation, type RecordValue, type SyntaxProblem } from './parsedRecord';
import { setOwn } from './safeObject';
import { MAX_NESTING_DEPTH, MAX_PARSER_NESTING, TOO_DEEP_MESSAGE, recordLimits, scanYaml } from './parseGuards';
import { refusalProblem } from './sizeRefusal';
import { boundedSyntaxProblems } from './syntaxCascade';

/** Alias expansions allowed per document: enough for real use, far below an alias bomb. */
const MAX_ALIAS_EXPANDED_NODES = 10_000;

export interface TreeParseResult {
  value: RecordValue | undefined;
  locations: ReadonlyMap<string, NodeLocation>;
  problems: SyntaxProblem[];
  /** Whether the text uses anchors or aliases (its parts then depend on each other). */
  usesAnchors?: boolean;
  /**
   * The parts of a document that does not parse as a whole which were read on their own and still
   * do not parse (see `tolerantYaml.ts`): schema and rule findings inside them are held back.
   */
  brokenRanges?: readonly OffsetRange[];
}

/** Found by the walker, not by `yaml` (see `uniqueKeys` below). */
const DUPLICATE_KEY_MESSAGE = 'This key appears twice in the same mapping; each field may appear only once.';

const YAML_ERROR_MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS: 'A record file holds one YAML document; remove the extra `---` document.',
  TAG_RESOLVE_FAILED: 'Unknown YAML tag: the value is read as plain text.',
  BAD_INDENT: 'Wrong indentation: align this line with its siblings.',
  MISSING_CHAR: 'Something is missing here (a closing quote or bracket?).',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key; is a `:` misplaced?',
};

/**
 * Parses YAML 1.2 (core schema: `NO`, `2024-02` and `NCT06731192` stay strings) into
 * plain data plus a JSON-pointer -> source-range map, as the `yaml` package reads the whole text.
 * `depthOffset` is the nesting depth of the text's root when it is a piece of a larger document.
 * Records are parsed with `parseYamlRecord` (tolerantYaml.ts), which reads a document that does not
 * parse as a whole part by part.
 */
export function parseYamlTree(text: string, depthOffset = 0): TreeParseResult {
  const refused = scanYaml(text, recordLimits(MAX_PARSER_NESTING - depthOffset));
  if (refused) return { value: undefined, locations: new Map(), problems: [refusalProblem(refused, text)] };
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    prettyErrors: false,
    // Duplicates are found by the walker: yaml's own check compares every pair of keys (quadratic) and
    // keeps an error object per pair, which a long line of punctuation turns into gigabytes.
    uniqueKeys: false,
    strict: true,
  });
  const issues = [
    ...doc.errors.map((error) => ({ error, severity: 'error' as const })),
    ...doc.warnings.map((error) => ({ error, severity: 'warning' as const })),
  ];
  const problems = boundedSyntaxProblems(
    issues,
    ({ error }) => offsetRange(Math.min(error.pos[0], text.length), Math.min(Math.max(error.pos[1], error.pos[0] + 1), text.length)),
    ({ error, severity }) => toProblem(error.code, error.pos, error.message, severity, text),
    'syntax/yaml',
  );

  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    // yaml does not take a lone CR as a line break, so the lines around it read as one; say why.
    problems.push({
      range: offsetRange(loneCr.index, loneCr.index + 1),
      message: 'A lone carriage return (CR) line end: this file mixes in old Mac line ends; use LF or CRLF line ends.',
      code: 'syntax/yaml',
      severity: 'error',
    });
  }
  const walker = new YamlWalker(doc, problems);
  const contents = doc.contents as YamlNode | null;
  const value = contents ? walker.walk(contents, '', depthOffset) : undefined;
  return { value: value === null && !contents ? undefined : value, locations: walker.locations, problems, usesAnchors: walker.usesAnchors };
}

function toProblem(code: string, pos: [number, number], message: string, severity: 'error' | 'warning', text: string): SyntaxProblem {
  const start = Math.min(pos[0], text.length);
  const end = Math.min(Math.max(pos[1], start + 1), text.length);
  const friendly = YAML_ERROR_MESSAGES[code];
  return {
    range: offsetRange(start, end),
    message: friendly ?? `YAML: ${firstLine(message)}`,
    code: 'syntax/yaml',
    severity,
  };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0];
}

function nodeRange(node: YamlNode): OffsetRange {
  const range = node.range;
  return range ? offsetRange(range[0], range[1]) : offsetRange(0, 0);
}

class YamlWalker {
  readonly locations = new Map<string, NodeLocation>();
  private aliasBudget = MAX_ALIAS_EXPANDED_NODES;
  private reportedAliasBomb = false;
  private reportedDepth = false;
  usesAnchors = false;

  constructor(
    private readonly doc: Document,
    private readonly problems: SyntaxProblem[],
  ) {}

  /** Converts `node` to data; records locations unless `pointer` is undefined (inside an alias). */
  walk(node: YamlNode, pointer: string | undefined, depth: number, keyRange?: OffsetRange): RecordValue {
    if (pointer !== undefined) this.locations.set(pointer, { keyRange, valueRange: nodeRange(node) });
    if ((node as { anchor?: string }).anchor) this.usesAnchors = true;
    if (depth > MAX_NESTING_DEPTH) {
      if (!this.reportedDepth) {
        this.reportedDepth = true;
        this.problems.push({ range: nodeRange(node), message: TOO_DEEP_MESSAGE, code: 'syntax/too-deep', severity: 'error' });
      }
      return null;
    }
    if (isScalar(node)) return scalarValue(node.value);
    if (isAlias(node)) {
      this.usesAnchors = true;
      return this.expandAlias(node, depth);
    }
    if (isMap(node)) {
      const result: { [key: string]: RecordValue } = {};
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = this.keyText(keyNode);
        if (key === undefined) continue;
        const childPointer = pointer === undefined ? undefined : joinPointer(pointer, key);
        const keyRange = keyNode ? nodeRange(keyNode) : undefined;
        if (seen.has(key)) {
          this.problems.push({
            range: keyRange ?? nodeRange(node),
            message: DUPLICATE_KEY_MESSAGE,
            code: 'syntax/duplicate-key',
            severity: 'error',
          });
        }
        seen.add(key);
        const valueNode = pair.value as YamlNode | null;
        if (valueNode) {
          setOwn(result, key, this.walk(valueNode, childPointer, depth + 1, keyRange));
        } else {
          setOwn(result, key, null);
          if (childPointer !== undefined && keyRange) {
            this.locations.set(childPointer, { keyRange, valueRange: offsetRange(keyRange.end, keyRange.end) });
          }
        }
      }
      return result;
    }
    if (isSeq(node)) {
      const result: RecordValue[] = [];
      node.items.forEach((item, index) => {
        const childPointer = pointer === undefined ? undefined : joinPointer(pointer, index);
        result.push(item ? this.walk(item as YamlNode, childPointer, depth + 1) : null);
      });
      return result;
    }
    return null;
  }

  private keyText(keyNode: YamlNode | null): string | undefined {
    if (keyNode === null) return '';
    if (isScalar(keyNode)) return keyNode.value === null ? '' : scalarText(keyNode.value);
    if (isAlias(keyNode)) {
      const target = keyNode.resolve(this.doc);
      if (target && isScalar(target)) return scalarText(target.value);
    }
    this.problems.push({
      range: nodeRange(keyNode),
      message: 'Keys must be plain text; a mapping or list cannot be a key.',
      code: 'syntax/complex-key',
      severity: 'error',
    });
    return undefined;
  }

  private expandAlias(alias: YamlNode & { resolve(doc: Document): YamlNode | undefined }, depth: number): RecordValue {
    const target = alias.resolve(this.doc);
    if (!target) return null;
    const size = countNodes(target, this.aliasBudget + 1);
    this.aliasBudget -= size;
    if (this.aliasBudget < 0) {
      if (!this.reportedAliasBomb) {
        this.reportedAliasBomb = true;
        this.problems.push({
          range: nodeRange(alias),
          message: 'Too many alias expansions (is this an alias bomb?); aliased values past this point are not read.',
          code: 'syntax/alias-limit',
          severity: 'error',
        });
      }
      return null;
    }
    return this.walk(target, undefined, depth + 1);
  }
}

function scalarValue(value: unknown): RecordValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return value === undefined ? null : scalarText(value);
}

/**
 * A scalar as text. Besides the core schema's strings, numbers, booleans and null, an explicit tag yaml
 * always knows gives an object: `!!timestamp` a Date, `!!binary` a Buffer (its UTF-8 text), `!!merge` a symbol.
 */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint' ||
    typeof value === 'symbol' ||
    value === null ||
    value === undefined
  ) {
    return String(value);
  }
  if (value instanceof Date || value instanceof Uint8Array) return value.toString();
  // No tag yaml resolves makes any other object; name its kind as String() would.
  return Object.prototype.toString.call(value);
}

/** Counts nodes reachable from `node` (aliases included), stopping once `limit` is reached. */
function countNodes(node: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0 && count < limit) {
    const current = stack.pop();
    count++;
    if (isMap(current)) for (const pair of current.items) stack.push(pair.value);
    else if (isSeq(current)) for (const item of current.items) stack.push(item);
    else if (isAlias(current)) count += 1; // resolved when walked; counted per expansion
  }
  return count;
}
