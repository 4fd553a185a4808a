// Custom LSP requests between the extension (client/src) and the language server (server/src).
// The one place both sides import their names and shapes from; plain data only.
import { RequestType, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-protocol';

// ── Import Registry Page (client/src/import gathers the text; server/src/import parses it) ──

export interface ImportPageParams {
  /** The page text (or HTML, JSON, XML) exactly as the user gave it. */
  readonly text: string;
  /** Where it came from, for the record's header comment: a file name, "clipboard", "selection"… */
  readonly sourceName?: string;
}

export interface ImportPageResult {
  /** Detected format id, e.g. `medpath`, `ignite`, `ctgov-json`, `generic`. */
  readonly format: string;
  /** The format as a person reads it, e.g. "MedPath study page". */
  readonly formatLabel: string;
  /** The emitted `*.trial.yaml` text (header comment, record, kept lines as comments). */
  readonly yaml: string;
  /** NCT ID or other registry ID when the page gives one: names the new file. */
  readonly studyId?: string;
  /** Number of record fields filled from the page. */
  readonly filledFields: number;
  /** Fields filled per record module, in record order: `{ identificationModule: 4, statusModule: 5 }`. */
  readonly filledByModule: Readonly<Record<string, number>>;
  /** Number of input lines kept verbatim as comments because no field took them. */
  readonly keptLines: number;
  /** Kept lines per reason (`placeholder`, `cut-off`, `conflict`, `unknown-label` …; see the server's `KeptReason`). */
  readonly keptByReason: Readonly<Record<string, number>>;
  /** A readable report (Markdown): what went where, what was kept, warnings. */
  readonly report: string;
}

export const ImportPageRequest = new RequestType<ImportPageParams, ImportPageResult, void>('trialRecord/importPage');

// ── Preview and export (client/src/preview; server/src/render) ──

export interface RenderPreviewParams {
  readonly uri: string;
}

export interface RenderPreviewResult {
  /** The document version the HTML shows. */
  readonly version: number;
  /** The HTML fragment of the record page (escaped, inert), with `data-` source-range attributes. */
  readonly html: string;
  /** Set when the current text does not parse: the HTML is then the last good render and this says why. */
  readonly staleReason?: string;
}

export const RenderPreviewRequest = new RequestType<RenderPreviewParams, RenderPreviewResult | null, void>('trialRecord/renderPreview');

export interface ExportStudyParams {
  readonly uri: string;
}

export interface ExportStudyResult {
  /** ClinicalTrials.gov API v2 study JSON, `{"protocolSection": …}`, pretty-printed. */
  readonly json: string;
  /** Errors that make the export questionable (schema errors in the record), for a warning. */
  readonly errorCount: number;
}

export const ExportStudyRequest = new RequestType<ExportStudyParams, ExportStudyResult | null, void>('trialRecord/exportStudy');

// ── Sort Record into Registry Order (server/src/lsp/features/formatting.ts; the client applies the edit) ──

export interface SortRecordParams {
  /** The open record to sort. */
  readonly uri: string;
}

export interface SortRecordResult {
  /**
   * Puts the record's modules and fields in registry (API) order, comments moving with their keys; for
   * the document version it was computed on. Absent when the record is in that order already.
   */
  readonly edit?: WorkspaceEdit;
}

/** Answers null when the document is not open; a record that does not parse is refused with an error saying why. */
export const SortRecordRequest = new RequestType<SortRecordParams, SortRecordResult | null, void>('trialRecord/sortRecord');

// ── New Record (client/src/newRecord asks; server/src/lsp/features/recordSkeleton.ts answers) ──

/** The study types a new record can start as (`designModule.studyType`). */
export type NewRecordStudyType = 'INTERVENTIONAL' | 'OBSERVATIONAL' | 'EXPANDED_ACCESS';

export interface RecordSkeletonParams {
  readonly studyType: NewRecordStudyType;
  /** Default `yaml`. */
  readonly format?: 'yaml' | 'json';
}

export interface RecordSkeletonResult {
  /** The new record's text: every field the registry requires of the study type, empty, in registry order. */
  readonly text: string;
}

/** Refused (InvalidParams) for a study type or format it does not know. */
export const RecordSkeletonRequest = new RequestType<RecordSkeletonParams, RecordSkeletonResult, void>('trialRecord/recordSkeleton');

// ── Check All Records in Workspace (client/src/checkWorkspace asks; server/src/lsp/features/checkTexts.ts answers) ──

/** Records that are not open in an editor, sent by the client (the server never reads files itself). */
export interface CheckTextsParams {
  readonly records: ReadonlyArray<{ readonly uri: string; readonly languageId: string; readonly text: string }>;
}

export interface CheckTextsResult {
  /** Each record's diagnostics as an open document would show them (at most `trialRecord.diagnostics.maxProblems`). */
  readonly records: ReadonlyArray<{ readonly uri: string; readonly diagnostics: Diagnostic[] }>;
}

/** Checks record texts with the settings of their folders; stops with RequestCancelled when the client cancels. */
export const CheckTextsRequest = new RequestType<CheckTextsParams, CheckTextsResult, void>('trialRecord/checkTexts');
