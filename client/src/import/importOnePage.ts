// One page's text → the server's import → a record placed (a new editor, or a file in `targetFolder`) →
// a summary notification with "Show Details". Used for the clipboard, the selection, the active editor,
// a single picked file and a study fetched from ClinicalTrials.gov.
import * as vscode from 'vscode';
import { CANCELLED_OUTCOME, failedOutcome, type ImportDependencies, type ImportOutcome } from './importOutcome';
import { describeImportError } from './importService';
import { pageSummary } from './importSummary';
import { recordBaseName } from './recordFileName';
import { defaultRecordFolder, openRecordEditor, writeRecordFile } from './recordPlacement';

export async function importOnePage(
  deps: ImportDependencies,
  text: string,
  sourceName: string,
  targetFolder: vscode.Uri | undefined,
): Promise<ImportOutcome> {
  const reply = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Importing ${sourceName}…`, cancellable: true },
    async (_progress, token) => {
      try {
        const result = await deps.importPage({ text, sourceName }, token);
        return token.isCancellationRequested ? undefined : { result };
      } catch (error) {
        return token.isCancellationRequested ? undefined : { error: describeImportError(error) };
      }
    },
  );
  if (!reply) return CANCELLED_OUTCOME;
  if ('error' in reply) {
    const message = `Could not import ${sourceName}: ${reply.error}`;
    void vscode.window.showErrorMessage(message);
    return failedOutcome(sourceName, message);
  }

  const result = reply.result;
  const baseName = recordBaseName(result.studyId, sourceName);
  let uri: vscode.Uri;
  let target: string;
  if (targetFolder) {
    let written;
    try {
      written = await writeRecordFile(result.yaml, baseName, targetFolder);
    } catch (error) {
      const message = `Could not write the record of ${sourceName}: ${describeImportError(error)}`;
      void vscode.window.showErrorMessage(message);
      return failedOutcome(sourceName, message);
    }
    if ('skipped' in written) return { records: [], failures: [], cancelled: true };
    uri = written.uri;
    target = uri.fsPath;
  } else {
    const document = await openRecordEditor(result.yaml, baseName, defaultRecordFolder());
    uri = document.uri;
    target = `new editor ${uri.path.split('/').pop() ?? ''}`;
  }

  deps.report.begin(`Import of ${sourceName}`);
  deps.report.addPage({ sourceName, result, target });
  deps.report.notify(pageSummary(result), result.filledFields === 0);
  return {
    records: [
      {
        sourceName,
        uri,
        studyId: result.studyId,
        format: result.format,
        formatLabel: result.formatLabel,
        filledFields: result.filledFields,
        keptLines: result.keptLines,
      },
    ],
    failures: [],
    cancelled: false,
  };
}
