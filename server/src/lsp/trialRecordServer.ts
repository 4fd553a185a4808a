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
import { checkTexts } from './features/checkTexts';
import { codeActions } from './features/codeActions';
import { completionAndHover } from './features/completionAndHover';
import { documentLinks } from './features/documentLinks';
import { importRequest } from './features/importRequest';
import { formatting } from './features/formatting';
import { navigation } from './features/navigation';
import { preview } from './features/preview';
import { recordSkeletonRequest } from './features/recordSkeleton';
import { OpenRecord } from './openRecord';
import type { ServerContext, ServerFeature } from './serverFeature';
import { DocumentSettings } from './documentSettings';
import { DiagnosticsPublisher, shownDiagnostics } from './diagnosticsPublisher';
import { cancelledError, runInSteps } from './requestSteps';
import { ValidationQueue, type IncomingMessageState, type ValidationJob } from './validationQueue';
import { warmUp } from './warmUp';

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
const FEATURES: readonly ServerFeature[] = [
  completionAndHover,
  preview,
  importRequest,
  codeActions,
  navigation,
  documentLinks,
  formatting,
  recordSkeletonRequest,
  checkTexts,
];

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
export function startTrialRecordServer(
  connection: Connection,
  service: TrialRecordService = createTrialRecordService({ log: connectionLog(connection) }),
  incoming?: IncomingMessageState,
): void {
  const documents = new TextDocuments(TextDocument);
  const records = new Map<string, OpenRecord>();
  let clientPullsConfiguration = false;
  const settings = new DocumentSettings({
    fetch: (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: 'trialRecord' }),
    warnUser: (message) => void connection.window.showWarningMessage(message),
    log: service.log,
  });

  const analysisSettings = (uri: string): AnalysisSettings => {
    const { rules, review } = settings.for(uri);
    return { today: localToday(), ruleSeverities: rules, reviewStage: review.stage };
  };

  const recordFor = (document: TextDocument): OpenRecord => {
    let record = records.get(document.uri);
    if (!record) {
      record = new OpenRecord(document.uri, document.languageId, service);
      records.set(document.uri, record);
    }
    return record;
  };

  /** Documents just opened whose own settings have not arrived yet. */
  const awaitingSettings = new Set<string>();
  const publisher = new DiagnosticsPublisher((uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }));
  const startValidation = (uri: string): ValidationJob | undefined => {
    const document = documents.get(uri);
    // Opened and waiting for its folder's settings: checked as soon as they arrive.
    if (!document || awaitingSettings.has(uri)) return undefined;
    const { validation, diagnostics } = settings.for(uri);
    if (!validation.enabled) {
      publisher.publish(uri, document.version, []);
      return undefined;
    }
    return recordFor(document).analysisJob(
      document,
      analysisSettings(uri),
      ({ version, analysis, lines }) =>
        publisher.publish(uri, version, shownDiagnostics(analysis.diagnostics, lines, diagnostics.maxProblems)),
      () => queue.request(uri),
    );
  };
  const queue = new ValidationQueue(startValidation, incoming);

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
      const current = await runInSteps(recordFor(document).analysisSteps(document, analysisSettings(uri)), token);
      return { ...current, document, uri };
    },
    settingsFor: (uri) => settings.for(uri),
    settingsOfUnopened: async (uri) => (clientPullsConfiguration ? settings.read(uri) : settings.for(uri)),
  };

  connection.onInitialize((params): InitializeResult => {
    clientPullsConfiguration = params.capabilities.workspace?.configuration === true;
    const capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
    // After the reply, while the client gets ready: the first record opened then finds everything compiled.
    warmUp(service, service.log, () => documents.all().length > 0 || queue.size > 0);
    return { capabilities, serverInfo: { name: SERVER_NAME } };
  });

  connection.onInitialized(async () => {
    if (clientPullsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'trialRecord' });
      await settings.load();
    }
  });

  /** A document is first checked with its own settings (its folder's): one round trip, no flash of findings turned off. */
  const loadSettingsAndCheck = async (uri: string): Promise<void> => {
    if (clientPullsConfiguration) {
      awaitingSettings.add(uri);
      await settings.load(uri);
      awaitingSettings.delete(uri);
    }
    if (!documents.get(uri)) return; // closed meanwhile
    records.get(uri)?.invalidate();
    queue.request(uri);
  };

  connection.onDidChangeConfiguration(async (change) => {
    if (clientPullsConfiguration) {
      await settings.load();
      await Promise.all(documents.all().map((document) => loadSettingsAndCheck(document.uri)));
      return;
    }
    settings.usePushed((change.settings as { trialRecord?: unknown } | undefined)?.trialRecord);
    revalidateAll();
  });

  documents.onDidOpen((event) => void loadSettingsAndCheck(event.document.uri));
  documents.onDidChangeContent((event) => queue.request(event.document.uri));
  documents.onDidClose((event) => {
    queue.cancel(event.document.uri);
    records.delete(event.document.uri);
    settings.forget(event.document.uri);
    publisher.clear(event.document.uri);
  });

  for (const feature of FEATURES) feature.register(context);

  documents.listen(connection);
  connection.listen();
}
