import * as vscode from 'vscode';
import { isRecordLanguage } from '../recordLanguages';
import { isPreviewState } from '@trial-record/shared/previewMessages';
import { previewWebviewOptions } from './previewShell';
import { PREVIEW_VIEW_TYPE, RecordPreview, type RenderPreview, type ShownRender } from './recordPreview';

/** Command ids, as contributed in package.json. */
export const PREVIEW_COMMANDS = {
  show: 'trialRecord.showPreview',
  showToSide: 'trialRecord.showPreviewToSide',
  toggleLock: 'trialRecord.togglePreviewLock',
  /** In the preview's title bar: reveal the previewed record's editor. */
  showSource: 'trialRecord.preview.showSource',
  /** In the preview's title bar: render the previewed records again. */
  refresh: 'trialRecord.preview.refresh',
  /** Not contributed: for the in-editor tests, the last render the active preview's webview confirmed. */
} as const;

/**
 * The record previews: opens them, keeps the one that is not locked following the active record
 * editor, forwards edits and editor scrolling, and restores previews after a window reload.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<RecordPreview>();
  private activePreview?: RecordPreview;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly renderPreview: RenderPreview,
    private readonly log: (message: string) => void,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) => {
          this.restore(panel, state);
          return Promise.resolve();
        },
      }),
      vscode.commands.registerCommand(PREVIEW_COMMANDS.show, (uri?: vscode.Uri) => this.open(uri, false)),
      vscode.commands.registerCommand(PREVIEW_COMMANDS.showToSide, (uri?: vscode.Uri) => this.open(uri, true)),
      vscode.commands.registerCommand(PREVIEW_COMMANDS.toggleLock, () => this.toggleLock()),
      vscode.commands.registerCommand(PREVIEW_COMMANDS.showSource, () => this.showSource()),
      vscode.commands.registerCommand(PREVIEW_COMMANDS.refresh, () => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        for (const preview of this.previewsOf(event.document.uri)) preview.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !isRecordLanguage(editor.document.languageId)) return;
        for (const preview of this.previews) if (!preview.locked) preview.showResource(editor.document.uri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const top = event.visibleRanges[0]?.start.line;
        if (top === undefined) return;
        for (const preview of this.previewsOf(event.textEditor.document.uri)) preview.editorScrolledTo(top);
      }),
    );
  }

  /** "Open Preview" (in this editor group) and "Open Preview to the Side". */
  private open(uri: vscode.Uri | undefined, toSide: boolean): void {
    const resource = uri instanceof vscode.Uri ? uri : this.activeRecordUri();
    if (!resource) {
      void vscode.window.showInformationMessage('Open a trial record (*.trial.yaml, *.trial.yml or *.trial.json) to preview it.');
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    // Like Markdown: one preview follows the editor; reuse it instead of opening another.
    const following =
      [...this.previews].find((preview) => !preview.locked) ??
      [...this.previews].find((preview) => preview.resource.toString() === resource.toString());
    if (following) {
      following.showResource(resource);
      following.panel.reveal(toSide ? following.panel.viewColumn : column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: column, preserveFocus: toSide },
      previewWebviewOptions(this.extensionUri),
    );
    this.track(new RecordPreview(panel, resource, false, this.extensionUri, this.renderPreview, this.log));
  }

  private restore(panel: vscode.WebviewPanel, state: unknown): void {
    if (!isPreviewState(state)) {
      // Nothing to show (a panel saved before its first render): close it rather than show an empty page.
      panel.dispose();
      return;
    }
    this.track(
      new RecordPreview(panel, vscode.Uri.parse(state.resource, true), state.locked, this.extensionUri, this.renderPreview, this.log),
    );
  }

  private toggleLock(): void {
    const preview = this.activePreview ?? [...this.previews][0];
    if (!preview) return;
    preview.setLocked(!preview.locked);
  }

  /** "Show Source": the active preview's record in its editor (undefined when no preview is open). */
  private async showSource(): Promise<vscode.TextEditor | undefined> {
    const preview = this.activePreview ?? [...this.previews][0];
    return preview?.showSource();
  }

  /** "Refresh": every open preview renders its record again (as Markdown's preview refresh does). */
  private refresh(): void {
    for (const preview of this.previews) preview.refresh();
  }

  private track(preview: RecordPreview): void {
    this.previews.add(preview);
    this.activePreview = preview;
    const viewState = preview.panel.onDidChangeViewState((event) => {
      if (event.webviewPanel.active) this.activePreview = preview;
    });
    preview.onDidDispose(() => {
      viewState.dispose();
      this.previews.delete(preview);
      if (this.activePreview === preview) this.activePreview = undefined;
    });
  }

  private previewsOf(uri: vscode.Uri): RecordPreview[] {
    return [...this.previews].filter((preview) => preview.resource.toString() === uri.toString());
  }

  private activeRecordUri(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && isRecordLanguage(editor.document.languageId)) return editor.document.uri;
    return this.activePreview?.resource;
  }

  /** What the active (or last opened) preview's page last confirmed it shows. */
  shownInPreview(): ShownRender | undefined {
    return (this.activePreview ?? [...this.previews].pop())?.lastShown;
  }

  dispose(): void {
    for (const preview of [...this.previews]) preview.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
