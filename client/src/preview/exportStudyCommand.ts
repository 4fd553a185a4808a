import * as vscode from 'vscode';
import type { ExportStudyResult } from '@trial-record/shared/protocol';
import { isRecordLanguage } from '../recordLanguages';

export const EXPORT_STUDY_COMMAND = 'trialRecord.exportStudyJson';

export type ExportStudy = (uri: vscode.Uri) => Promise<ExportStudyResult | null>;

/**
 * "Trial Record: Export as ClinicalTrials.gov JSON": opens the API JSON in a new editor or saves it, as the
 * user chooses. Called with `(uri, 'editor')` (keybindings, other extensions, tests) it opens the editor without asking.
 */
export function registerExportStudyCommand(exportStudy: ExportStudy): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_STUDY_COMMAND, async (arg?: vscode.Uri, destination?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    const uri = arg instanceof vscode.Uri ? arg : editor && isRecordLanguage(editor.document.languageId) ? editor.document.uri : undefined;
    if (!uri) {
      void vscode.window.showInformationMessage('Open a trial record (*.trial.yaml, *.trial.yml or *.trial.json) to export it.');
      return;
    }
    await vscode.workspace.openTextDocument(uri);
    let result: ExportStudyResult | null;
    try {
      result = await exportStudy(uri);
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not export the record: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!result) {
      void vscode.window.showErrorMessage('Could not export the record: the language server does not have it open.');
      return;
    }
    const open = 'Open in Editor';
    const save = 'Save As…';
    const warning = result.errorCount
      ? `The record has ${result.errorCount} error${result.errorCount === 1 ? '' : 's'}; the registry may reject the exported JSON. `
      : '';
    let choice: string | undefined;
    if (destination === 'editor') {
      choice = open;
      if (warning) void vscode.window.showWarningMessage(warning.trim());
    } else {
      const recordName = uri.path.split('/').pop() ?? 'the record';
      choice = await vscode.window.showInformationMessage(
        `${warning}Export ${recordName} as ClinicalTrials.gov JSON: open it in a new editor, or save it as a file?`,
        { modal: result.errorCount > 0 },
        open,
        save,
      );
    }
    if (choice === open) {
      const document = await vscode.workspace.openTextDocument({ language: 'json', content: result.json });
      await vscode.window.showTextDocument(document, { preview: false });
      return document.uri;
    } else if (choice === save) {
      const stem =
        uri.path
          .split('/')
          .pop()
          ?.replace(/\.trial\.(ya?ml|json)$/i, '')
          .replace(/\.(ya?ml|json)$/i, '') || 'study';
      const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(uri, '..', `${stem}.json`),
        filters: { 'ClinicalTrials.gov study JSON': ['json'] },
        saveLabel: 'Export',
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.json));
      void vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.`);
      return target;
    }
    return undefined;
  });
}
