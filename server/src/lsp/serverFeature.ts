import type { CancellationToken, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TrialRecordService } from '../trialRecordService';
import type { VersionedAnalysis } from './openRecord';
import type { ServerSettings } from './settings';

/** An open document's current version with its analysis. */
export type CurrentRecord = VersionedAnalysis & { readonly document: TextDocument; readonly uri: string };

/** What a feature of the server may use: the connection, the open documents and their analyses. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The language service every answer comes from; its log writes to the client's output channel. */
  readonly service: TrialRecordService;
  /**
   * The analysis of the document's current version (worked out now, in steps, if the validation queue
   * has not yet), or undefined when it is not open. Rejects with RequestCancelled when `token` is
   * cancelled before it is ready.
   */
  analysisFor(uri: string, token: CancellationToken): Promise<CurrentRecord | undefined>;
  /** The `trialRecord.*` settings a document is checked with (its folder's, in a multi-root workspace). */
  settingsFor(uri: string): ServerSettings;
  /** The settings of a document that is not open (its folder's), asked of the client; kept nowhere. */
  settingsOfUnopened(uri: string): Promise<ServerSettings>;
}

/**
 * One capability of the server (completion and hover, code actions, navigation, import, preview…):
 * what it announces in `initialize`, and the handlers it registers. Features are listed in
 * `trialRecordServer.ts`; each lives in its own file under `lsp/features/`.
 */
export interface ServerFeature {
  readonly capabilities?: ServerCapabilities;
  register(context: ServerContext): void;
}
