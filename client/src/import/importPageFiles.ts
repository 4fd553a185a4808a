// Several page files → one record file each in a folder, under a cancellable progress notification.
// A file that cannot be read or imported gets its own message; the others still import.
import * as vscode from 'vscode';
import type { ImportDependencies, ImportFailure, ImportOutcome, ImportedRecord } from './importOutcome';
import { describeImportError } from './importService';
import { batchSummary, type FailedPage, type ImportedPage } from './importSummary';
import { fileLabel, readPageFile } from './readPageFile';
import { recordBaseName } from './recordFileName';
import { writeRecordFile } from './recordPlacement';

/** Asks for the folder the records are written to, starting at the workspace folder. */
export async function pickRecordFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Folder for the Imported Records',
    openLabel: 'Write Records Here',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0];
}

export async function importPageFiles(deps: ImportDependencies, files: readonly vscode.Uri[], folder: vscode.Uri): Promise<ImportOutcome> {
  const records: ImportedRecord[] = [];
  const imported: ImportedPage[] = [];
  const failures: ImportFailure[] = [];
  let skipped = 0;
  let notReached = 0;
  const folderName = folder.path.split('/').pop() || folder.toString();

  const fail = (failure: FailedPage): void => {
    failures.push(failure);
    deps.report.addFailure(failure);
    void vscode.window.showWarningMessage(failure.message);
  };

  deps.report.begin(`Import of ${files.length} pages into ${folder.fsPath}`);
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Importing registry pages', cancellable: true },
    async (progress, token) => {
      for (const [index, file] of files.entries()) {
        if (token.isCancellationRequested) {
          notReached = files.length - index;
          return;
        }
        const sourceName = fileLabel(file);
        progress.report({ message: `${index + 1} of ${files.length}: ${sourceName}`, increment: index === 0 ? 0 : 100 / files.length });

        const reading = await readPageFile(file);
        if ('problem' in reading) {
          fail({ sourceName, message: reading.problem });
          continue;
        }
        let result;
        try {
          result = await deps.importPage({ text: reading.text, sourceName }, token);
        } catch (error) {
          if (token.isCancellationRequested) {
            notReached = files.length - index;
            return;
          }
          fail({ sourceName, message: `${sourceName} could not be imported: ${describeImportError(error)}` });
          continue;
        }
        let written;
        try {
          written = await writeRecordFile(result.yaml, recordBaseName(result.studyId, sourceName), folder);
        } catch (error) {
          fail({ sourceName, message: `The record of ${sourceName} could not be written: ${describeImportError(error)}` });
          continue;
        }
        if ('skipped' in written) {
          skipped++;
          continue;
        }
        const page: ImportedPage = { sourceName, result, target: written.uri.fsPath };
        imported.push(page);
        deps.report.addPage(page);
        records.push({
          sourceName,
          uri: written.uri,
          studyId: result.studyId,
          format: result.format,
          formatLabel: result.formatLabel,
          filledFields: result.filledFields,
          keptLines: result.keptLines,
        });
      }
    },
  );

  deps.report.notify(batchSummary({ imported, failed: failures, skipped, notReached, folderName }), imported.length === 0);
  return { records, failures, cancelled: notReached > 0 };
}
