import { isPlainObject, joinPointer, valueAt, type NodeLocation, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import { recordSchema, type RecordSchema, type SchemaNode } from '../schema/recordSchema';
import { schemaPathOf } from '../schema/schemaPath';

/**
 * A parsed document as the fixes see it: the text, the pointer map, the schema node at a pointer,
 * and the document's own layout (line break, indentation unit) so inserted text looks like the rest.
 */
export class FixDocument {
  readonly format: ParsedRecord['format'];
  readonly eol: string;
  readonly indentUnit: string;

  constructor(
    readonly text: string,
    readonly parsed: ParsedRecord,
    readonly schema: RecordSchema = recordSchema(),
  ) {
    this.format = parsed.format;
    this.eol = /\r\n/.test(text) ? '\r\n' : '\n';
    this.indentUnit = detectIndentUnit(text, parsed.format);
  }

  locate(pointer: string): NodeLocation | undefined {
    return this.parsed.locations.get(pointer);
  }

  value(pointer: string): RecordValue | undefined {
    return valueAt(this.parsed.value, pointer);
  }

  /** The existing keys of the object at `pointer`, in document order. */
  keysOf(pointer: string): string[] {
    const value = this.value(pointer);
    if (!isPlainObject(value)) return [];
    return Object.keys(value)
      .filter((key) => this.locate(joinPointer(pointer, key))?.keyRange)
      .sort((a, b) => this.locate(joinPointer(pointer, a))!.keyRange!.start - this.locate(joinPointer(pointer, b))!.keyRange!.start);
  }

  /** The schema of the node at a document pointer, or undefined outside what the schema describes (e.g. `derivedSection`). */
  schemaAt(pointer: string): SchemaNode | undefined {
    const segments = schemaPathOf(this.parsed, pointer);
    return segments && this.schema.nodeAt(segments);
  }

  /** The schema's property names of the object at `pointer`, in schema order. */
  schemaOrder(pointer: string): string[] {
    return this.schema.propertiesOf(this.schemaAt(pointer)).map(([name]) => name);
  }

  lineStart(offset: number): number {
    let start = offset;
    while (start > 0 && this.text[start - 1] !== '\n' && this.text[start - 1] !== '\r') start--;
    return start;
  }

  /** Offset of the line break ending the line that holds `offset` (or the text's end). */
  lineEnd(offset: number): number {
    let end = offset;
    while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== '\r') end++;
    return end;
  }

  /** Offset just after the line break ending the line that holds `offset`. */
  nextLineStart(offset: number): number {
    const end = this.lineEnd(offset);
    if (this.text.startsWith('\r\n', end)) return end + 2;
    return end < this.text.length ? end + 1 : end;
  }

  /** The whitespace a line starts with. */
  indentOfLine(offset: number): string {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.text.slice(start, start + 200))?.[0] ?? '';
  }

  /** Spaces as wide as the text from the line start to `offset` (a key after `- ` sits deeper than its dash). */
  columnIndent(offset: number): string {
    return ' '.repeat(offset - this.lineStart(offset));
  }

  /** True when only blanks stand between the line start and `offset`. */
  startsLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  /**
   * A single-line replacement of `start…end`, widened over the blanks before a trailing YAML comment
   * so the comment keeps its column (aligned comments stay aligned) when the text changes length.
   */
  replacementKeepingComment(start: number, end: number, newText: string): { range: { start: number; end: number }; newText: string } {
    if (this.format !== 'yaml' || /[\r\n]/.test(newText)) return { range: { start, end }, newText };
    const gap = /^[ \t]*/.exec(this.text.slice(end, this.lineEnd(end)))?.[0] ?? '';
    if (gap.length === 0 || this.text[end + gap.length] !== '#' || gap.includes('\t')) return { range: { start, end }, newText };
    const width = Math.max(1, end - start + gap.length - newText.length);
    return { range: { start, end: end + gap.length }, newText: newText + ' '.repeat(width) };
  }

  /**
   * Edits that add JSON entries after the last entry of an object or list, whose value ends at
   * `valueEnd`: `,` and one entry per line. A `// comment` after the last entry stays on its line.
   */
  jsonAppend(
    valueEnd: number,
    indent: string,
    entries: readonly string[],
    multiline: boolean,
  ): Array<{ range: { start: number; end: number }; newText: string }> {
    if (!multiline) return [{ range: { start: valueEnd, end: valueEnd }, newText: entries.map((entry) => `, ${entry}`).join('') }];
    const lineEnd = this.lineEnd(valueEnd);
    const lines = entries.map((entry) => `${this.eol}${indent}${entry}`).join(',');
    if (/^[ \t]*\/\//.test(this.text.slice(valueEnd, lineEnd))) {
      return [
        { range: { start: valueEnd, end: valueEnd }, newText: ',' },
        { range: { start: lineEnd, end: lineEnd }, newText: lines },
      ];
    }
    return [{ range: { start: valueEnd, end: valueEnd }, newText: `,${lines}` }];
  }

  /**
   * An edit that inserts whole `lines` (indentation included) after the line holding `offset`. At the
   * end of a text without a final line break, the break goes before the lines instead of after them.
   */
  insertLinesAfter(offset: number, lines: readonly string[]): { range: { start: number; end: number }; newText: string } {
    const at = this.nextLineStart(offset);
    const atEnd = at === this.text.length && !/[\r\n]$/.test(this.text);
    return {
      range: { start: at, end: at },
      newText: atEnd ? lines.map((line) => this.eol + line).join('') : lines.map((line) => line + this.eol).join(''),
    };
  }

  /** The end of `range` without trailing whitespace and line breaks (YAML block values end on the next line). */
  trimmedEnd(start: number, end: number): number {
    let trimmed = end;
    while (trimmed > start && /\s/.test(this.text[trimmed - 1])) trimmed--;
    return trimmed;
  }
}

/** The document's indentation step: the first indented line's leading whitespace in JSON, the smallest step in YAML; two spaces by default. */
function detectIndentUnit(text: string, format: ParsedRecord['format']): string {
  const lines = text.split(/\r?\n|\r/, 400);
  if (format === 'json') {
    for (const line of lines) {
      const indent = /^([ \t]+)\S/.exec(line)?.[1];
      if (indent) return indent;
    }
    return '  ';
  }
  let previous = 0;
  let smallest = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (/^\s*(#|$)/.test(line)) continue;
    const width = /^ */.exec(line)![0].length;
    if (width > previous) smallest = Math.min(smallest, width - previous);
    previous = width;
  }
  return ' '.repeat(Number.isFinite(smallest) ? smallest : 2);
}
