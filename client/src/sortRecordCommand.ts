// "Trial Record: Sort Record into Registry Order": modules and fields in ClinicalTrials.gov API order, each key's
// comments moving with it. The server computes the edit (trialRecord/sortRecord); the user sees it as one undoable edit.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SortRecordRequest } from '@trial-record/shared/protocol';
import { isRecordLanguage } from './recordLanguages';

export const SORT_RECORD_COMMAND = 'trialRecord.sortRecord';

/** Registers the command; it answers whether the record changed (for scripting and tests). */
export function registerSortRecordCommand(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(SORT_RECORD_COMMAND, async (arg?: vscode.Uri): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    const document =
      arg instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(arg)
        : editor && isRecordLanguage(editor.document.languageId)
          ? editor.document
          : undefined;
    const languageClient = client();
    if (!document || !isRecordLanguage(document.languageId)) {
      void vscode.window.showInformationMessage('Open a trial record (*.trial.yaml, *.trial.yml or *.trial.json) to sort it.');
      return false;
    }
    if (!languageClient?.isRunning()) {
      void vscode.window.showErrorMessage('The Trial Record language server is not running; restart it and try again.');
      return false;
    }
    let result;
    try {
      result = await languageClient.sendRequest(SortRecordRequest, { uri: document.uri.toString() });
    } catch (error) {
      // The server refuses a record it cannot sort safely and says why (e.g. it does not parse).
      void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
      return false;
    }
    if (!result) {
      void vscode.window.showErrorMessage('Could not sort the record: the language server does not have it open.');
      return false;
    }
    if (!result.edit) {
      void vscode.window.showInformationMessage('The record is already in registry order.');
      return false;
    }
    const applied = await vscode.workspace.applyEdit(await languageClient.protocol2CodeConverter.asWorkspaceEdit(result.edit));
    if (!applied) void vscode.window.showWarningMessage('The record changed while it was being sorted; run the command again.');
    return applied;
  });
}
