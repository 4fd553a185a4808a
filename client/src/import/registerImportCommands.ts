// Registers the import commands; the only thing extension.ts calls from this folder.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_FROM_CLINICAL_TRIALS_GOV_COMMAND, importFromClinicalTrialsGov } from './importFromClinicalTrialsGov';
import type { ImportDependencies } from './importOutcome';
import { IMPORT_REGISTRY_PAGE_COMMAND, importRegistryPage } from './importRegistryPage';
import { ImportReportView } from './importReportView';
import { importPageThroughServer } from './importService';

/** `currentClient` is asked on each import: the client object changes when the server is restarted. */
export function registerImportCommands(context: vscode.ExtensionContext, currentClient: () => LanguageClient | undefined): void {
  const report = new ImportReportView();
  const deps: ImportDependencies = { importPage: importPageThroughServer(currentClient), report };
  context.subscriptions.push(
    report,
    vscode.commands.registerCommand(IMPORT_REGISTRY_PAGE_COMMAND, (arg?: unknown) => importRegistryPage(deps, arg)),
    vscode.commands.registerCommand(IMPORT_FROM_CLINICAL_TRIALS_GOV_COMMAND, (arg?: unknown) => importFromClinicalTrialsGov(deps, arg)),
  );
}
