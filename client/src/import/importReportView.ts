// The import report: the details of every import of the session (what went where, what was kept, the
// server's report), opened as rendered Markdown by the summary notification's "Show Details" button. The text
// lives in a read-only virtual document (`trial-record-import:`), so closing it never asks to save.
import * as vscode from 'vscode';
import { failureDetails, pageDetails, type FailedPage, type ImportedPage } from './importSummary';

export const IMPORT_REPORT_SCHEME = 'trial-record-import';
/** The report's address (made when needed: nothing of `vscode` runs while the bundle loads). */
export function importReportUri(): vscode.Uri {
  return vscode.Uri.from({ scheme: IMPORT_REPORT_SCHEME, path: '/Trial Record Import Report.md' });
}

/** The session's import details as one Markdown document, newest run first. */
export class ImportReportView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly runs: string[][] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(IMPORT_REPORT_SCHEME, this);

  /** Starts the entry of one run of a command (a page, a batch, a fetch). */
  begin(title: string): void {
    this.runs.unshift([`# ${title} — ${new Date().toLocaleString()}\n`]);
    this.changed.fire(importReportUri());
  }

  addPage(page: ImportedPage): void {
    this.add(pageDetails(page));
  }

  addFailure(page: FailedPage): void {
    this.add(failureDetails(page));
  }

  provideTextDocumentContent(): string {
    return this.runs.length === 0
      ? '# Trial Record Import Report\n\nNo page was imported in this session yet.\n'
      : this.runs.map((run) => run.join('\n')).join('\n\n---\n\n');
  }

  /** Opens the report rendered (VS Code's Markdown preview), beside the editor. */
  async show(): Promise<void> {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', importReportUri());
  }

  /** Shows `summary` (a warning when `warn`) with a "Show Details" button that opens the report. */
  notify(summary: string, warn = false): void {
    const shown = warn
      ? vscode.window.showWarningMessage(summary, 'Show Details')
      : vscode.window.showInformationMessage(summary, 'Show Details');
    // Not awaited: the command finishes while the notification waits for the user.
    void shown.then(async (choice) => {
      if (choice === 'Show Details') await this.show();
    });
  }

  private add(details: string): void {
    if (this.runs.length === 0) this.runs.unshift([]);
    this.runs[0].push(details);
    this.changed.fire(importReportUri());
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
