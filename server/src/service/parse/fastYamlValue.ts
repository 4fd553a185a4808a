import { FAILSAFE_SCHEMA, Type, YAMLException, load } from 'js-yaml';
import { isPlainObject, type RecordValue } from './parsedRecord';
import { MAX_NESTING_DEPTH, passesRecordLimits } from './parseGuards';

/**
 * The value of a YAML record read with `js-yaml`, which reads a large record three to four times
 * faster than the `yaml` package (it keeps no positions, no nodes, no comments): opening a record
 * shows its first diagnostics after this read, and positions are read only where a finding needs
 * one (see lazyYamlLocations.ts).
 *
 * Only a text that is plainly the same to both parsers is read this way; anything else gives
 * undefined and is read by `yaml` as before. A text qualifies when it is within the parse guards,
 * its root is a mapping, js-yaml reads it without an error or a warning (duplicate keys are errors),
 * and a cheap scan finds none of what the two parsers may read differently: anchors, aliases, tags,
 * directives, explicit (`?`) or collection keys, flow collections over several lines, tabs, lone
 * CRs, a byte order mark, nesting deeper than the walkers go, or a key the walker names differently
 * (`~:` and `null:`). The scan may call a text unsafe that is not (then it is read the slow way); a
 * test reads every record, sample and mutation of them both ways and checks the values are equal.
 */
export function fastYamlValue(text: string): { [key: string]: RecordValue } | undefined {
  const value = readByValue(text, 0);
  return isPlainObject(value) ? value : undefined;
}

/**
 * The value of one list item's text (its `-` line to the next item, as the incremental parser cuts it) read
 * the same way, `depth` being how deep its list sits; undefined when it must be read by `yaml`.
 */
export function fastYamlItemValue(itemText: string, depth: number): RecordValue | undefined {
  const value = readByValue(itemText, depth);
  return Array.isArray(value) && value.length === 1 && value[0] !== undefined ? value[0] : undefined;
}

function readByValue(text: string, depth: number): RecordValue | undefined {
  if (!passesRecordLimits(text) || mayReadDifferently(text)) return undefined;
  let value: unknown;
  let warned = false;
  try {
    value = load(text, {
      schema: CORE_SCHEMA_AS_YAML_READS_IT,
      onWarning: () => {
        warned = true;
      },
    });
  } catch (error) {
    // A syntax error: the `yaml` reading that follows reports it, with its position.
    if (error instanceof YAMLException) return undefined;
    throw error;
  }
  if (warned || !(isPlainObject(value) || Array.isArray(value)) || !plainData(value, depth)) return undefined;
  return value;
}

/**
 * Characters and constructs after which the two parsers may disagree (see above). Each construct has a
 * character it cannot match without, looked for first: most records hold none of them, and a plain
 * character search costs a fraction of a pattern tried at every position (this scan was a tenth of the
 * cost of checking a YAML registry study).
 */
