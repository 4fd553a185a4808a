// The "Trial Record Import" output: the details of every import of the session (what went where, what was
// kept, the server's report), opened by the summary notification's "Show Details" button.
import * as vscode from 'vscode';
import { failureDetails, pageDetails, type FailedPage, type ImportedPage } from './importSummary';

export const IMPORT_OUTPUT_NAME = 'Trial Record Import';

export class ImportReport implements vscode.Disposable {
  private channel: vscode.OutputChannel | undefined;

  private output(): vscode.OutputChannel {
    // Created on first use: no empty channel in the Output list for people who never import.
    this.channel ??= vscode.window.createOutputChannel(IMPORT_OUTPUT_NAME, 'markdown');
    return this.channel;
  }

  /** Starts the entry of one run of a command (a page, a batch, a fetch). */
  begin(title: string): void {
    this.output().appendLine(`# ${title} — ${new Date().toLocaleString()}\n`);
  }

  addPage(page: ImportedPage): void {
    this.output().appendLine(pageDetails(page));
  }

  addFailure(page: FailedPage): void {
    this.output().appendLine(failureDetails(page));
  }

  show(): void {
    this.output().show(true);
  }

  /** Shows `summary` (a warning when `warn`) with a "Show Details" button that opens this output. */
  notify(summary: string, warn = false): void {
    const shown = warn
      ? vscode.window.showWarningMessage(summary, 'Show Details')
      : vscode.window.showInformationMessage(summary, 'Show Details');
    // Not awaited: the command finishes while the notification waits for the user.
    void shown.then((choice) => {
      if (choice === 'Show Details') this.show();
    });
  }

  dispose(): void {
    this.channel?.dispose();
    this.channel = undefined;
  }
}
