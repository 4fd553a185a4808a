// Format Selection for YAML records. The unit is a module (an entry of the protocol section; in a
// whole API study, an entry of `protocolSection` or another top-level entry): every module the
// selection touches is replaced by its formatted form, the rest of the text is left alone. A module
// is the smallest part the `yaml` package formats on its own without guessing at its surroundings;
// formatting just the selected lines could leave a module half in one indentation and half in another.
// When the modules of the source and of the formatted text do not line up, nothing is formatted.
import { isMap, isScalar, type Document, type Pair } from 'yaml';
import type { OffsetRange } from '../text/offsetRange';
import { readYamlDocument, recordContent, sameContent } from './recordContent';
import { beginsLine, blockPairEnd, lineStartOf } from './yamlSpans';

interface ModuleSpan {
  readonly key: string;
  /** The start of the key's line. */
  readonly start: number;
  /** The key's column. */
  readonly column: number;
  /** The end of the module's last line (no line break). */
  readonly end: number;
}

/**
 * `text` (LF line ends) with the modules `range` touches taken from `formatted` (the whole text
 * formatted by formatYamlText), or undefined when the modules cannot be matched up safely.
 */
export function formatYamlModules(text: string, formatted: string, range: OffsetRange): string | undefined {
  const sourceDocument = readYamlDocument(text);
  const formattedDocument = readYamlDocument(formatted);
  if (!sourceDocument || !formattedDocument) return undefined;
  const sources = moduleSpans(sourceDocument, text);
  const targets = moduleSpans(formattedDocument, formatted);
  if (!sources || !targets || sources.length !== targets.length || sources.some((source, index) => source.key !== targets[index].key))
    return undefined;
  let result = text;
  for (let index = sources.length - 1; index >= 0; index--) {
    const source = sources[index];
    if (!touches(source, range)) continue;
    const target = targets[index];
    const moved = shiftLines(formatted.slice(target.start, target.end), source.column - target.column);
    if (moved === undefined) return undefined;
    result = result.slice(0, source.start) + moved + result.slice(source.end);
  }
  if (result === text) return text;
  const before = recordContent(text, 'yaml');
  return before && sameContent(before, recordContent(result, 'yaml'), true) ? result : undefined;
}

/** The record's modules in text order, or undefined when the document is no block mapping of them. */
function moduleSpans(document: Document, text: string): ModuleSpan[] | undefined {
  const root = document.contents;
  if (!isMap(root) || root.flow) return undefined;
  const spans: ModuleSpan[] = [];
  for (const pair of root.items) {
    const section = pair.value;
    const inner = isScalar(pair.key) && pair.key.value === 'protocolSection' && isMap(section) && !section.flow ? section.items : [pair];
    for (const entry of inner) {
      const span = moduleSpan(entry, text);
      if (!span) return undefined;
      spans.push(span);
    }
  }
  return spans;
}

function moduleSpan(pair: Pair, text: string): ModuleSpan | undefined {
  const key = pair.key;
  if (!isScalar(key) || !key.range || !beginsLine(text, key.range[0])) return undefined;
  const end = blockPairEnd(text, pair);
  if (end === undefined) return undefined;
  const start = lineStartOf(text, key.range[0]);
  return { key: String(key.value), start, column: key.range[0] - start, end };
}

/** A selection touches a module it overlaps; a cursor (an empty selection), the module it is in. */
function touches(span: ModuleSpan, range: OffsetRange): boolean {
  if (range.start === range.end) return span.start <= range.start && range.start <= span.end;
  return span.start < range.end && range.start < span.end;
}

/** The lines moved right (`by` > 0) or left; undefined when a line has too few leading spaces to move left. */
function shiftLines(lines: string, by: number): string | undefined {
  if (by === 0) return lines;
  const pad = ' '.repeat(Math.max(by, 0));
  const moved: string[] = [];
  for (const line of lines.split('\n')) {
    if (line === '') moved.push(line);
    else if (by > 0) moved.push(pad + line);
    else if (line.startsWith(' '.repeat(-by))) moved.push(line.slice(-by));
    else return undefined;
  }
  return moved.join('\n');
}
