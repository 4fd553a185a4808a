import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportStudyRequest, RenderPreviewRequest } from '@trial-record/shared/protocol';
import { registerExportStudyCommand } from './exportStudyCommand';
import { PreviewManager } from './previewManager';

/**
 * The preview panel and the export command. Call during activation, before awaiting the language
 * client's start: the panel serializer must be registered synchronously to restore previews after a reload.
 */
/** Registers the preview and export commands; returns the preview manager (the extension API reads what it shows). */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): PreviewManager {
  const manager = new PreviewManager(
    context.extensionUri,
    (uri) => client.sendRequest(RenderPreviewRequest, { uri: client.code2ProtocolConverter.asUri(uri) }),
    (message) => client.outputChannel.appendLine(message),
  );
  context.subscriptions.push(
    manager,
    registerExportStudyCommand((uri) => client.sendRequest(ExportStudyRequest, { uri: client.code2ProtocolConverter.asUri(uri) })),
  );
  return manager;
}
