// A YAML record that does not parse as a whole is read part by part, so that one broken part does not
// take the rest with it. A pasted JSON fragment in the locations of a 434 KB record made the `yaml`
// package lose its way for the remaining 9,000 lines (42,000 errors, 1.2 s a keystroke); read by parts,
// the fragment is one broken list item and every other part is read and checked as usual.
//
// The parts: each top-level key's block (a module); in a large block that does not parse, each of its
// fields; in a field that is a long block list, each item. A part is parsed on its own, exactly as
// the same text always parses, so parts whose text did not change are taken from the last reading
// (`PartCache`, partCache.ts): an edit costs the part it touched. Large blocks are read by fields and
// list items in largeBlockParts.ts.
//
// A document whose text parses as a whole is read as a whole (`parseYamlTree`); reading by parts is
// only for documents that do not, and only where the parts are independent (no anchors or aliases,
// no directives or document markers, a block mapping at the top).
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import type { TextChange } from '../text/textChange';
import { escapePointerSegment, isPlainObject, type NodeLocation, type RecordValue, type SyntaxProblem } from './parsedRecord';
import { readBlockByFields } from './largeBlockParts';
import { PartCache, type ReadPart } from './partCache';
import { startsPart, trimmedEnd } from './partLines';
import { refusedAsWhole } from './parseGuards';
import { buildPiece, shiftRange, type RecordPiece } from './recordPiece';
import { setOwn } from './safeObject';
import { SegmentedLocations, type TopLevelBlock } from './segmentedLocations';
import { boundedSyntaxProblems } from './syntaxCascade';
import { parseYamlTree, type TreeParseResult } from './yamlRecordParser';

/** A block this large or smaller is parsed whole even when broken; larger ones are split into fields and list items. */
const SMALL_BLOCK = 16 * 1024;

/** The record of a YAML text: the whole text's parse when it parses; otherwise, where possible, read by parts. */
export function parseYamlRecord(text: string, cache?: PartCache): TreeParseResult {
  const whole = parseYamlTree(text);
  if (whole.problems.length === 0) return whole;
  return readByParts(text, cache ?? new PartCache()) ?? whole;
}

interface BlockSpan {
  readonly start: number;
  readonly end: number;
}

/** One top-level block as read: where it is in the text, its key, and its part. */
interface BlockReading extends BlockSpan {
  readonly key: string;
  readonly part: ReadPart;
}

/** A document read part by part: what the next edit can build on. */
export interface PartsReading {
  readonly text: string;
  readonly blocks: readonly BlockReading[];
  readonly result: TreeParseResult;
}

/**
 * The document read part by part, or undefined where that is not how it must be read (see the top of
 * this file). The result's problems are the parts' problems; its `brokenRanges` the parts that do not parse.
 */
export function readByParts(text: string, cache: PartCache): TreeParseResult | undefined {
  return readParts(text, cache)?.result;
}

/** `readByParts`, keeping each block's reading for `rereadParts`. */
export function readParts(text: string, cache: PartCache): PartsReading | undefined {
  // A document refused as a whole (too large, too many values, one value too long) stays refused.
  if (refusedAsWhole(text)) return undefined;
  const spans = topLevelBlocks(text);
  if (!spans || spans.length === 0 || usesAnchorsOrTags(text)) return undefined;
  cache.nextReading();
  const blocks: BlockReading[] = [];
  for (const span of spans) {
    const read = readBlock(text.slice(span.start, span.end), cache);
    if (!read) return undefined;
    blocks.push({ ...span, ...read });
  }
  return { text, blocks, result: assemble(text, blocks) };
}

/**
 * The next version of a document read by parts, re-reading only the top-level block the edit lies in;
 * the others keep their reading and move. Undefined when the edit may change how the text divides into
 * blocks (it touches a block's key line, adds or removes a line in column 0 that starts a block or a
 * document marker, or adds an anchor, tag or lone carriage return): the caller then reads it all.
 * The result is always what `readParts` gives for the new text.
 */
