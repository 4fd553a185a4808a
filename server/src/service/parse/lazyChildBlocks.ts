import { escapePointerSegment, isPlainObject, type RecordValue } from './parsedRecord';
import { hasOwn } from './safeObject';
import type { LazyBlock } from './lazyYamlLocations';

/** The sections of an API study record (`protocolSection`, `resultsSection`, `derivedSection`, …). */
const SECTION_KEY = /^[a-z]+Section$/;

/** A plain block key (`identificationModule:`), nothing after its colon. */
const CHILD_KEY_LINE = /^([A-Za-z_$][^:#'"\s]*):[ \r]*$/;

/** Where each module of a section starts (its key line), and the column of their keys. */
export interface SectionModules {
  readonly keyColumn: number;
  readonly starts: readonly { readonly key: string; readonly start: number }[];
}

/**
 * The modules of a top-level section of an API study (`protocolSection:`, `resultsSection:`, … whose
 * value is a mapping of modules) in `text` from `start` (its key line) to `end`, each found by its key
 * line at the section's child indent. Undefined (read the section as one block) unless the key line ends
 * at its colon, every line at the child indent is a plain key of the value, each once and all of them,
 * nothing is indented less, and no line is a comment (a full parse may attribute a comment between
 * modules differently than a reading of one module would). Used by the lazy locations of a record
 * opened by its value and by the incremental parser, so both cut a section the same way.
 */
export function sectionModules(
  text: string,
  start: number,
  end: number,
  key: string,
  value: RecordValue | undefined,
): SectionModules | undefined {
  // A module's own fields are read with the module: splitting them would only add readings.
  if (!SECTION_KEY.test(key) || !isPlainObject(value) || !Object.values(value).every(isPlainObject)) return undefined;
  const firstLineEnd = text.indexOf('\n', start);
  if (firstLineEnd < 0 || firstLineEnd >= end) return undefined;
  if (text.slice(start + key.length + 1, firstLineEnd).trim() !== '') return undefined;
  const starts: { key: string; start: number }[] = [];
  let keyColumn = -1;
  for (let lineStart = firstLineEnd + 1; lineStart < end;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    if (first === 35 /* # */ || first === 9 /* tab */) return undefined;
    const blank = i >= lineEnd || first === 13;
    if (!blank) {
      const indent = i - lineStart;
      if (keyColumn < 0) keyColumn = indent;
      if (indent < keyColumn || indent === 0) return undefined;
      if (indent === keyColumn) {
        const child = CHILD_KEY_LINE.exec(text.slice(i, lineEnd));
        if (!child || !hasOwn(value, child[1])) return undefined;
        starts.push({ key: child[1], start: lineStart });
      }
    }
    lineStart = lineEnd + 1;
  }
  const keys = new Set(starts.map((child) => child.key));
  if (starts.length === 0 || keys.size !== starts.length || keys.size !== Object.keys(value).length) return undefined;
  return { keyColumn, starts };
}

/** A section's modules as lazy blocks (see `sectionModules`), or 'unsplit' to read the section as one block. */
export function splitChildBlocks(text: string, block: LazyBlock, blockValue: RecordValue | undefined): Map<string, LazyBlock> | 'unsplit' {
  const modules = sectionModules(text, block.start, block.end, block.key, blockValue);
  if (!modules) return 'unsplit';
  const children = new Map<string, LazyBlock>();
  modules.starts.forEach(({ key, start }, index) => {
    const end = index + 1 < modules.starts.length ? modules.starts[index + 1].start : block.end;
    const segment = escapePointerSegment(key);
    children.set(segment, { segment, key, start, end, keyColumn: modules.keyColumn, listStarts: new Map(), items: new Map() });
  });
  return children;
}
