// Runs a section reader written against a plain record and a set of used lines (the structure parsers
// of meddatax's and MedPath's repeated boxes) and records what it found through the page's recorder,
// each field with the lines the reader used, so the cut-off and conflict rules apply to it too.
import { isPlainObject } from '../../../service/parse/parsedRecord';
import type { PageRecorder } from '../pageRecorder';

export type RecordSectionReader = (
  indexes: readonly number[],
  lines: readonly string[],
  record: Record<string, unknown>,
  used: Set<number>,
) => void;

/** Runs `reader` on a section's lines; returns the lines it used. */
export function runSectionReader(
  reader: RecordSectionReader,
  indexes: readonly number[],
  lines: readonly string[],
  recorder: PageRecorder,
): number[] {
  const scratch: Record<string, unknown> = {};
  const used = new Set<number>();
  reader(indexes, lines, scratch, used);
  const at = [...used];
  recordAll(scratch, at, recorder);
  return at;
}

/**
 * Runs `reader` on a block's lines alone (given as their own small text, so a page of 100,000 lines
 * with many blocks costs no more than its blocks); what it used is mapped back to the page's lines.
 */
export function runOnBlock(
  reader: RecordSectionReader,
  block: readonly number[],
  pageLines: readonly string[],
  recorder: PageRecorder,
  bare: (line: string) => string = (line) => line,
): void {
  const text = block.map((line) => bare(pageLines[line]));
  const scratch: Record<string, unknown> = {};
  const used = new Set<number>();
  reader(
    text.map((_, index) => index),
    text,
    scratch,
    used,
  );
  recordAll(
    scratch,
    [...used].map((index) => block[index]),
    recorder,
  );
}

/**
 * Every field of a record, down to its leaves (so a field the page states elsewhere too is compared,
 * not overwritten): a list's entries one by one, an object's fields each, any other value as it is.
 */
export function recordAll(
  record: Record<string, unknown>,
  lines: readonly number[],
  recorder: PageRecorder,
  path: readonly string[] = [],
): void {
  for (const [key, value] of Object.entries(record)) {
    const at = [...path, key];
    if (Array.isArray(value)) for (const item of value) recorder.push(at, item, lines);
    else if (isPlainObject(value)) recordAll(value, lines, recorder, at);
    else recorder.set(at, value, lines);
  }
}