export function rereadParts(previous: PartsReading, text: string, change: TextChange, cache: PartCache): PartsReading | undefined {
  const blocks = previous.blocks;
  let index = blocks.length - 1;
  while (index >= 0 && blocks[index].start >= change.start) index--;
  if (index < 0) return undefined; // at or before the first key
  const block = blocks[index];
  const firstLineEnd = previous.text.indexOf('\n', block.start);
  if (firstLineEnd < 0 || change.start <= firstLineEnd || change.oldEnd > block.end) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const end = block.end + delta;
  if (index + 1 < blocks.length && text.charCodeAt(end - 1) !== 10) return undefined; // the next key no longer starts a line
  if (!sameBlockStructure(text, firstLineEnd + 1, end) || refusedAsWhole(text)) return undefined;
  // What the edit put in (with a character either side, since it may join two into an anchor or CR LF).
  const window = text.slice(Math.max(0, change.start - 2), Math.min(text.length, change.newEnd + 2));
  if (usesAnchorsOrTags(window) || /\r(?!\n)/.test(window)) return undefined;
  cache.nextReading();
  const read = readBlock(text.slice(block.start, end), cache);
  if (!read) return undefined;
  const next = blocks.map((other, i): BlockReading => {
    if (i < index) return other;
    if (i === index) return { start: block.start, end, ...read };
    return { ...other, start: other.start + delta, end: other.end + delta };
  });
  return { text, blocks: next, result: assemble(text, next) };
}

