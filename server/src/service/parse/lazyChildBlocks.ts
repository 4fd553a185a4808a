import { escapePointerSegment, isPlainObject, type RecordValue } from './parsedRecord';
import { hasOwn } from './safeObject';
import type { LazyBlock } from './lazyYamlLocations';

/** The sections of an API study record (`protocolSection`, `resultsSection`, `derivedSection`, …). */
const SECTION_KEY = /^[a-z]+Section$/;

/** A plain block key (`identificationModule:`), nothing after its colon. */
const CHILD_KEY_LINE = /^([A-Za-z_$][^:#'"\s]*):[ \r]*$/;

/**
 * The child blocks of a top-level section of an API study (`protocolSection:`, `resultsSection:`, … whose
 * value is a mapping of modules): each found by its key line at the block's child indent, so a
 * finding in one module reads that module, not the whole section. 'unsplit' (read the whole block)
 * unless the block's key line ends at its colon, every line at the child indent is a plain key of the
 * value, each once and all of them, nothing is indented less, and no line is a comment (a full parse
 * may attribute a comment between modules differently than a reading of one module would).
 */
export function splitChildBlocks(text: string, block: LazyBlock, blockValue: RecordValue | undefined): Map<string, LazyBlock> | 'unsplit' {
  // A module's own fields are read with the module: splitting them would only add readings.
  if (!SECTION_KEY.test(block.key) || !isPlainObject(blockValue) || !Object.values(blockValue).every(isPlainObject)) return 'unsplit';
  const firstLineEnd = text.indexOf('\n', block.start);
  if (firstLineEnd < 0 || firstLineEnd >= block.end) return 'unsplit';
  if (text.slice(block.start + block.key.length + 1, firstLineEnd).trim() !== '') return 'unsplit';
  const starts: { key: string; start: number }[] = [];
  let childIndent = -1;
  for (let lineStart = firstLineEnd + 1; lineStart < block.end;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > block.end) lineEnd = block.end;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    if (first === 35 /* # */ || first === 9 /* tab */) return 'unsplit';
    const blank = i >= lineEnd || first === 13;
    if (!blank) {
      const indent = i - lineStart;
      if (childIndent < 0) childIndent = indent;
      if (indent < childIndent || indent === 0) return 'unsplit';
      if (indent === childIndent) {
        const key = CHILD_KEY_LINE.exec(text.slice(i, lineEnd));
        if (!key || !hasOwn(blockValue, key[1])) return 'unsplit';
        starts.push({ key: key[1], start: lineStart });
      }
    }
    lineStart = lineEnd + 1;
  }
  const children = new Map<string, LazyBlock>();
  starts.forEach(({ key, start }, index) => {
    const end = index + 1 < starts.length ? starts[index + 1].start : block.end;
    const segment = escapePointerSegment(key);
    children.set(segment, { segment, key, start, end, keyColumn: childIndent, listStarts: new Map(), items: new Map() });
  });
  if (children.size === 0 || children.size !== starts.length || children.size !== Object.keys(blockValue).length) return 'unsplit';
  return children;
}
