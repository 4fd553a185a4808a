/**
 * Cheap one-pass scans run before the text reaches the `yaml` package or jsonc-parser, so that text
 * no record needs cannot take the language server down. Each limit has its own verdict, so that the
 * message names the one passed:
 * - size: text longer than MAX_RECORD_CHARS is refused before any scan;
 * - nesting: both parsers recurse once per level, and at a few thousand levels V8 may abort the whole
 *   process instead of throwing (seen as "RegExpCompiler Allocation failed");
 * - values: both keep a node object per value (the `yaml` package about 1 kB each), so a 10 MB paste of
 *   `:-,:-,` or of a one-line list would need gigabytes. A trial record holds a few thousand values;
 *   a file with more than MAX_RECORD_VALUES is reported, not parsed;
 * - value: the `yaml` package reads one long double-quoted scalar in time and memory that grow faster
 *   than its length (30 MB: 18.8 s and 1.36 GB), so no value longer than MAX_VALUE_CHARS is parsed.
 * A refused file's text is left as it is.
 *
 * The scans over-count values rather than under-count them, and over-measure a value rather than
 * under-measure it. They stop at the first limit they pass.
 */

/** Nesting deeper than this is reported instead of walked (protects the walkers' stack). */
export const MAX_NESTING_DEPTH = 200;
/** Nesting (as estimated from the text) beyond this is not handed to a parser at all. */
export const MAX_PARSER_NESTING = 1000;
export const TOO_DEEP_MESSAGE = `Nesting deeper than ${MAX_NESTING_DEPTH} levels is not read.`;

/** Values (content lines and flow items, as estimated) beyond which a file is not parsed at all. */
export const MAX_RECORD_VALUES = 500_000;

/** ClinicalTrials.gov's longest text field (detailedDescription) allows this many characters. */
export const LONGEST_RECORD_FIELD = 32_000;

/**
 * Characters beyond which one value (a scalar, a JSON string) is not parsed: 15 times the longest
 * record field. Measured with yaml 2.9.1 on node 20 (parseYamlTree, 2 busy cores): a double-quoted
 * scalar, the costliest kind per character, of 500,000 characters parses in 0.10-0.15 s (0.19-0.33 s
 * in a fresh process); of 1,000,000 in 0.18-0.27 s (0.38-0.60 s fresh), too near 0.5 s; of 30 MB in
 * 18.8 s and 1.36 GB. A plain one-line scalar of 1,000,000 characters takes 0.03 s; a block scalar of
 * 500,000 characters in 4-character lines 0.09-0.27 s; jsonc-parser a 1,000,000-character string 0.01 s.
 */
export const MAX_VALUE_CHARS = 500_000;

/**
 * Characters beyond which a file is refused unread: 50 MB, where VS Code itself stops syncing a
 * document to extensions (TextModel._MODEL_SYNC_LIMIT, 50 * 1024 * 1024 characters of text).
 */
export const MAX_RECORD_CHARS = 50 * 1024 * 1024;

export interface ScanLimits {
  /** Nesting levels beyond which the text is refused. */
  nesting: number;
  /** Values beyond which the text is refused. */
  values: number;
  /** Characters beyond which one value is refused; no limit when left out. */
  valueChars?: number;
  /** Characters beyond which the whole text is refused before it is scanned; no limit when left out. */
  chars?: number;
}

/** Where the scan passed a limit, if it did; `length` is the value's (`value`) or the text's (`size`). */
export type ScanVerdict =
  | { exceeded: 'nesting' | 'values'; offset: number }
  | { exceeded: 'value'; offset: number; length: number }
  | { exceeded: 'size'; offset: 0; length: number }
  | undefined;

/** Every limit a record's text is held to; `nesting` is less for a piece of a document that sits that deep. */
export function recordLimits(nesting = MAX_PARSER_NESTING): Required<ScanLimits> {
  return { nesting, values: MAX_RECORD_VALUES, valueChars: MAX_VALUE_CHARS, chars: MAX_RECORD_CHARS };
}

/**
 * Whether a YAML text is refused as a whole rather than read part by part (tolerantYaml.ts): too
 * large, too many values, or one value too long (its parts would add up to the values; the part
 * holding the long value would report it from its own line numbers). Too deep is not among these:
 * each part is held to that on its own.
 */