const UNSAFE_CONSTRUCTS: readonly (readonly [needs: RegExp | undefined, construct: RegExp])[] = [
  [undefined, /^\uFEFF/], // a byte order mark
  [undefined, /[\t\0]/], // tabs (in indentation the parsers differ), NUL
  [undefined, /\r(?!\n)/], // a lone CR: `yaml` takes it for no line break at all
  [undefined, /^%/m], // a directive
  [undefined, /^(?:---|\.\.\.)/m], // document markers, and what js-yaml takes for one (`---a: 1` reads as `a: 1`)
  [/\?/, /(?:^[ ]*(?:-[ ]+)*|[[{,][ ]*)\?(?:\s|$)/m], // an explicit key
  [/[\]}]/, /[\]}][ ]*:(?:\s|$)/], // a flow collection as a key
  [/~|null|Null|NULL/, /(?:^|[\s[{,])(?:~|null|Null|NULL)[ ]*:(?:\s|$)/m], // a null key (js-yaml names it `null`, the walker '')
];

function mayReadDifferently(text: string): boolean {
  for (const [needs, construct] of UNSAFE_CONSTRUCTS) if ((needs === undefined || needs.test(text)) && construct.test(text)) return true;
  return hasNodeProperty(text) || hasMultilineFlow(text) || hasLongImplicitKey(text);
}

/** Anchors, aliases and tags start with one of these. */
const NODE_PROPERTY_MARK = /[&*!]/g;
/** What cannot follow the mark of an anchor, alias or tag. */
const NOT_A_PROPERTY_NAME = /[\s,[\]{}]/;
/** Indentation and `- `s: what may stand before a node at the start of its line. */
const LINE_START_OF_NODE = /^[ ]*(?:-[ ]+)*$/;

/**
 * Whether an anchor, alias or tag may stand where a node starts: after indentation and `- `s, after `:`, or
 * in a flow collection (text in a block scalar or a long plain scalar may look like one: read slowly then).
 * Prose holds `&`, `*` and `!` often, so each is looked at where it stands rather than a pattern tried at
 * every position of the text (the same as `/(?:^[ ]*(?:-[ ]+)*|:[ ]*|[[{,][ ]*)[&*!][^\s,[\]{}]/m`, which
 * a test holds it to).
 */
export function hasNodeProperty(text: string): boolean {
  NODE_PROPERTY_MARK.lastIndex = 0;
  for (let mark = NODE_PROPERTY_MARK.exec(text); mark; mark = NODE_PROPERTY_MARK.exec(text)) {
    const at = mark.index;
    if (at + 1 >= text.length || NOT_A_PROPERTY_NAME.test(text[at + 1])) continue;
    let before = at - 1;
    while (before >= 0 && text.charCodeAt(before) === 32) before--;
    const previous = before < 0 ? -1 : text.charCodeAt(before);
    const found =
      previous === 58 /* : */ ||
      previous === 91 /* [ */ ||
      previous === 123 /* { */ ||
      previous === 44 /* , */ ||
      atLineStartOfNode(text, at);
    if (found) {
      NODE_PROPERTY_MARK.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** Whether only indentation and `- `s stand before `at` on its line. */
function atLineStartOfNode(text: string, at: number): boolean {
  const start = indentStartBefore(text, at);
  return start >= 0 && LINE_START_OF_NODE.test(text.slice(start, at));
}

/**
 * Where the line holding `at` starts, when only spaces and `-`s stand before `at` on it; else -1. Walks back
 * over those alone, so no character is walked over twice whatever the text.
 */
function indentStartBefore(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) break;
    if (code !== 32 && code !== 45 /* - */) return -1;
    start--;
  }
  return start;
}

/** YAML caps an implicit key at 1024 characters: `yaml` reports a longer one, js-yaml reads it. */
const LONGEST_IMPLICIT_KEY = 1024;

/** Whether a line's first `:` that ends a key stands more than 1024 characters in (only long lines are looked at). */
function hasLongImplicitKey(text: string): boolean {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > LONGEST_IMPLICIT_KEY) {
      const line = text.slice(lineStart, lineEnd);
      const colon = line.search(/:(?:[ \r]|$)/);
      if (colon > LONGEST_IMPLICIT_KEY) return true;
    }
    lineStart = lineEnd + 1;
  }
  return false;
}

/**
 * Whether a flow collection (`[`/`{` where a node starts) runs on past its line: the two parsers
 * hold such lines to different indentation rules. Counted naively (a bracket inside quotes counts
 * too), which can only call a text unsafe that is not.
 */
function hasMultilineFlow(text: string): boolean {
  const flowStart = /(?:^[ ]*|:[ ]+|-[ ]+)[[{]/gm;
  for (let match = flowStart.exec(text); match; match = flowStart.exec(text)) {
    const open = match.index + match[0].length - 1;
    let lineEnd = text.indexOf('\n', open);
    if (lineEnd < 0) lineEnd = text.length;
    let depth = 0;
    for (let i = open; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 91 /* [ */ || ch === 123 /* { */) depth++;
      else if (ch === 93 /* ] */ || ch === 125 /* } */) depth--;
    }
    if (depth !== 0) return true;
    flowStart.lastIndex = lineEnd;
  }
  return false;
}

/** Whether the value nests no deeper than the walkers read (deeper, `yaml`'s reading reports it). */
function plainData(value: RecordValue, depth: number): boolean {
  if (depth > MAX_NESTING_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null && !plainData(item, depth + 1)) return false;
    return true;
  }
  if (isPlainObject(value)) {
    for (const key in value) {
      const child = value[key];
      if (typeof child === 'object' && child !== null && !plainData(child, depth + 1)) return false;
    }
  }
  return true;
}

// YAML 1.2's core schema exactly as the `yaml` package resolves plain scalars (yaml/dist/schema/core):
// js-yaml's own CORE_SCHEMA also reads `1_000`, `0b101` and `+.5e3`-like forms as numbers.
const scalarType = (tag: string, test: RegExp, construct: (text: string) => RecordValue): Type =>
  new Type(tag, { kind: 'scalar', resolve: (data: unknown) => typeof data === 'string' && test.test(data), construct });

const CORE_SCHEMA_AS_YAML_READS_IT = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalarType('tag:yaml.org,2002:null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalarType('tag:yaml.org,2002:bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    scalarType('tag:yaml.org,2002:int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
    ),
    scalarType(
      'tag:yaml.org,2002:float',
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
      (text) => {
        if (text.slice(-3).toLowerCase() === 'nan') return NaN;
        if (/inf$/i.test(text)) return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
        return parseFloat(text);
      },
    ),
  ],
});
