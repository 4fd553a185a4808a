// Format Document for YAML records: the `yaml` package writes the document back from its own model,
// which keeps comments, key order and each scalar's style (quoted stays quoted, block stays block)
// and sets the indentation. It would also re-wrap folded block scalars (`>-`), whose line breaks the
// author chose and which carry no data, so their lines are carried over from the source, re-indented; and
// it writes one space before a trailing comment, so the spaces an author aligned comments with are kept.
import { isMap, isPair, isScalar, isSeq, type Document, type Scalar, type ToStringOptions } from 'yaml';
import { readYamlDocument, recordContent, sameContent, yamlContent } from './recordContent';
import type { Refusal } from './refusal';

/** How the YAML is written: the indent per level is the editor's tab size. */
export interface YamlLayout {
  readonly indent: number;
}

/** A formatted text, or why there is none. */
export type YamlFormatOutcome = { readonly text: string } | Refusal;

/** The formatted text of a YAML record (LF line ends in and out), checked to hold the same data and comments. */
export function formatYamlText(text: string, layout: YamlLayout): YamlFormatOutcome {
  const document = readYamlDocument(text);
  if (!document) return { refused: 'the YAML does not parse', unexpected: false };
  // An empty or comments-only document would come back as `null`.
  if (document.contents === null) return { refused: 'the document holds no record', unexpected: false };
  const written = document.toString(writeOptions(layout));
  const rewritten = readYamlDocument(written);
  const before = yamlContent(document, text);
  if (rewritten) {
    const kept = keepAuthorLayout(text, document, written, rewritten);
    if (kept !== written && sameContent(before, recordContent(kept, 'yaml'), true)) return { text: kept };
    if (sameContent(before, yamlContent(rewritten, written), true)) return { text: written };
  }
  return { refused: 'the formatted text would not hold the same data and comments', unexpected: true };
}

/** Written as read (no line folding: `lineWidth: 0`), nested lists indented under their key. */
function writeOptions(layout: YamlLayout): ToStringOptions {
  return { indent: Math.min(Math.max(Math.round(layout.indent), 1), 8), indentSeq: true, lineWidth: 0, minContentWidth: 0 };
}

/** Every scalar of a document, in document order (keys too): the same order in a text and its rewrite. */
function scalarsOf(document: Document): Scalar[] {
  const scalars: Scalar[] = [];
  // A plain walk: `yaml.visit` builds a path array per node, which shows on records with thousands of sites.
  const walk = (node: unknown): void => {
    if (isMap(node) || isSeq(node)) for (const item of node.items) walk(item);
    else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isScalar(node)) scalars.push(node);
  };
  walk(document.contents);
  return scalars;
}

/** A folded header without an indentation indicator or `+` (whose trailing lines are content). */
const PLAIN_FOLDED_HEADER = /^>-?(?:[ \t]|$)/;

interface BlockBody {
  /** Where its first line starts. */
  readonly start: number;
  /** Its lines, up to the last one with text (trailing blank lines are not content when chomped). */
  readonly lines: readonly string[];
  /** The indentation of its first line with text. */
  readonly indent: number;
}

/** The body of a folded block scalar that can be carried over, or undefined. */
function foldedBody(text: string, scalar: Scalar): BlockBody | undefined {
  const range = scalar.range;
  if (scalar.type !== 'BLOCK_FOLDED' || !range) return undefined;
  const headerEnd = text.indexOf('\n', range[0]);
  if (headerEnd < 0 || headerEnd >= range[1] || !PLAIN_FOLDED_HEADER.test(text.slice(range[0], headerEnd))) return undefined;
  const lines = text.slice(headerEnd + 1, range[1]).split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const first = lines.find((line) => line.trim() !== '');
  if (first === undefined) return undefined;
  const indent = indentOf(first);
  if (lines.some((line) => line.trim() !== '' && indentOf(line) < indent)) return undefined;
  return { start: headerEnd + 1, lines, indent };
}

function indentOf(line: string): number {
  return line.length - line.replace(/^ +/, '').length;
}

/**
 * Where the spaces before a scalar's trailing comment run: after the value (`value   # note`), or after a
 * block scalar's header (`>-   # note`). Only spaces, on that line.
 */
function commentGap(text: string, scalar: Scalar): { start: number; end: number } | undefined {
  const range = scalar.range;
  if (!scalar.comment || !range) return undefined;
  const block = scalar.type === 'BLOCK_FOLDED' || scalar.type === 'BLOCK_LITERAL';
  const from = block ? range[0] + (BLOCK_HEADER.exec(text.slice(range[0], range[0] + 16))?.[0].length ?? 0) : range[1];
  if (from === range[0]) return undefined;
  const lineEnd = text.indexOf('\n', from);
  const gap = /^ +(?=#)/.exec(text.slice(from, !block ? range[2] : lineEnd < 0 ? text.length : lineEnd));
  return gap ? { start: from, end: from + gap[0].length } : undefined;
}

/** A block scalar's indicators: `|` or `>`, then its chomping and indentation indicators in either order. */
const BLOCK_HEADER = /^[|>](?:[-+][1-9]?|[1-9][-+]?)?/;

/**
 * `written` with the author's layout where it carries no data: the line breaks of the source's folded block
 * scalars (each one's body lines are the source's, moved to the written indentation), and the spaces before
 * each trailing comment (aligned comments stay aligned). The caller checks the result reads back the same.
 */
function keepAuthorLayout(text: string, document: Document, written: string, rewritten: Document): string {
  const sources = scalarsOf(document);
  const targets = scalarsOf(rewritten);
  if (sources.length !== targets.length) return written;
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  sources.forEach((source, index) => {
    const sourceGap = commentGap(text, source);
    const writtenGap = sourceGap && commentGap(written, targets[index]);
    if (sourceGap && writtenGap) replacements.push({ ...writtenGap, text: text.slice(sourceGap.start, sourceGap.end) });
    const from = foldedBody(text, source);
    const to = from && foldedBody(written, targets[index]);
    if (!from || !to) return;
    const shift = ' '.repeat(to.indent);
    const lines = from.lines.map((line) => {
      const content = line.slice(Math.min(indentOf(line), from.indent));
      return content === '' ? '' : shift + content;
    });
    replacements.push({ start: to.start, end: to.start + to.lines.join('\n').length, text: lines.join('\n') });
  });
  let result = written;
  replacements.sort((a, b) => b.start - a.start);
  for (const { start, end, text: body } of replacements) result = result.slice(0, start) + body + result.slice(end);
  return result;
}