export function refusedAsWhole(text: string): boolean {
  if (text.length > MAX_RECORD_CHARS) return true;
  // Each value counted takes a character of text (give or take one), and a value's characters are the
  // text's: a text shorter than both limits passes both, so most are not scanned.
  if (text.length < Math.min(MAX_RECORD_VALUES, MAX_VALUE_CHARS)) return false;
  return scanYaml(text, { ...recordLimits(), nesting: Infinity }) !== undefined;
}

/**
 * Whether a YAML text passes every limit of `recordLimits()`, as `scanYaml` says, mostly without the
 * scan (which a fresh process runs slowly: 40-60 ms on a 424 KB record). A text shorter than the values
 * and value limits passes both (see `refusedAsWhole`); its nesting as `scanYaml` estimates it is at most
 * the longest run of spaces and dashes starting a line, plus one, plus the number of `[` and `{`: when
 * that is within the limit, no scan is needed.
 */
export function passesRecordLimits(text: string): boolean {
  if (text.length >= Math.min(MAX_RECORD_VALUES, MAX_VALUE_CHARS)) return scanYaml(text, recordLimits()) === undefined;
  const room = MAX_PARSER_NESTING - 1 - occurrences(text, '[') - occurrences(text, '{');
  if (room > 0 && !new RegExp(`^[ -]{${room},}`, 'm').test(text)) return true;
  return scanYaml(text, recordLimits()) === undefined;
}

function occurrences(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count++;
  return count;
}

/** A block scalar (`|`, `>`) being read: its lines run on until one is indented less. */
interface BlockScalar {
  /** Where its `|` or `>` is. */
  readonly start: number;
  /** Its lines are those indented past this column (and blank lines). */
  readonly parent: number;
  /** The indent of its first content line (every later one is at least that), -1 before it. */
  contentIndent: number;
  /** The end of its last content line so far. */
  end: number;
}

/**
 * YAML: flow brackets outside quotes and comments, plus block levels from indentation (each deeper
 * indent opens a level; each `- ` opens one more). Values: each content line outside flow
 * collections, each `- ` on it, each `:` key indicator after the first on a line, and each `[`, `{`
 * and `,` inside flow collections. A block scalar (`|`, `>`) is one value however many lines it has,
 * and so is a quoted scalar that runs on over several lines. Each value's length is measured: a plain
 * scalar to the next indicator, comment or line end; a quoted one across its lines; a block scalar
 * over all of its lines. (A plain scalar that runs on is counted and measured line by line: the yaml
 * package reads those cheaply, 30 MB of them in 0.6-0.8 s.)
 */
