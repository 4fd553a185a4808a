import { isPlainObject, valueAt, type ParsedRecord } from '../parse/parsedRecord';
import type { LineIndex } from '../text/lineIndex';
import { trimmedValueRange } from './scalarText';

/** A foldable block, in zero-based lines (both inclusive). */
export interface FoldingLines {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * Folding for every module, group of fields, list, list item and multi-line text that spans
 * several lines: from its key (or a list item's first line) to its last line; in JSON the closing
 * bracket stays visible, as in VS Code's own JSON folding.
 */
export function foldingRanges(source: string, parsed: ParsedRecord, lines: LineIndex): FoldingLines[] {
  const byStart = new Map<number, number>();
  for (const [pointer, location] of parsed.locations) {
    if (pointer === '') continue;
    const value = valueAt(parsed.value, pointer);
    const isBlock = Array.isArray(value) || isPlainObject(value) || (typeof value === 'string' && parsed.format === 'yaml');
    if (!isBlock) continue;
    const range = trimmedValueRange(source, location.valueRange);
    if (range.end <= range.start) continue;
    const startLine = lines.positionAt(location.keyRange?.start ?? range.start).line;
    let endLine = lines.positionAt(range.end).line;
    if (
      parsed.format === 'json' &&
      /[}\]]/.test(source[range.end - 1] ?? '') &&
      /^\s*$/.test(source.slice(lines.lineStart(endLine), range.end - 1))
    )
      endLine--;
    if (endLine > startLine) byStart.set(startLine, Math.max(byStart.get(startLine) ?? 0, endLine));
  }
  return [...byStart].sort((a, b) => a[0] - b[0]).map(([startLine, endLine]) => ({ startLine, endLine }));
}
