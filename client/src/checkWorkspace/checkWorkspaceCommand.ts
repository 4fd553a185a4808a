// "Trial Record: Check All Records in Workspace": the Problems panel for every record in the workspace, not only
// the open ones. The client reads the files (the server never reads files itself) and the server checks them;
// a record opened in an editor is then the server's own to report, live, so it leaves this collection.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckTextsRequest, type CheckTextsParams } from '@trial-record/shared/protocol';
import { recordLanguageOfPath } from '../recordLanguages';

export const CHECK_WORKSPACE_COMMAND = 'trialRecord.checkWorkspace';
const RECORD_FILES = '**/*.trial.{yaml,yml,json}';
const SKIPPED_FOLDERS = '**/{node_modules,.git}/**';
/** Records per request: big enough to be quick, small enough that progress and cancellation stay responsive. */
const BATCH = 25;

export function registerCheckWorkspace(client: () => LanguageClient | undefined): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('trial-record-workspace');
  const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());

  const command = vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, async (): Promise<number> => {
    const languageClient = client();
    if (!languageClient?.isRunning()) {
      void vscode.window.showErrorMessage('The Trial Record language server is not running; restart it and try again.');
      return 0;
    }
    const files = (await vscode.workspace.findFiles(RECORD_FILES, SKIPPED_FOLDERS)).filter((uri) => !isOpen(uri));
    collection.clear();
    let checked = 0;
    let problems = 0;
    const unreadable: string[] = [];
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Checking trial records', cancellable: true },
      async (progress, token) => {
        for (let start = 0; start < files.length && !token.isCancellationRequested; start += BATCH) {
          const records: Array<CheckTextsParams['records'][number]> = [];
          for (const uri of files.slice(start, start + BATCH)) {
            try {
              records.push({
                uri: uri.toString(),
                languageId: recordLanguageOfPath(uri.path),
                text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
              });
            } catch (error) {
              unreadable.push(`${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          const result = await languageClient.sendRequest(CheckTextsRequest, { records }, token);
          for (const record of result.records) {
            const uri = vscode.Uri.parse(record.uri);
            if (isOpen(uri)) continue; // opened meanwhile: the server reports it live
            const diagnostics = await languageClient.protocol2CodeConverter.asDiagnostics(record.diagnostics);
            collection.set(uri, diagnostics);
            problems += diagnostics.length;
          }
          checked += records.length;
          progress.report({ message: `${checked} of ${files.length}`, increment: (100 * records.length) / Math.max(files.length, 1) });
        }
      },
    );
    const unreadNote = unreadable.length > 0 ? `; ${unreadable.length} could not be read (see Output › Trial Record Studio)` : '';
    for (const line of unreadable) languageClient.outputChannel.appendLine(`Check All Records: ${line}`);
    void vscode.window.showInformationMessage(
      `Checked ${checked} record${checked === 1 ? '' : 's'} that are not open: ${problems} problem${problems === 1 ? '' : 's'}${unreadNote}.`,
    );
    return checked;
  });

  return vscode.Disposable.from(
    collection,
    command,
    // Once a record is open, the server's live diagnostics replace the workspace check's.
    vscode.workspace.onDidOpenTextDocument((document) => collection.delete(document.uri)),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => collection.delete(uri))),
  );
}