/** Whether no line in column 0 between `from` and `to` starts a block or is a document marker or directive. */
function sameBlockStructure(text: string, from: number, to: number): boolean {
  const columnZero = /^[^ \t#\r\n]/gm;
  columnZero.lastIndex = from;
  for (let match = columnZero.exec(text); match && match.index < to; match = columnZero.exec(text)) {
    if (match.index > 0 && text.charCodeAt(match.index - 1) !== 10) continue;
    const line = text.slice(match.index, match.index + 400).split('\n', 1)[0];
    if (/^(?:---|\.\.\.|%)/.test(line) || startsPart(line)) return false;
  }
  return true;
}

/** The document's value, locations and problems from its blocks' readings. */
function assemble(text: string, readings: readonly BlockReading[]): TreeParseResult {
  const value: { [key: string]: RecordValue } = {};
  const blocks: TopLevelBlock[] = [];
  const problems: SyntaxProblem[] = [];
  const broken: OffsetRange[] = [];
  const seen = new Set<string>();
  for (const { start, key, part } of readings) {
    if (seen.has(key)) {
      problems.push({
        range: offsetRange(start, start + key.length),
        message: 'This key appears twice in the same mapping; each field may appear only once.',
        code: 'syntax/duplicate-key',
        severity: 'error',
      });
    }
    seen.add(key);
    setOwn(value, key, part.piece.value);
    blocks.push({ segment: escapePointerSegment(key), start, piece: part.piece });
    for (const problem of part.problems) problems.push({ ...problem, range: shiftRange(problem.range, start) });
    for (const range of part.broken) broken.push(shiftRange(range, start));
  }
  const root: NodeLocation = {
    keyRange: undefined,
    valueRange: offsetRange(readings[0].start, trimmedEnd(text, readings[readings.length - 1].end)),
  };
  return {
    value,
    locations: new SegmentedLocations(root, blocks),
    problems: boundedSyntaxProblems(
      problems,
      (problem) => problem.range,
      (problem) => problem,
      'syntax/yaml',
    ),
    usesAnchors: false,
    brokenRanges: broken,
  };
}

/**
 * The top-level blocks: each starts at a line holding a key in column 0. A line in column 0 that is
 * not a key (a pasted `]`) belongs to the block above it. Undefined when the text before the first key
 * is more than blank lines and comments, or holds a document marker or directive.
 */
function topLevelBlocks(text: string): BlockSpan[] | undefined {
  // A lone carriage return is a line break to YAML; such rare text is read whole rather than split by another rule.
  if (/\r(?!\n)/.test(text)) return undefined;
  const starts: number[] = [];
  // Only lines with something in column 0 matter: found by one native scan, not a loop over every line.
  // (`^` in a multiline pattern also matches after U+2028 and U+2029, which YAML does not break lines at.)
  const columnZero = /^[^ \t#\r\n]/gm;
  for (let match = columnZero.exec(text); match; match = columnZero.exec(text)) {
    const lineStart = match.index;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) continue;
    const line = text.slice(lineStart, lineStart + 400).split('\n', 1)[0];
    if (/^(?:---|\.\.\.|%)/.test(line)) return undefined;
    if (startsPart(line)) starts.push(lineStart);
    else if (starts.length === 0) return undefined;
  }
  // Only blank and comment lines may come before the first key (an indented line there makes the
  // document's top an indented mapping, which only a whole parse reads right).
  if (starts.length > 0 && !/^(?:[ \t]*(?:#[^\n]*)?\r?\n)*$/.test(text.slice(0, starts[0]))) return undefined;
  return starts.map((start, index) => ({ start, end: index + 1 < starts.length ? starts[index + 1] : text.length }));
}

/** Anchors, aliases and tags tie parts together (and tags need the directives): such a document is read whole. */
function usesAnchorsOrTags(text: string): boolean {
  return /(?:^|[\s[{,:-])[&*!][^\s,[\]{}]/m.test(text);
}

/** One top-level block, from the cache or read now: whole when it parses or is small, else by fields. */
function readBlock(blockText: string, cache: PartCache): { part: ReadPart; key: string } | undefined {
  // A large block is not kept whole (its fields and items are): a copy of its text per edit would cost more than it saves.
  const cached = readsWhole(blockText) ? cache.get('block', blockText) : undefined;
  const key = keyOfBlock(blockText);
  if (key === undefined) return undefined;
  if (cached) return { part: cached, key };
  const segment = escapePointerSegment(key);
  // A large block is always read by fields, so that an edit in it costs the field (or list item) it
  // touched, and the same text is always read the same way.
  let part = blockText.length > SMALL_BLOCK ? readBlockByFields(blockText, key, segment, cache) : undefined;
  if (!part) {
    const tree = parseYamlTree(blockText);
    if (
      tree.problems.length === 0 &&
      isPlainObject(tree.value) &&
      Object.keys(tree.value).length === 1 &&
      tree.locations.get(`/${segment}`)?.keyRange?.start === 0
    ) {
      const entries = [...tree.locations].filter(([pointer]) => pointer !== '');
      part = { piece: buildPiece(blockText, `/${segment}`, tree.value[key], entries, 0), problems: [], broken: [] };
    } else part = wholeBrokenPart(blockText, tree, `/${segment}`, key);
  }
  if (readsWhole(blockText)) cache.set('block', blockText, part);
  return { part, key };
}

/** Whether a block's text is read whole (and so may be given from a clean reading of the whole document). */
export function readsWhole(blockText: string): boolean {
  return blockText.length <= SMALL_BLOCK;
}

/** The key of a block's first line, unquoted. */
function keyOfBlock(blockText: string): string | undefined {
  const match = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#\n]*?)[ \t]*:/.exec(blockText);
  if (!match) return undefined;
  const raw = match[1];
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/**
 * A part that does not parse, as one piece: what its own parse could read (the value under `key`, its
 * locations below `pointer`), and its problems. The whole part is a broken range.
 */
function wholeBrokenPart(partText: string, tree: TreeParseResult, pointer: string, key: string | undefined): ReadPart {
  const value: RecordValue =
    key !== undefined && isPlainObject(tree.value) && Object.prototype.hasOwnProperty.call(tree.value, key) ? tree.value[key] : null;
  const entries = new Map<string, NodeLocation>();
  for (const [entryPointer, location] of tree.locations)
    if (entryPointer === pointer || entryPointer.startsWith(`${pointer}/`)) entries.set(entryPointer, location);
  if (!entries.has(pointer))
    entries.set(pointer, {
      keyRange: offsetRange(0, Math.max(1, (key ?? '').length)),
      valueRange: offsetRange(0, trimmedEnd(partText, partText.length)),
    });
  const piece: RecordPiece = { length: partText.length, value, parts: [{ kind: 'own', offset: 0, entries }], size: entries.size };
  return {
    piece,
    problems: tree.problems,
    broken: tree.problems.length > 0 ? [offsetRange(0, Math.max(1, trimmedEnd(partText, partText.length)))] : [],
  };
}
