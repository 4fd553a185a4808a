// The one door to the language service, as `vscode-json-languageservice`'s `getLanguageService` is to
// that service: the LSP layer, the CLI and the tests all go through it. It holds what every answer
// shares (the schema, where failures are logged) so callers pass only the document and the position.
import { importPage, importStudies, type ImportOptions, type StudyImport } from './import/importPage';
import { renderRecordHtml, renderRecordSteps } from './render/renderRecord';
import { studyJsonOf, type StudyJson } from './render/studyJson';
import type { FixableDiagnostic, QuickFix } from './service/fixes/quickFixes';
import { quickFixFor } from './service/fixes/quickFixes';
import { combineFixes, type CombinedFix } from './service/fixes/fixAll';
import { FixDocument } from './service/fixes/fixDocument';
import type { TextEdit } from './service/fixes/textEdit';
import { formatRecord, sortRecord, type FormatOptions, type SortResult } from './service/format/formatRecord';
import { complete, type CompletionResult } from './service/language/completion';
import { hover, type HoverResult } from './service/language/hover';
import type { LanguageRequest } from './service/language/languageRequest';
import { occurrenceRangesAt, type Occurrence } from './service/navigation/crossReferences';
import { documentLinks, type RecordLink } from './service/navigation/documentLinks';
import { documentSymbols, type RecordSymbol } from './service/navigation/documentSymbols';
import { foldingRanges, type FoldingLines } from './service/navigation/foldingRanges';
import { prepareRenameAt, renameAt, type RenameResult } from './service/navigation/renameSymbol';
import { formatFor } from './service/parse/parseRecord';
import { RecordAnalyzer, type AnalysisOptions, type RecordAnalysis } from './service/recordAnalyzer';
import { recordSchema } from './service/schema/recordSchema';
import { consoleLog, type ServiceLog } from './service/serviceLog';
import { LineIndex } from './service/text/lineIndex';
import { recordSkeleton, type SkeletonFormat, type SkeletonStudyType } from './service/newRecord/recordSkeleton';
import type { OffsetRange } from './service/text/offsetRange';

export interface TrialRecordServiceOptions {
  /** Where failures inside the service are reported (a rule that throws, a fix that does not fit). Default: stderr. */
  readonly log?: ServiceLog;
}

/** What an analysis takes besides the text; a rule that throws is reported to the service's log. */
export type AnalysisSettings = Omit<AnalysisOptions, 'onRuleError'>;

/** One analysed version of a record, with its line index: what every answer is computed from. */
export interface AnalysedRecord {
  readonly analysis: RecordAnalysis;
  readonly lines: LineIndex;
  /** The document's uri or file name, for log lines about an answer that failed. */
  readonly uri?: string;
}

/** A document's analyzer; its memo state makes the analysis of an edited text incremental. */
export interface DocumentAnalyzer {
  analyze(text: string, settings: AnalysisSettings): RecordAnalysis;
  /** The same analysis in steps (parse, schema, rules), so a caller can stop between them. */
  analyzeInSteps(text: string, settings: AnalysisSettings): Generator<void, RecordAnalysis, void>;
  /** Idle-time preparation for the next edit; true when the last analysis must be done again (see `RecordAnalyzer.prepareForEdits`). */
  prepareForEdits(): boolean;
  /** The same preparation in steps (mostly a few milliseconds each); the server runs them while idle. */
  prepareForEditsInSteps(): Generator<void, boolean, void>;
}

/** The quick fixes of one analysed version (the fix document is built once for all of them). */
export interface RecordFixes {
  /** The fix of one diagnostic; `context` (every diagnostic of the document) lets it step aside for a better one. */
  quickFix(diagnostic: FixableDiagnostic): QuickFix | undefined;
  /** Every fix of diagnostics with this code, as one edit set. */
  fixAllOfCode(code: string): CombinedFix;
  /** Every fix safe to apply unattended (`source.fixAll`, fix on save). */
  fixAllUnattended(): CombinedFix;
}

export interface TrialRecordService {
  readonly log: ServiceLog;
  /** An analyzer for one document, by its language id or file name; keep one per open document. */
  documentAnalyzer(languageIdOrFileName: string): DocumentAnalyzer;
  /** A text analysed once (no memo state kept): the CLI's and the tests' way in. */
  analyze(text: string, languageIdOrFileName: string, settings: AnalysisSettings): AnalysedRecord;
  complete(record: AnalysedRecord, offset: number): CompletionResult;
  hover(record: AnalysedRecord, offset: number): HoverResult | undefined;
  fixes(record: AnalysedRecord): RecordFixes;
  symbols(record: AnalysedRecord): RecordSymbol[];
  foldingRanges(record: AnalysedRecord): FoldingLines[];
  /** NCT IDs, PubMed IDs, DOIs and safe URLs, each with where it leads. */
  documentLinks(record: AnalysedRecord): RecordLink[];
  /** Where the arm or intervention named at `offset` is defined. */
  definitions(record: AnalysedRecord, offset: number): OffsetRange[] | undefined;
  /** Every place naming the arm or intervention named at `offset`. */
  references(record: AnalysedRecord, offset: number, includeDeclaration: boolean): OffsetRange[] | undefined;
  prepareRename(record: AnalysedRecord, offset: number): { range: OffsetRange; placeholder: string } | undefined;
  rename(record: AnalysedRecord, offset: number, newName: string): RenameResult | undefined;
  /**
   * Format Document (no range) or Format Selection (YAML: the modules the range touches). No edits when
   * the record is formatted already, or does not parse, or is too large to read.
   */
  format(record: AnalysedRecord, options: FormatOptions, range?: OffsetRange): TextEdit[];
  /** The edits that put modules and fields in registry (API) order, keeping data and comments; or why there are none. */
  sortIntoRegistryOrder(record: AnalysedRecord): SortResult;
  /** The preview's HTML fragment, one section per step (so a cancelled preview stops). */
  renderSteps(record: AnalysedRecord): Generator<void, string, void>;
  renderHtml(record: AnalysedRecord): string;
  /** ClinicalTrials.gov API study JSON, or why there is nothing to export. */
  exportStudy(record: AnalysedRecord): StudyJson;
  /** A registry page's text as one record (the first study of a search response). Throws `ImportRefusal`. */
  importPage(text: string, options?: ImportOptions): StudyImport;
  /** A page as one record per study it holds. Throws `ImportRefusal`. */
  importStudies(text: string, options?: ImportOptions): StudyImport[];
  /** The text of a new record: every field the registry requires of this study type, empty, in API order. */
  recordSkeleton(studyType: SkeletonStudyType, format: SkeletonFormat): string;
}