export function scanYaml(text: string, limits: ScanLimits): ScanVerdict {
  if (limits.chars !== undefined && text.length > limits.chars) return { exceeded: 'size', offset: 0, length: text.length };
  const maxValue = limits.valueChars ?? Infinity;
  const indents: number[] = [];
  let flowDepth = 0;
  /** The column a quoted scalar inside the current flow collection must run on past. */
  let flowParent = -1;
  /** Inside a flow collection, whether the next character may start a scalar (carried across lines). */
  let flowExpectsScalar = false;
  let values = 0;
  let block: BlockScalar | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const first = text.charCodeAt(i);
    if (block) {
      // A block scalar's lines: blank ones, and those indented like its first content line.
      const blankLine = i >= lineEnd || (first === 13 && i + 1 === lineEnd);
      if (blankLine || (block.contentIndent < 0 ? indent > block.parent : indent >= block.contentIndent)) {
        if (!blankLine) {
          if (block.contentIndent < 0) block.contentIndent = indent;
          block.end = lineEnd;
        }
        lineStart = lineEnd + 1;
        continue;
      }
      if (block.end - block.start > maxValue) return { exceeded: 'value', offset: block.start, length: block.end - block.start };
      block = undefined;
    }
    const blank = i >= lineEnd || first === 35 /* # */ || first === 13;
    /** Whether the next character may start a scalar (after indentation, `- `, `: `, `[`, `{`, `,`). */
    let expectsScalar: boolean = flowDepth > 0 ? flowExpectsScalar : true;
    /** Where the plain scalar being read started, -1 outside one. */
    let plainStart = -1;
    let keyIndicators = 0;
    // The column a value on this line must run on past: for one after `key: `, the key's column; at
    // the start of the line, its last `- ` (or, with none, just before the value itself).
    let keyColumn = indent;
    let startParent = indent - 1;
    let afterKey = false;
    if (!blank && flowDepth === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // Compact nested sequences (`- - - a`) open one level per dash on the same line.
      let dashes = 0;
      for (let j = i; j + 1 < lineEnd && text.charCodeAt(j) === 45 /* - */ && text.charCodeAt(j + 1) === 32; j += 2) dashes++;
      if (indents.length + dashes > limits.nesting) return { exceeded: 'nesting', offset: i };
      values += 1 + dashes;
      if (values > limits.values) return { exceeded: 'values', offset: i };
      if (dashes > 0) {
        startParent = i + 2 * (dashes - 1) - lineStart;
        i += 2 * dashes;
        while (i < lineEnd && text.charCodeAt(i) === 32) i++;
        keyColumn = i - lineStart;
      }
    }
    for (; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 32 || ch === 9) continue;
      if (expectsScalar && (ch === 34 /* " */ || ch === 39) /* ' */) {
        const parent = flowDepth > 0 ? flowParent : afterKey ? keyColumn : startParent;
        const quoted = quotedScalarEnd(text, i, lineStart, parent);
        if (quoted.end - i > maxValue) return { exceeded: 'value', offset: i, length: quoted.end - i };
        if (!quoted.closed) {
          // It stops at a line break: the scan goes on with the next line (or ends with the text).
          lineEnd = quoted.end;
          break;
        }
        if (quoted.lastLineStart > lineStart) {
          // It ran on over later lines: go on from its closing quote, on the line that holds it.
          lineStart = quoted.lastLineStart;
          lineEnd = text.indexOf('\n', quoted.end);
          if (lineEnd < 0) lineEnd = text.length;
        }
        i = quoted.end - 1;
        expectsScalar = false;
        continue;
      }
      if (expectsScalar && (ch === 33 /* ! */ || ch === 38) /* & */) {
        // A tag or an anchor comes before the scalar it marks: skip it and still expect the scalar.
        const tokenStart = i;
        while (i + 1 < lineEnd && !endsToken(text.charCodeAt(i + 1), flowDepth > 0)) i++;
        const verdict = plainVerdict(tokenStart, i + 1, maxValue);
        if (verdict) return verdict;
        continue;
      }
      if (expectsScalar && flowDepth === 0 && (ch === 124 /* | */ || ch === 62) /* > */ && isBlockScalarHeader(text, i, lineEnd)) {
        block = { start: i, parent: afterKey ? keyColumn : startParent, contentIndent: -1, end: lineEnd };
        break;
      }
      if (ch === 35 /* # */ && (i === lineStart || isSpace(text.charCodeAt(i - 1)))) {
        const verdict = plainVerdict(plainStart, i, maxValue);
        if (verdict) return verdict;
        plainStart = -1;
        break;
      }
      const opensFlow = (ch === 91 /* [ */ || ch === 123) /* { */ && (expectsScalar || flowDepth > 0);
      const structural =
        opensFlow ||
        ((ch === 93 /* ] */ || ch === 125) /* } */ && flowDepth > 0) ||
        (ch === 44 /* , */ && flowDepth > 0) ||
        (ch === 58 /* : */ && (flowDepth > 0 || i + 1 >= lineEnd || isSpace(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 13));
      if (!structural) {
        // Part of a plain scalar (a `[` or `{` inside one is text, not a collection): skip to the next
        // character that may end it.
        if (plainStart < 0) plainStart = i;
        expectsScalar = false;
        while (i + 1 < lineEnd && !mayEndPlainScalar(text.charCodeAt(i + 1), flowDepth > 0)) i++;
        continue;
      }
      const verdict = plainVerdict(plainStart, i, maxValue);
      if (verdict) return verdict;
      plainStart = -1;
      expectsScalar = true;
      if (opensFlow) {
        if (flowDepth === 0) flowParent = afterKey ? keyColumn : startParent;
        if (++flowDepth + indents.length > limits.nesting) return { exceeded: 'nesting', offset: i };
        if (++values > limits.values) return { exceeded: 'values', offset: i };
      } else if (ch === 93 || ch === 125) {
        flowDepth--;
        expectsScalar = false;
      } else if (ch === 44) {
        if (++values > limits.values) return { exceeded: 'values', offset: i };
      } else {
        // `:`: each key after the first on a line is a value of its own (`a: b: c: …` is a chain of
        // mappings; a 10 MB line of `x: ` took the yaml package a minute and 4 GB).
        afterKey = true;
        if (++keyIndicators > 1 && ++values > limits.values) return { exceeded: 'values', offset: i };
      }
    }
    const end = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const verdict = plainVerdict(plainStart, end, maxValue);
    if (verdict) return verdict;
    flowExpectsScalar = expectsScalar;
    lineStart = lineEnd + 1;
  }
  if (block && block.end - block.start > maxValue) return { exceeded: 'value', offset: block.start, length: block.end - block.start };
  return undefined;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9;
}

