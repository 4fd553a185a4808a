// The one way the client asks for an import: the server's `trialRecord/importPage` request.
// The client gathers text and places results; parsing is the server's (and so off the editor's UI thread).
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ImportPageRequest, type ImportPageParams, type ImportPageResult } from '@trial-record/shared/protocol';

export type ImportPage = (params: ImportPageParams, token?: vscode.CancellationToken) => Promise<ImportPageResult>;

/** An `ImportPage` that goes through whichever language client is current (it is replaced on restart). */
export function importPageThroughServer(currentClient: () => LanguageClient | undefined): ImportPage {
  return async (params, token) => {
    const client = currentClient();
    if (!client) throw new Error('The Trial Record language server is not running; run "Trial Record: Restart Language Server".');
    return client.sendRequest(ImportPageRequest, params, token);
  };
}

/** A sentence for an error from the request (a `ResponseError`, a dropped connection…). */
export function describeImportError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'the language server gave no reason';
}
