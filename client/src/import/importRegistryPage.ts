// "Trial Record: Import Registry Page": gathers the page (quick pick, or the caller's argument), has the
// server import it, and places the record: one page → a new editor; several pages → files in a folder.
import * as vscode from 'vscode';
import { importOnePage } from './importOnePage';
import { CANCELLED_OUTCOME, failedOutcome, type ImportDependencies, type ImportOutcome } from './importOutcome';
import { importPageFiles, pickRecordFolder } from './importPageFiles';
import { pickPageSource, type PageSource } from './pageSources';
import { expandPageFiles, fileLabel, readPageFile } from './readPageFile';

export const IMPORT_REGISTRY_PAGE_COMMAND = 'trialRecord.importRegistryPage';

/**
 * The command's optional argument, for tests and other extensions (no dialogs then):
 * `text` (with `sourceName`) or `files` (files, or folders standing for the page files in them);
 * `targetFolder` writes the record file(s) there instead of opening an editor or asking for a folder.
 */
export interface ImportRegistryPageArgs {
  readonly text?: string;
  readonly sourceName?: string;
  readonly files?: readonly vscode.Uri[];
  readonly targetFolder?: vscode.Uri;
}

/** The argument as given: a full `ImportRegistryPageArgs`, or a bare file URI (e.g. from a menu), else nothing. */
function readArgs(arg: unknown): ImportRegistryPageArgs | undefined {
  if (arg instanceof vscode.Uri) return { files: [arg] };
  if (typeof arg !== 'object' || arg === null) return undefined;
  const record = arg as Record<string, unknown>;
  const files = Array.isArray(record.files) ? record.files.filter((f): f is vscode.Uri => f instanceof vscode.Uri) : undefined;
  return {
    text: typeof record.text === 'string' ? record.text : undefined,
    sourceName: typeof record.sourceName === 'string' && record.sourceName.trim() !== '' ? record.sourceName : undefined,
    files,
    targetFolder: record.targetFolder instanceof vscode.Uri ? record.targetFolder : undefined,
  };
}

function sourceFromArgs(args: ImportRegistryPageArgs): PageSource | undefined {
  if (args.text !== undefined) return { kind: 'text', text: args.text, sourceName: args.sourceName ?? 'text' };
  if (args.files && args.files.length > 0) return { kind: 'files', uris: args.files };
  return undefined;
}

export async function importRegistryPage(deps: ImportDependencies, arg?: unknown): Promise<ImportOutcome> {
  const args = readArgs(arg);
  const source = args ? sourceFromArgs(args) : await pickPageSource();
  if (!source) {
    if (args) void vscode.window.showErrorMessage('Import Registry Page was given neither text nor files.');
    return CANCELLED_OUTCOME;
  }
  const targetFolder = args?.targetFolder;

  if (source.kind === 'text') {
    if (source.text.trim() === '') {
      const message = `${source.sourceName} holds no text to import.`;
      void vscode.window.showInformationMessage(message);
      return failedOutcome(source.sourceName, message);
    }
    return importOnePage(deps, source.text, source.sourceName, targetFolder);
  }

  const files = await expandPageFiles(source.uris);
  if (files.length === 0) {
    const message = 'No page files (.txt, .html, .htm, .json, .xml) in what was picked.';
    void vscode.window.showInformationMessage(message);
    return failedOutcome(source.uris.map(fileLabel).join(', '), message);
  }
  if (files.length === 1 && !targetFolder) {
    const file = files[0];
    const reading = await readPageFile(file);
    if ('problem' in reading) {
      void vscode.window.showErrorMessage(reading.problem);
      return failedOutcome(fileLabel(file), reading.problem);
    }
    return importOnePage(deps, reading.text, fileLabel(file), undefined);
  }
  const folder = targetFolder ?? (await pickRecordFolder());
  if (!folder) return CANCELLED_OUTCOME;
  return importPageFiles(deps, files, folder);
}
