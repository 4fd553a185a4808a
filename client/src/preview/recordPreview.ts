import * as vscode from 'vscode';
import type { RenderPreviewResult } from '@trial-record/shared/protocol';
import { parseFromWebview, type ToWebview } from '@trial-record/shared/previewMessages';
import { safeLinkUrl } from '@trial-record/shared/safeLinks';
import { LatestOnlyRunner } from './latestOnlyRunner';
import { previewShellHtml, previewWebviewOptions } from './previewShell';

export const PREVIEW_VIEW_TYPE = 'trialRecord.preview';

/** How the preview reaches the language server (the language client, or a fake in tests). */
export type RenderPreview = (uri: vscode.Uri) => Promise<RenderPreviewResult | null>;

/** The last render the webview confirmed it shows. */
export interface ShownRender {
  readonly resource: string;
  readonly version: number;
  readonly html: string;
  readonly staleReason?: string;
  /** How many times the webview has loaded its page (1 at first; more after it was hidden or reloaded). */
  readonly pageLoads: number;
}

/**
 * One preview panel: shows one record (the one it follows, or the one it is locked to), re-renders
 * it as it changes, and keeps it in step with its editor (scroll both ways, click to reveal).
 */
export class RecordPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderer: LatestOnlyRunner;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;
  /** Newest result sent to the webview (re-sent when the webview reloads its page). */
  private posted?: ToWebview & { type: 'render' };
  private shown?: ShownRender;
  private pageLoads = 0;
  /** The editor line we scrolled to because the preview was scrolled: its echo is ignored. */
  private editorLineWeSet?: number;
  private disposed = false;
  /** Set while waiting for the server to have the document (see `retryWhenServerHasDocument`). */
  private serverWait?: vscode.Disposable;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resourceUri: vscode.Uri,
    private lockedToResource: boolean,
    extensionUri: vscode.Uri,
    private readonly renderPreview: RenderPreview,
    private readonly log: (message: string) => void,
  ) {
    panel.webview.options = previewWebviewOptions(extensionUri);
    panel.webview.html = previewShellHtml(panel.webview, extensionUri);
    this.renderer = new LatestOnlyRunner(
      () => this.renderOnce(),
      (error) => this.log(`Preview of ${this.resourceUri.toString()} failed: ${String(error)}`),
    );
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message) => this.onMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    );
    this.updateTitle();
    this.refresh();
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.lockedToResource;
  }

  get lastShown(): ShownRender | undefined {
    return this.shown;
  }

  /** Shows another record (a preview that follows the active editor). */
  showResource(uri: vscode.Uri): void {
    if (uri.toString() === this.resourceUri.toString()) return;
    this.resourceUri = uri;
    this.posted = undefined;
    this.updateTitle();
    this.refresh();
  }

  setLocked(locked: boolean): void {
    this.lockedToResource = locked;
    this.updateTitle();
    if (this.posted) this.post({ ...this.posted, locked });
  }

  /** Asks for a new render; bursts coalesce (one request in flight, newest wins). */
  refresh(): void {
    this.renderer.request();
  }

  /** The editor scrolled: follow it. */
  editorScrolledTo(line: number): void {
    if (this.editorLineWeSet !== undefined && line === this.editorLineWeSet) {
      this.editorLineWeSet = undefined;
      return;
    }
    this.editorLineWeSet = undefined;
    this.post({ type: 'scrollToLine', line });
  }

  private async renderOnce(): Promise<void> {
    const uri = this.resourceUri;
    // The server renders the documents the editor has open; make sure this one is (after a reload it may not be).
    await vscode.workspace.openTextDocument(uri);
    const result = await this.renderPreview(uri);
    if (this.disposed || uri.toString() !== this.resourceUri.toString()) return;
    if (!result) {
      // The server has not received the document yet (it is starting, or the document was just opened).
      // It publishes diagnostics once it has: render again then.
      this.retryWhenServerHasDocument(uri);
      if (!this.posted)
        this.post({
          type: 'render',
          resource: uri.toString(),
          locked: this.lockedToResource,
          version: -1,
          html: '',
          notice: 'Waiting for the language server…',
        });
      return;
    }
    if (this.posted && this.posted.resource === uri.toString() && result.version < this.posted.version) return;
    this.post({
      type: 'render',
      resource: uri.toString(),
      locked: this.lockedToResource,
      version: result.version,
      html: result.html,
      staleReason: result.staleReason,
    });
  }

  private retryWhenServerHasDocument(uri: vscode.Uri): void {
    if (this.serverWait) return;
    this.serverWait = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      this.serverWait?.dispose();
      this.serverWait = undefined;
      if (uri.toString() === this.resourceUri.toString()) this.refresh();
    });
  }

  private post(message: ToWebview): void {
    if (this.disposed) return;
    if (message.type === 'render') this.posted = message;
    void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    const message = parseFromWebview(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        // The webview (re)loaded its page: it shows nothing until it gets the newest render again.
        this.pageLoads++;
        this.shown = undefined;
        if (this.posted) this.post(this.posted);
        else this.refresh();
        break;
      case 'rendered':
        if (this.posted && this.posted.version === message.version) {
          const { resource, version, html, staleReason } = this.posted;
          this.shown = { resource, version, html, staleReason, pageLoads: this.pageLoads };
        }
        break;
      case 'revealLine':
        this.revealLine(message.line);
        break;
      case 'revealRange':
        void this.revealRange(new vscode.Range(message.range[0], message.range[1], message.range[2], message.range[3]));
        break;
      case 'openLink':
        void this.openLink(message.href);
        break;
    }
  }

  private editorsOfResource(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === this.resourceUri.toString());
  }

  private revealLine(line: number): void {
    for (const editor of this.editorsOfResource()) {
      const target = Math.min(line, editor.document.lineCount - 1);
      this.editorLineWeSet = target;
      editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  /**
   * Shows the record's editor and focuses it: the visible one if there is one, else a new one in another
   * group than the preview's (the preview stays in view beside its source).
   */
  async showSource(): Promise<vscode.TextEditor> {
    const existing = this.editorsOfResource()[0];
    const column =
      existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const document = await vscode.workspace.openTextDocument(this.resourceUri);
    return vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, preview: false });
  }

  private async revealRange(range: vscode.Range): Promise<void> {
    const editor = await this.showSource();
    const validated = editor.document.validateRange(range);
    editor.selection = new vscode.Selection(validated.start, validated.end);
    editor.revealRange(validated, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async openLink(href: string): Promise<void> {
    const safe = safeLinkUrl(href);
    if (!safe) {
      void vscode.window.showWarningMessage(`The preview only opens http, https and mailto links, not "${href.slice(0, 80)}".`);
      return;
    }
    await vscode.env.openExternal(vscode.Uri.parse(safe, true));
  }

  private updateTitle(): void {
    const name = this.resourceUri.path.split('/').pop() ?? this.resourceUri.toString();
    this.panel.title = this.lockedToResource ? `[Preview] ${name}` : `Preview ${name}`;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.renderer.dispose();
    this.serverWait?.dispose();
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
  }
}
