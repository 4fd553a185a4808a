import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { CONNECTION_STRATEGY, connectionLog, startTrialRecordServer } from '../../server/src/lsp/trialRecordServer';
import { createTrialRecordService, type TrialRecordService } from '../../server/src/trialRecordService';

/** A minimal LSP client for tests: sends requests, collects published diagnostics. */
export class TestLspClient {
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: Array<() => void> = [];
  private versionCounter = new Map<string, number>();
  /** What the client answers for `workspace/configuration` (the `trialRecord` section). */
  configuration: unknown = {};
  /** A folder's own settings (multi-root): asked with the document's uri as scope; undefined falls back to `configuration`. */
  configurationFor: (scopeUri: string | undefined) => unknown = () => undefined;
  /** The scopes the server asked settings for, in order. */
  readonly configurationScopes: Array<string | undefined> = [];
  /** `window/showMessage` notifications, in order. */
  readonly shownMessages: Array<{ type: number; message: string }> = [];
  /** `window/logMessage` notifications (the server's output channel), in order. */
  readonly loggedMessages: Array<{ type: number; message: string }> = [];

  constructor(
    readonly connection: MessageConnection,
    private readonly onDispose: () => void = () => undefined,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string }> }) =>
      params.items.map((item) => {
        this.configurationScopes.push(item.scopeUri);
        return this.configurationFor(item.scopeUri) ?? this.configuration;
      }),
    );
    const show = (params: { type: number; message: string }): void => {
      this.shownMessages.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    };
    connection.onNotification('window/showMessage', show);
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.loggedMessages.push(params);
    });
    // A message with actions (`showWarningMessage` in the server) is a request; no action is chosen.
    connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      show(params);
      return null;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  }

  /**
   * `processId` is null for the in-process server: given one, the server polls it every few
   * seconds to exit with its client, and that timer would keep the test process alive.
   */
  async initialize(processId: number | null = null): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'trial-record-yaml'): Promise<void> {
    this.versionCounter.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (full sync), or a range when given. */
  async change(
    uri: string,
    change: { text: string; range?: { start: { line: number; character: number }; end: { line: number; character: number } } },
  ): Promise<number> {
    const version = (this.versionCounter.get(uri) ?? 1) + 1;
    this.versionCounter.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first published diagnostics for `uri` at `version` or later that satisfy `accept`. */
  async diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true, version?: number): Promise<Diagnostic[]> {
    for (;;) {
      const list = this.published.get(uri) ?? [];
      const match = [...list]
        .reverse()
        .find((params) => (version === undefined || (params.version ?? 0) >= version) && accept(params.diagnostics));
      if (match) return match.diagnostics;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Resolves with the first shown message that satisfies `accept`. */
  async shownMessage(accept: (message: string) => boolean): Promise<string> {
    for (;;) {
      const found = this.shownMessages.find((shown) => accept(shown.message));
      if (found) return found.message;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.onDispose();
    }
  }
}

/**
 * The real server, in this process, over in-memory streams. `serviceFor` may change the language service
 * the server answers from (a test makes one of its answers fail); it gets the service logging to the connection.
 */
export function startInMemoryServer(serviceFor: (service: TrialRecordService) => TrialRecordService = (service) => service): TestLspClient {
  const clientToServer = new PassThrough();
  const serverToClient = new PassThrough();
  const serverConnection = createConnection(
    new StreamMessageReader(clientToServer),
    new StreamMessageWriter(serverToClient),
    CONNECTION_STRATEGY,
  );
  startTrialRecordServer(serverConnection, serviceFor(createTrialRecordService({ log: connectionLog(serverConnection) })));
  const clientConnection = createMessageConnection(new StreamMessageReader(serverToClient), new StreamMessageWriter(clientToServer));
  return new TestLspClient(clientConnection, () => serverConnection.dispose());
}

/** The bundled server as a child process over stdio: `node dist/server.js --stdio`. */
export function startStdioServer(serverPath: string): { client: TestLspClient; process: ChildProcess } {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return { client: new TestLspClient(connection, () => child.kill()), process: child };
}

/** Splits `text` at a `|` cursor marker. */
export function cursor(textWithMarker: string): { text: string; line: number; character: number } {
  const offset = textWithMarker.indexOf('|');
  const text = textWithMarker.slice(0, offset) + textWithMarker.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, line: before.length - 1, character: before[before.length - 1].length };
}

/** A published diagnostic's message, which this server always sends as plain text (LSP 3.18 also allows markup). */
export function plainMessage(diagnostic: Diagnostic): string {
  assert.ok(typeof diagnostic.message === 'string', `expected a plain-text message, got ${JSON.stringify(diagnostic.message)}`);
  return diagnostic.message;
}
