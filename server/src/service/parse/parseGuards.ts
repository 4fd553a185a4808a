/**
 * Cheap one-pass scans run before the text reaches the `yaml` package or jsonc-parser, so that text
 * no record needs cannot take the language server down:
 * - nesting: both parsers recurse once per level, and at a few thousand levels V8 may abort the whole
 *   process instead of throwing (seen as "RegExpCompiler Allocation failed");
 * - size: both keep a node object per value (the `yaml` package about 1 kB each), so a 10 MB paste of
 *   `:-,:-,` or of a one-line list would need gigabytes. A trial record holds a few thousand values;
 *   a file with more than MAX_RECORD_VALUES is reported, not parsed. Its text is left as it is.
 *
 * The scans over-count rather than under-count. They stop at the first limit they pass.
 */
import { offsetRange } from '../text/offsetRange';
import type { SyntaxProblem } from './parsedRecord';

/** Nesting deeper than this is reported instead of walked (protects the walkers' stack). */
export const MAX_NESTING_DEPTH = 200;
/** Nesting (as estimated from the text) beyond this is not handed to a parser at all. */
export const MAX_PARSER_NESTING = 1000;
export const TOO_DEEP_MESSAGE = `Nesting deeper than ${MAX_NESTING_DEPTH} levels is not read.`;

/** Values (lines and flow items, as estimated) beyond which a file is not parsed at all. */
export const MAX_RECORD_VALUES = 500_000;

export interface ScanLimits {
  /** Nesting levels beyond which the text is refused. */
  nesting: number;
  /** Values beyond which the text is refused. */
  values: number;
}

/** Where the scan passed a limit, if it did. */
export type ScanVerdict = { exceeded: 'nesting' | 'values'; offset: number } | undefined;

/**
 * YAML: flow brackets outside quotes and comments, plus block levels from indentation (each deeper
 * indent opens a level; each `- ` opens one more). Values: each content line outside flow
 * collections, each `- ` on it, and each `[`, `{` and `,` inside them.
 */
export function scanYaml(text: string, limits: ScanLimits): ScanVerdict {
  const indents: number[] = [];
  let flowDepth = 0;
  let values = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    const blank = i >= lineEnd || first === 35 /* # */ || first === 13;
    if (!blank && flowDepth === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= i - lineStart) indents.pop();
      indents.push(i - lineStart);
      // Compact nested sequences (`- - - a`) open one level per dash on the same line.
      let dashes = 0;
      for (let j = i; j + 1 < lineEnd && text.charCodeAt(j) === 45 /* - */ && text.charCodeAt(j + 1) === 32; j += 2) dashes++;
      if (indents.length + dashes > limits.nesting) return { exceeded: 'nesting', offset: i };
      values += 1 + dashes;
      if (values > limits.values) return { exceeded: 'values', offset: i };
    }
    for (; i < lineEnd; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34 /* " */ || ch === 39 /* ' */) {
        // Quoted scalars may span lines; skip to the closing quote (or the end of the line, to stay linear).
        for (i++; i < lineEnd; i++) {
          const c = text.charCodeAt(i);
          if (ch === 34 && c === 92 /* \\ */) i++;
          else if (c === ch) break;
        }
      } else if (ch === 35 /* # */ && (i === lineStart || text.charCodeAt(i - 1) === 32)) {
        break;
      } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
        if (++flowDepth + indents.length > limits.nesting) return { exceeded: 'nesting', offset: i };
        if (++values > limits.values) return { exceeded: 'values', offset: i };
      } else if ((ch === 93 /* ] */ || ch === 125) /* } */ && flowDepth > 0) {
        flowDepth--;
      } else if (ch === 44 /* , */ && flowDepth > 0) {
        if (++values > limits.values) return { exceeded: 'values', offset: i };
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** JSON (with comments): brackets outside strings and comments; values: each `[`, `{` and `,`. */
export function scanJson(text: string, limits: ScanLimits): ScanVerdict {
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92 /* \\ */) i++;
        else if (c === 34 || c === 10 || c === 13) break;
      }
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

/** The one problem reported for a file the scans refused (at `offset` for nesting, on the first character for size). */
export function refusalProblem(verdict: NonNullable<ScanVerdict>): SyntaxProblem {
  if (verdict.exceeded === 'nesting') {
    return { range: offsetRange(verdict.offset, verdict.offset + 1), message: TOO_DEEP_MESSAGE, code: 'syntax/too-deep', severity: 'error' };
  }
  return {
    range: offsetRange(0, 1),
    message: `This file is too large to check: it holds more than ${MAX_RECORD_VALUES.toLocaleString('en-US')} values (a trial record has a few thousand). Nothing in it was checked; its text is left as it is.`,
    code: 'syntax/too-large',
    severity: 'error',
  };
}