export function createTrialRecordService(options: TrialRecordServiceOptions = {}): TrialRecordService {
  const log = options.log ?? consoleLog;
  const schema = recordSchema();
  const withLog = (settings: AnalysisSettings): AnalysisOptions => ({
    ...settings,
    onRuleError: (ruleId, error) => log.error(`Rule ${ruleId} failed`, error),
  });
  const documentAnalyzer = (languageIdOrFileName: string): DocumentAnalyzer => {
    const analyzer = new RecordAnalyzer(formatFor(languageIdOrFileName));
    return {
      analyze: (text, settings) => analyzer.analyze(text, withLog(settings)),
      analyzeInSteps: (text, settings) => analyzer.analyzeInSteps(text, withLog(settings)),
      prepareForEdits: () => analyzer.prepareForEdits(),
      prepareForEditsInSteps: () => analyzer.prepareForEditsInSteps(),
    };
  };
  const textOf = ({ analysis }: AnalysedRecord) => analysis.text;
  const parsedOf = ({ analysis }: AnalysedRecord) => analysis.parsed;
  const recordText = (record: AnalysedRecord) => ({ text: textOf(record), parsed: parsedOf(record), uri: record.uri ?? 'the document' });
  const request = (record: AnalysedRecord, offset: number): LanguageRequest => ({
    log,
    uri: record.uri ?? 'the document',
    position: record.lines.positionAt(offset),
  });
  const renderInput = ({ analysis, lines }: AnalysedRecord) => ({
    parsed: analysis.parsed,
    diagnostics: analysis.diagnostics,
    lines,
    schema,
  });

  return {
    log,
    documentAnalyzer,
    analyze(text, languageIdOrFileName, settings) {
      return {
        analysis: documentAnalyzer(languageIdOrFileName).analyze(text, settings),
        lines: new LineIndex(text),
        uri: languageIdOrFileName,
      };
    },
    complete: (record, offset) => complete(textOf(record), parsedOf(record), offset, schema, request(record, offset)),
    hover: (record, offset) =>
      hover(textOf(record), parsedOf(record), offset, schema, record.analysis.diagnostics, request(record, offset)),
    fixes(record) {
      const document = new FixDocument(textOf(record), parsedOf(record), schema);
      const all = record.analysis.diagnostics;
      const reporting = { log, uri: record.uri };
      return {
        quickFix: (diagnostic) => quickFixFor(document, diagnostic, all, reporting),
        fixAllOfCode: (code) =>
          combineFixes(
            document,
            all.filter((other) => other.code === code && other.fix),
            undefined,
            all,
            reporting,
          ),
        fixAllUnattended: () => combineFixes(document, all, (fix) => fix.unattended, all, reporting),
      };
    },
    symbols: (record) => documentSymbols(textOf(record), parsedOf(record)),
    foldingRanges: (record) => foldingRanges(textOf(record), parsedOf(record), record.lines),
    documentLinks: (record) => documentLinks(textOf(record), parsedOf(record)),
    definitions: (record, offset) =>
      occurrenceRangesAt(textOf(record), parsedOf(record), offset, (occurrence: Occurrence) => occurrence.isDefinition),
    references: (record, offset, includeDeclaration) =>
      occurrenceRangesAt(
        textOf(record),
        parsedOf(record),
        offset,
        (occurrence: Occurrence) => includeDeclaration || !occurrence.isDefinition,
      ),
    prepareRename: (record, offset) => prepareRenameAt(textOf(record), parsedOf(record), offset),
    rename: (record, offset, newName) => renameAt(textOf(record), parsedOf(record), offset, newName),
    format: (record, formatOptions, range) => formatRecord(recordText(record), formatOptions, log, range),
    sortIntoRegistryOrder: (record) => sortRecord(recordText(record), log),
    renderSteps: (record) => renderRecordSteps(renderInput(record)),
    renderHtml: (record) => renderRecordHtml(renderInput(record)),
    exportStudy: (record) => studyJsonOf(parsedOf(record)),
    importPage: (text, importOptions) => importPage(text, importOptions),
    importStudies: (text, importOptions) => importStudies(text, importOptions),
    recordSkeleton: (studyType, format) => recordSkeleton(studyType, format),
  };
}
