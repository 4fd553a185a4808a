import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { TrialRecordExtensionApi } from './extensionApi';
import { registerCheckTaskProvider } from './checkWorkspace/checkTaskProvider';
import { registerCheckWorkspace } from './checkWorkspace/checkWorkspaceCommand';
import { registerImportCommands } from './import/registerImportCommands';
import { registerLanguageStatus } from './languageStatus';
import { registerNewRecordCommands } from './newRecord/newRecord';
import { registerPreview } from './preview/registerPreview';
import { RECORD_LANGUAGE_IDS } from './recordLanguages';
import { SettingsMonitor } from './settingsMonitor';
import { registerSortRecordCommand } from './sortRecordCommand';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<TrialRecordExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Any scheme: the server works on the text it is sent and never reads files itself,
    // so untitled editors and virtual workspaces are served too.
    documentSelector: RECORD_LANGUAGE_IDS.map((language) => ({ language })),
    synchronize: { configurationSection: 'trialRecord' },
    outputChannelName: 'Trial Record Studio',
  };
  client = new LanguageClient('trialRecord', 'Trial Record Studio', serverOptions, clientOptions);
  const settingsMonitor = new SettingsMonitor(client.outputChannel);
  context.subscriptions.push(settingsMonitor);

  context.subscriptions.push(
    vscode.commands.registerCommand('trialRecord.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('trialRecord.showOutput', () => client?.outputChannel.show(true)),
  );
  const languageStatus = registerLanguageStatus(client);
  context.subscriptions.push(
    languageStatus,
    registerCheckWorkspace(() => client),
    registerCheckTaskProvider(context),
    registerSortRecordCommand(() => client),
  );
  const previews = registerPreview(context, client);
  registerImportCommands(context, () => client);
  registerNewRecordCommands(context, () => client);

  await client.start();
  return {
    languageServerPid: () => (client?.isRunning() ? client.serverProcess?.pid : undefined),
    settingsProblems: () => settingsMonitor.problems(),
    shownInPreview: () => previews.shownInPreview(),
    languageStatus: () => languageStatus.shown(),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
