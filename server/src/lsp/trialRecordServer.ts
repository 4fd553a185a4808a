import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type ConnectionStrategy,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localToday } from '../service/recordAnalyzer';
import { describeError, type ServiceLog } from '../service/serviceLog';
import { createTrialRecordService, type AnalysisSettings, type TrialRecordService } from '../trialRecordService';
import { codeActions } from './features/codeActions';
import { completionAndHover } from './features/completionAndHover';
import { importRequest } from './features/importRequest';
import { navigation } from './features/navigation';
import { preview } from './features/preview';
import { OpenRecord } from './openRecord';
import type { ServerContext, ServerFeature } from './serverFeature';
import { DEFAULT_SETTINGS, readSettings, unknownRuleIds, type ServerSettings } from './settings';
import { DiagnosticsPublisher, shownDiagnostics } from './diagnosticsPublisher';
import { cancelledError, runInSteps } from './requestSteps';
import { ValidationQueue, type ValidationJob } from './validationQueue';

export const SERVER_NAME = 'Trial Record Studio language server';

/**
 * A request cancelled while still waiting in the connection's queue is answered "request cancelled"
 * there and then, without running it (by default it would run with a cancelled token).
 */
export const CONNECTION_STRATEGY: ConnectionStrategy = {
  // The connection fills in the request's id.
  cancelUndispatched: () => ({ jsonrpc: '2.0', id: null, error: cancelledError().toJson() }),
};

/** Everything the server offers besides validation, one feature per file in `features/`. */
const FEATURES: readonly ServerFeature[] = [completionAndHover, preview, importRequest, codeActions, navigation];

/** The server's log: the client's output channel ("Trial Record Studio" in VS Code). */
export function connectionLog(connection: Connection): ServiceLog {
  return {
    error: (message, error) => connection.console.error(error === undefined ? message : `${message}: ${describeError(error)}`),
    warn: (message) => connection.console.warn(message),
  };
}

/**
 * Wires the language service to an LSP connection. The connection's transport is the caller's; so is the
 * service, when given (tests pass one that fails on purpose), else one logging to the connection.
 */
export function startTrialRecordServer(connection: Connection, service: TrialRecordService = createTrialRecordService({ log: connectionLog(connection) })): void {
  const documents = new TextDocuments(TextDocument);
  const records = new Map<string, OpenRecord>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let clientPullsConfiguration = false;

  const analysisSettings = (): AnalysisSettings => ({ today: localToday(), ruleSeverities: settings.rules });

  const recordFor = (document: TextDocument): OpenRecord => {
    let record = records.get(document.uri);
    if (!record) {
      record = new OpenRecord(document.uri, document.languageId, service);
      records.set(document.uri, record);
    }
    return record;
  };

  const publisher = new DiagnosticsPublisher((uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }));
  const startValidation = (uri: string): ValidationJob | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    if (!settings.validation.enabled) {
      publisher.publish(uri, document.version, []);
      return undefined;
    }
    return recordFor(document).analysisJob(document, analysisSettings(), ({ version, analysis, lines }) => {
      publisher.publish(uri, version, shownDiagnostics(analysis.diagnostics, lines, settings.diagnostics.maxProblems));
    });
  };
  const queue = new ValidationQueue(startValidation);

  const revalidateAll = (): void => {
    for (const record of records.values()) record.invalidate();
    for (const document of documents.all()) queue.request(document.uri);
  };

  const context: ServerContext = {
    connection,
    documents,
    service,
    async analysisFor(uri, token) {
      const document = documents.get(uri);
      if (!document) return undefined;
      // An edit meanwhile does not stop it: the client cancels what it no longer needs (VS Code does on
      // edits), and a preview shows the version it was given, which the client orders.
      const current = await runInSteps(recordFor(document).analysisSteps(document, analysisSettings()), token);
      return { ...current, document };
    },
    settings: () => settings,
  };

  connection.onInitialize((params): InitializeResult => {
    clientPullsConfiguration = params.capabilities.workspace?.configuration === true;
    const capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
    return { capabilities, serverInfo: { name: SERVER_NAME } };
  });

  connection.onInitialized(async () => {
    if (clientPullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'trialRecord' });
      await refreshSettings();
    }
  });

  let reportedUnknownRules = '';
  const applySettings = (next: ServerSettings): void => {
    settings = next;
    // Only the server knows the rule ids; the client checks the levels (client/src/ruleSettingsProblems.ts).
    const unknown = unknownRuleIds(settings.rules);
    const report = unknown.join('\n');
    if (report && report !== reportedUnknownRules) void connection.window.showWarningMessage(`trialRecord.rules: ${unknown.join(' ')}`);
    reportedUnknownRules = report;
    revalidateAll();
  };

  const refreshSettings = async (): Promise<void> => {
    try {
      applySettings(readSettings(await connection.workspace.getConfiguration('trialRecord')));
    } catch (error) {
      service.log.warn(`Could not read the trialRecord settings, using the defaults: ${describeError(error)}`);
      applySettings(DEFAULT_SETTINGS);
    }
  };

  connection.onDidChangeConfiguration(async (change) => {
    if (clientPullsConfiguration) return refreshSettings();
    applySettings(readSettings((change.settings as { trialRecord?: unknown } | undefined)?.trialRecord));
  });

  documents.onDidOpen((event) => queue.request(event.document.uri));
  documents.onDidChangeContent((event) => queue.request(event.document.uri));
  documents.onDidClose((event) => {
    queue.cancel(event.document.uri);
    records.delete(event.document.uri);
    publisher.clear(event.document.uri);
  });

  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
