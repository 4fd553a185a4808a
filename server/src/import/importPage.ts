// The import pipeline: (HTML → text) → detect the format → read → emit YAML that keeps every line
// no field took. Pure: no file system, no LSP; the CLI and the server call it.
import type { ImportPageResult } from '@trial-record/shared/protocol';
import { countFilledByModule, countFilledFields, emitRecord, orderedRecord } from './emitRecord';
import { detectFormat, PAGE_FORMATS, unrecognisedFormat } from './formatRegistry';
import { htmlToText, looksLikeHtml } from './htmlToText';
import { importReportMarkdown, type KeptLine } from './importReport';
import type { PageFormat, PageReading, PageText } from './pageFormat';
import { toPageText } from './pageText';
import { studyIdOf } from './studyId';

export interface ImportOptions {
  /** Where the text came from (a file name, "clipboard"…), for the header comment and the report. */
  readonly sourceName?: string;
  /** The readers to choose from (default: all registered formats). */
  readonly formats?: readonly PageFormat[];
}

/** One study read from a page: the reply the editor gets, plus the record itself for callers in the same process (the CLI prints it as JSON). */
export interface StudyImport extends ImportPageResult {
  /** The record's protocol section, keys in schema order: what the YAML holds (under `protocolSection:` when `studySections` is given). */
  readonly record: Readonly<Record<string, unknown>>;
  /** A whole study's sections besides the protocol (`resultsSection`…), written after it; absent for a protocol-only record. */
  readonly studySections?: Readonly<Record<string, unknown>>;
}

/** Input that cannot be imported at all (empty, binary); the message is for the user. */
export class ImportRefusal extends Error {
  override readonly name = 'ImportRefusal';
}

/** Imports one page. For a search response with several studies this is the first; see `importStudies`. */
export function importPage(text: string, options: ImportOptions = {}): StudyImport {
  return runImport(text, options, false)[0];
}

/** Imports a page into one result per record it holds (several only for API search responses). */
export function importStudies(text: string, options: ImportOptions = {}): StudyImport[] {
  return runImport(text, options, true);
}

function runImport(text: string, options: ImportOptions, everyRecord: boolean): StudyImport[] {
  const sourceName = options.sourceName ?? 'pasted text';
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  refuseUnreadable(input);
  const fromHtml = looksLikeHtml(input);
  const page = toPageText(fromHtml ? htmlToText(input) : input);
  if (fromHtml && page.text.trim() === '') throw new ImportRefusal('The HTML has no visible text to import.');

  const { format, failures } = detectFormat(page, options.formats ?? PAGE_FORMATS);
  const readings = readPage(format, page, everyRecord);
  return readings.map((reading) => {
    const kept: KeptLine[] = [];
    page.lines.forEach((line, index) => {
      if (line.trim() !== '' && !reading.usedLines.has(index))
        kept.push({ line, reason: reading.keptReasons?.get(index) ?? 'not-recognised' });
    });
    const keptLines = kept.map((entry) => entry.line);
    const keptByReason: Record<string, number> = {};
    for (const entry of kept) keptByReason[entry.reason] = (keptByReason[entry.reason] ?? 0) + 1;
    const htmlNote = fromHtml ? ['The page was HTML: it was reduced to its visible text (scripts and styles dropped) before reading.'] : [];
    const warnings = [...htmlNote, ...failures, ...reading.warnings];
    const record = orderedRecord(reading.record);
    const { studySections } = reading;
    const yaml = emitRecord(record, { sourceName, formatLabel: format.label, keptLines, studySections });
    const studyId = studyIdOf(record);
    const filledFields = countFilledFields(record);
    return {
      format: format.id,
      formatLabel: format.label,
      yaml,
      studyId,
      filledFields,
      filledByModule: countFilledByModule(record),
      keptLines: keptLines.length,
      keptByReason,
      report: importReportMarkdown({ sourceName, format, record, studyId, filledFields, kept, warnings }),
      record,
      studySections,
    };
  });
}

/** A reader that breaks its promise not to throw costs the record, never the page. */
function readPage(format: PageFormat, page: PageText, everyRecord: boolean): PageReading[] {
  try {
    const readings = everyRecord && format.readAll ? format.readAll(page) : [format.read(page)];
    return readings.length > 0 ? readings : [format.read(page)];
  } catch (error) {
    const fallback = unrecognisedFormat.read(page);
    const reason = error instanceof Error ? error.message : String(error);
    return [{ ...fallback, warnings: [`The ${format.label} reader failed (${reason}); every line is kept as a comment.`] }];
  }
}

/** Empty text and binary data get a clear refusal instead of a record full of noise. */
function refuseUnreadable(text: string): void {
  if (text.trim() === '') throw new ImportRefusal('The text is empty: there is nothing to import.');
  const sample = text.slice(0, 65536);
  let suspicious = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd || code === 0x7f) suspicious++;
  }
  if (suspicious > 0 && suspicious / sample.length > 0.05) {
    throw new ImportRefusal(
      'This looks like binary data (control characters or undecodable bytes), not the text of a registry page or record.',
    );
  }
}