/** Whether `ch` ends a tag or anchor name (in a flow collection, its indicators do too). */
function endsToken(ch: number, inFlow: boolean): boolean {
  return isSpace(ch) || ch === 13 || (inFlow && (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125));
}

/** Whether `ch` may end a plain scalar: `:` and `#` may (when a space follows or comes before); in a flow collection, its indicators. */
function mayEndPlainScalar(ch: number, inFlow: boolean): boolean {
  return ch === 58 || ch === 35 || (inFlow && (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125));
}

/** The verdict for a plain scalar from `start` (-1: none) to `end`, if it is too long. */
function plainVerdict(start: number, end: number, maxValue: number): ScanVerdict {
  return start >= 0 && end - start > maxValue ? { exceeded: 'value', offset: start, length: end - start } : undefined;
}

/** Whether a block scalar header starts at `at`: `|` or `>`, up to two indicators (`1`-`9`, `+`, `-`), then only spaces and a comment. */
function isBlockScalarHeader(text: string, at: number, lineEnd: number): boolean {
  let i = at + 1;
  while (i < lineEnd && i - at <= 2 && isBlockIndicator(text.charCodeAt(i))) i++;
  const afterIndicators = i;
  while (i < lineEnd && isSpace(text.charCodeAt(i))) i++;
  if (i >= lineEnd || (text.charCodeAt(i) === 13 && i + 1 === lineEnd)) return true;
  return i > afterIndicators && text.charCodeAt(i) === 35; /* # */
}

function isBlockIndicator(ch: number): boolean {
  return ch === 43 /* + */ || ch === 45 /* - */ || (ch >= 49 /* 1 */ && ch <= 57); /* 9 */
}

/**
 * Where a quoted scalar opened at `start` ends: just past its closing quote (`closed`), or, unclosed,
 * at the line break before the first line not indented past `parent` (where the yaml package ends
 * it), or at the end of the text. `lastLineStart` is the start of the line it ends on (`lineStart`
 * that of the line it starts on). One pass over the scalar, none over the text before it.
 */
function quotedScalarEnd(
  text: string,
  start: number,
  lineStart: number,
  parent: number,
): { end: number; closed: boolean; lastLineStart: number } {
  const quote = text.charCodeAt(start);
  let lastLineStart = lineStart;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === quote) {
      // `''` is a quote inside a single-quoted scalar.
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return { end: i + 1, closed: true, lastLineStart };
    } else if (ch === 92 /* \ */ && quote === 34) {
      // An escape; an escaped line break is still a line break (its next line's indent matters).
      const next = text.charCodeAt(i + 1);
      if (next !== 10 && next !== 13) i++;
    } else if (ch === 10) {
      let column = i + 1;
      while (column < text.length && text.charCodeAt(column) === 32) column++;
      const next = text.charCodeAt(column);
      const blankLine = column >= text.length || next === 10 || next === 13;
      if (!blankLine && column - (i + 1) <= parent) return { end: i, closed: false, lastLineStart };
      lastLineStart = i + 1;
      i = column - 1;
    }
  }
  return { end: text.length, closed: false, lastLineStart };
}

/**
 * JSON (with comments): brackets outside strings and comments; values: each `[`, `{` and `,`; each
 * string's length (a string stops at a line break, as jsonc-parser ends an unclosed one).
 */
export function scanJson(text: string, limits: ScanLimits): ScanVerdict {
  if (limits.chars !== undefined && text.length > limits.chars) return { exceeded: 'size', offset: 0, length: text.length };
  const maxValue = limits.valueChars ?? Infinity;
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92 /* \\ */) i++;
        else if (c === 34 || c === 10 || c === 13) break;
      }
      const end = i < text.length && text.charCodeAt(i) === 34 ? i + 1 : Math.min(i, text.length);
      if (end - start > maxValue) return { exceeded: 'value', offset: start, length: end - start };
    } else if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > limits.nesting) return { exceeded: 'nesting', offset: i };
      if (++values > limits.values) return { exceeded: 'values', offset: i };
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) {
      depth--;
    } else if (ch === 44 /* , */) {
      if (++values > limits.values) return { exceeded: 'values', offset: i };
    }
  }
  return undefined;
}
