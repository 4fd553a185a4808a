// The service's formatting entry points: Format Document, Format Selection and Sort Record into
// Registry Order, each answering with edits of the text it was given. A record that does not parse
// (or that the parse guards refuse) is left as it is: a formatter that guessed at broken text could
// move its lines out of the places the author meant.
import type { TextEdit } from '../fixes/textEdit';
import type { ParsedRecord, RecordFormat } from '../parse/parsedRecord';
import type { ServiceLog } from '../serviceLog';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { textChange } from '../text/textChange';
import { formatJsonEdits } from './formatJson';
import type { FormatOptions } from './formatOptions';
import { formatYamlText } from './formatYaml';
import { formatYamlModules } from './formatYamlRange';
import { recordContent, sameContent } from './recordContent';
import { refusalOf, type Refusal } from './refusal';
import { sortRecordText } from './sortRecord';

export type { FormatOptions } from './formatOptions';

/** Edits, or why there are none. */
export type FormatOutcome = { readonly edits: TextEdit[] } | Refusal;

/** The edits that sort a record, or why it is left as it is (for the user). */
export type SortResult = { readonly edits: TextEdit[] } | { readonly refused: string };

/** A record as the service holds it: its text, and the parse the analysis made of it. */
export interface RecordText {
  readonly text: string;
  readonly parsed: ParsedRecord;
  /** Its uri or file name, for the log. */
  readonly uri: string;
}

/** Format Document (no range) or Format Selection: no edits when the text is formatted already or is left as it is. */
export function formatRecord(record: RecordText, options: FormatOptions, log: ServiceLog, range?: OffsetRange): TextEdit[] {
  if (syntaxError(record.parsed)) return [];
  const outcome = formatRecordText(record.text, record.parsed.format, options, range);
  if ('edits' in outcome) return outcome.edits;
  if (outcome.unexpected) log.warn(`${range ? 'Format Selection' : 'Format Document'} left ${record.uri} as it is: ${outcome.refused}.`);
  return [];
}

/** Sort Record into Registry Order. */
export function sortRecord(record: RecordText, log: ServiceLog): SortResult {
  const error = syntaxError(record.parsed);
  if (error) return { refused: `The record does not parse; fix this first: ${error}` };
  const outcome = sortRecordText(record.text, record.parsed.format);
  if ('text' in outcome) return { edits: changedSpan(record.text, outcome.text) };
  if (outcome.unexpected) log.warn(`Sort Record into Registry Order left ${record.uri} as it is: ${outcome.refused}.`);
  return { refused: `The record was left as it is: ${outcome.refused}.` };
}

function syntaxError(parsed: ParsedRecord): string | undefined {
  return parsed.syntaxProblems.find((problem) => problem.severity === 'error')?.message;
}

/** The formatting edits of a record's text (YAML: one edit over the changed span). */
export function formatRecordText(text: string, format: RecordFormat, options: FormatOptions, range?: OffsetRange): FormatOutcome {
  const refused = refusalOf(text, format);
  if (refused) return refused;
  if (format === 'json') return formatJson(text, options, range);
  // Formatted with LF line ends and written back with the document's own.
  const lf = text.replace(/\r\n/g, '\n');
  const outcome = formatYamlText(lf, { indent: options.tabSize });
  if ('refused' in outcome) return outcome;
  let formatted: string | undefined = outcome.text;
  if (range) {
    formatted = formatYamlModules(lf, formatted, offsetRange(lfOffset(text, range.start), lfOffset(text, range.end)));
    if (formatted === undefined) return { refused: 'the selected modules could not be formatted on their own', unexpected: false };
  } else if (!lf.endsWith('\n') && options.insertFinalNewline !== true) {
    formatted = formatted.replace(/\n$/, '');
  }
  return { edits: changedSpan(text, lf === text ? formatted : formatted.replace(/\n/g, '\r\n')) };
}

function formatJson(text: string, options: FormatOptions, range: OffsetRange | undefined): FormatOutcome {
  const before = recordContent(text, 'json');
  if (!before) return { refused: 'the JSON does not parse', unexpected: false };
  const edits = formatJsonEdits(text, options, range);
  if (!sameContent(before, recordContent(applyInOrder(text, edits), 'json'), true)) {
    return { refused: 'the formatted text would not hold the same data', unexpected: true };
  }
  return { edits };
}

/**
 * Edits in text order that do not overlap, applied in one pass: a JSON record's formatting can take
 * thousands of edits, and applying them one by one would copy the text for each.
 */
function applyInOrder(text: string, edits: readonly TextEdit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.range.start < at) throw new Error('Formatting edits overlap or are out of order.');
    pieces.push(text.slice(at, edit.range.start), edit.newText);
    at = edit.range.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** The offset in the LF form of `text` of `offset` in `text`. */
function lfOffset(text: string, offset: number): number {
  let crlf = 0;
  for (let at = text.indexOf('\r\n'); at >= 0 && at < offset - 1; at = text.indexOf('\r\n', at + 2)) crlf++;
  return offset - crlf;
}

/** One edit over the span where the two texts differ; none when they are the same. */
function changedSpan(before: string, after: string): TextEdit[] {
  const change = textChange(before, after);
  return change ? [{ range: offsetRange(change.start, change.oldEnd), newText: after.slice(change.start, change.newEnd) }] : [];
}
