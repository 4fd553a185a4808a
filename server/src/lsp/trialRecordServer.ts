import {
  CompletionItemKind,
  DidChangeConfigurationNotification,
  InsertTextFormat,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Connection,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { complete } from '../service/language/completion';
import { hover } from '../service/language/hover';
import { localToday, type AnalysisOptions } from '../service/recordAnalyzer';
import { recordSchema } from '../service/schema/recordSchema';
import { OpenRecord } from './openRecord';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import { toLspDiagnostic, toLspRange } from './toLsp';
import { ValidationQueue, type ValidationJob } from './validationQueue';

export const SERVER_NAME = 'Trial Record Studio language server';

/** Wires the language service to an LSP connection. The connection's transport is the caller's. */
export function startTrialRecordServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const records = new Map<string, OpenRecord>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let clientPullsConfiguration = false;

  const analysisOptions = (): AnalysisOptions => ({
    today: localToday(),
    ruleSeverities: settings.rules,
    onRuleError: (ruleId, error) => connection.console.error(`Rule ${ruleId} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
  });

  const recordFor = (document: TextDocument): OpenRecord => {
    let record = records.get(document.uri);
    if (!record) {
      record = new OpenRecord(document.uri, document.languageId);
      records.set(document.uri, record);
    }
    return record;
  };

  const startValidation = (uri: string): ValidationJob | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    if (!settings.validation.enabled) {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return undefined;
    }
    return recordFor(document).analysisJob(document, analysisOptions(), ({ version, analysis, lines }) => {
      void connection.sendDiagnostics({
        uri,
        version,
        diagnostics: analysis.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, lines)),
      });
    });
  };
  const queue = new ValidationQueue(startValidation);

  connection.onInitialize((params): InitializeResult => {
    clientPullsConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '-', '"'] },
        hoverProvider: true,
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  connection.onInitialized(async () => {
    if (clientPullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'trialRecord' });
      await refreshSettings();
    }
  });

  const refreshSettings = async (): Promise<void> => {
    try {
      settings = readSettings(await connection.workspace.getConfiguration('trialRecord'));
    } catch {
      settings = DEFAULT_SETTINGS;
    }
    for (const record of records.values()) record.invalidate();
    for (const document of documents.all()) queue.request(document.uri);
  };

  connection.onDidChangeConfiguration(async (change) => {
    if (clientPullsConfiguration) await refreshSettings();
    else {
      settings = readSettings((change.settings as { trialRecord?: unknown } | undefined)?.trialRecord);
      for (const record of records.values()) record.invalidate();
      for (const document of documents.all()) queue.request(document.uri);
    }
  });

  documents.onDidOpen((event) => queue.request(event.document.uri));
  documents.onDidChangeContent((event) => queue.request(event.document.uri));
  documents.onDidClose((event) => {
    queue.cancel(event.document.uri);
    records.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { analysis, lines } = recordFor(document).analysisOf(document, analysisOptions());
    const offset = lines.offsetAt(params.position);
    const result = complete(analysis.text, analysis.parsed, offset, recordSchema());
    const items: CompletionItem[] = result.items.map((item, index) => ({
      label: item.label,
      kind: item.kind === 'value' ? CompletionItemKind.EnumMember : item.kind === 'module' ? CompletionItemKind.Module : CompletionItemKind.Property,
      detail: item.detail,
      documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
      filterText: item.filterText,
      sortText: String(index).padStart(4, '0'),
      insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toLspRange(item.replaceRange, lines), newText: item.insertText },
    }));
    return { isIncomplete: false, items };
  });

  connection.onHover((params): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { analysis, lines } = recordFor(document).analysisOf(document, analysisOptions());
    const result = hover(analysis.text, analysis.parsed, lines.offsetAt(params.position), recordSchema());
    if (!result) return null;
    return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toLspRange(result.range, lines) };
  });

  documents.listen(connection);
  connection.listen();
}
