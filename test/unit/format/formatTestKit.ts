import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Lexer, stringify } from 'yaml';
import type { TextEdit } from '../../../server/src/service/fixes/textEdit';
import { formatRecordText, type FormatOutcome } from '../../../server/src/service/format/formatRecord';
import type { FormatOptions } from '../../../server/src/service/format/formatOptions';
import type { RecordFormat, RecordValue } from '../../../server/src/service/parse/parsedRecord';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import type { OffsetRange } from '../../../server/src/service/text/offsetRange';
import { loadRealRecords, REAL_RECORDS_FOLDER } from '../rules/realRecords';

export const TWO_SPACES: FormatOptions = { tabSize: 2, insertSpaces: true };

const SAMPLES = path.resolve(__dirname, '../../../samples');

export interface RecordCase {
  readonly name: string;
  readonly format: RecordFormat;
  readonly text: string;
}

/** Every sample record as it is written. */
export function sampleCases(): RecordCase[] {
  return readdirSync(SAMPLES)
    .filter((name) => /\.trial\.(yaml|json)$/.test(name))
    .map((name) => ({ name, format: name.endsWith('.json') ? 'json' : 'yaml', text: readFileSync(path.join(SAMPLES, name), 'utf8') }));
}

/**
 * Every real ClinicalTrials.gov record of `json/` as its JSON text and as YAML (as `yaml.stringify` writes it, long
 * lines folded). The 252 calibration records of `json-more/` are left out: formatting them all takes minutes.
 */
export function realRecordCases(): RecordCase[] {
  return loadRealRecords([REAL_RECORDS_FOLDER]).flatMap((record) => [
    { name: `${record.nctId}.json`, format: 'json' as const, text: record.text },
    { name: `${record.nctId}.yaml`, format: 'yaml' as const, text: stringify(JSON.parse(record.text)) },
  ]);
}

/** Edits in text order, applied in one pass (a JSON record's formatting can take tens of thousands). */
export function applyInOrder(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    assert.ok(edit.range.start >= at, 'edits do not overlap');
    result += text.slice(at, edit.range.start) + edit.newText;
    at = edit.range.end;
  }
  return result + text.slice(at);
}

export function editsOf(outcome: FormatOutcome): TextEdit[] {
  assert.ok('edits' in outcome, `formatted, not refused: ${'refused' in outcome ? outcome.refused : ''}`);
  return outcome.edits;
}

/** The text formatted (asserting it was not refused). */
export function formatted(text: string, format: RecordFormat, options: FormatOptions = TWO_SPACES, range?: OffsetRange): string {
  return applyInOrder(text, editsOf(formatRecordText(text, format, options, range)));
}

/** The record's data as the service reads it (asserting it parses). */
export function dataOf(text: string, format: RecordFormat): RecordValue | undefined {
  const parsed = parseRecord(text, format);
  assert.deepEqual(
    parsed.syntaxProblems.filter((problem) => problem.severity === 'error'),
    [],
    'the text parses',
  );
  return parsed.value;
}

/** The comment texts of a YAML text, sorted. */
export function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text)]
    .filter((token) => token.startsWith('#'))
    .map((token) => token.trimEnd())
    .sort();
}

/** Every object's keys, depth first: equal for two values whose keys are in the same order. */
export function keyOrder(value: unknown, into: string[] = [], at = ''): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => keyOrder(item, into, `${at}/${index}`));
  else if (typeof value === 'object' && value !== null) {
    into.push(`${at}: ${Object.keys(value).join(',')}`);
    for (const [key, child] of Object.entries(value)) keyOrder(child, into, `${at}/${key}`);
  }
  return into;
}
