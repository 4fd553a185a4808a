// Where an imported record goes: a new editor (one page) or a file in a folder (several pages, or a folder
// the caller names). A file that exists is never replaced without asking.
import * as vscode from 'vscode';
import { recordFileName } from './recordFileName';

const RECORD_LANGUAGE = 'trial-record-yaml';
/** More same-named records than anyone keeps side by side; past it, the user is asked for a name by Save As. */
const MAX_CANDIDATES = 500;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The folder a new record editor is placed in (so Save lands there): the active editor's workspace folder, else the first. */
export function defaultRecordFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri;
}

/**
 * An untitled `untitled:/folder/NCT….trial.yaml` beside no existing file or open editor, so saving writes
 * `NCT….trial.yaml` into the folder. Only for local and remote folders: for a virtual file system, VS Code
 * would map the path onto the local disk.
 */
async function freeUntitledUri(folder: vscode.Uri, baseName: string): Promise<vscode.Uri | undefined> {
  if (folder.scheme !== 'file' && folder.scheme !== 'vscode-remote') return undefined;
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  for (let candidate = 1; candidate <= MAX_CANDIDATES; candidate++) {
    const file = vscode.Uri.joinPath(folder, recordFileName(baseName, candidate));
    const untitled = vscode.Uri.from({ scheme: 'untitled', path: file.path });
    if (!open.has(untitled.toString()) && !open.has(file.toString()) && !(await exists(file))) return untitled;
  }
  return undefined;
}

async function untitledWithText(uri: vscode.Uri, text: string): Promise<vscode.TextDocument | undefined> {
  try {
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.getText() !== '') return undefined;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), text);
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    return document.languageId === RECORD_LANGUAGE ? document : await vscode.languages.setTextDocumentLanguage(document, RECORD_LANGUAGE);
  } catch {
    // e.g. the file appeared meanwhile: VS Code refuses an untitled editor for an existing file
    return undefined;
  }
}

/** Opens the record in a new, unsaved editor named `baseName.trial.yaml` (in `folder` when there is one). */
export async function openRecordEditor(yaml: string, baseName: string, folder: vscode.Uri | undefined): Promise<vscode.TextDocument> {
  const uri = folder ? await freeUntitledUri(folder, baseName) : undefined;
  const document =
    (uri && (await untitledWithText(uri, yaml))) ?? (await vscode.workspace.openTextDocument({ language: RECORD_LANGUAGE, content: yaml }));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  // The record is written with two-space indentation; an untitled editor was sized before its text and language
  // arrived, so say so rather than let Enter indent by the window's default (often 4).
  editor.options = { tabSize: 2, insertSpaces: true, indentSize: 2 };
  return document;
}

async function freeFileUri(folder: vscode.Uri, baseName: string): Promise<vscode.Uri | undefined> {
  for (let candidate = 2; candidate <= MAX_CANDIDATES; candidate++) {
    const file = vscode.Uri.joinPath(folder, recordFileName(baseName, candidate));
    if (!(await exists(file))) return file;
  }
  return undefined;
}

export type WrittenRecord = { readonly uri: vscode.Uri } | { readonly skipped: true };

/** Writes the record as `folder/baseName.trial.yaml`; if that exists, asks: replace, keep both, or skip. */
export async function writeRecordFile(yaml: string, baseName: string, folder: vscode.Uri): Promise<WrittenRecord> {
  await vscode.workspace.fs.createDirectory(folder);
  let target = vscode.Uri.joinPath(folder, recordFileName(baseName));
  if (await exists(target)) {
    const name = recordFileName(baseName);
    const choice = await vscode.window.showWarningMessage(
      `${name} already exists in ${folder.path.split('/').pop() || folder.toString()}.`,
      { modal: true, detail: 'Replace it with the imported record, or keep both (the new record gets a numbered name)?' },
      'Replace',
      'Keep Both',
    );
    if (choice === undefined) return { skipped: true };
    if (choice === 'Keep Both') {
      const free = await freeFileUri(folder, baseName);
      if (!free) return { skipped: true };
      target = free;
    }
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(yaml));
  return { uri: target };
}
