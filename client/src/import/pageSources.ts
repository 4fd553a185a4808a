// Where the page text comes from: the clipboard, the selection, the whole active editor, or files picked in a
// dialog (or every page file in a picked folder). Asks with a quick pick; says so when the choice has no text.
import * as vscode from 'vscode';
import { PAGE_FILE_EXTENSIONS, fileLabel } from './readPageFile';

export type PageSource =
  | { readonly kind: 'text'; readonly text: string; readonly sourceName: string }
  | { readonly kind: 'files'; readonly uris: readonly vscode.Uri[] };

type SourceChoice = 'clipboard' | 'selection' | 'editor' | 'files' | 'folder';

interface SourceItem extends vscode.QuickPickItem {
  readonly choice: SourceChoice;
}

function editorName(editor: vscode.TextEditor): string {
  const document = editor.document;
  return document.isUntitled ? document.uri.path.split('/').pop() || 'Untitled' : fileLabel(document.uri);
}

function sourceItems(editor: vscode.TextEditor | undefined): SourceItem[] {
  const items: SourceItem[] = [{ choice: 'clipboard', label: '$(clippy) Clipboard', description: 'text copied from a registry page' }];
  if (editor && editor.selections.some((selection) => !selection.isEmpty)) {
    items.push({ choice: 'selection', label: '$(selection) Selection', description: `the selected text in ${editorName(editor)}` });
  }
  if (editor) items.push({ choice: 'editor', label: '$(file-text) Active Editor', description: `all of ${editorName(editor)}` });
  items.push(
    {
      choice: 'files',
      label: '$(files) Files…',
      description: `one or more pages (${PAGE_FILE_EXTENSIONS.map((e) => `.${e}`).join(', ')})`,
    },
    { choice: 'folder', label: '$(folder) Folder of Pages…', description: 'every page file in a folder' },
  );
  return items;
}

function selectedText(editor: vscode.TextEditor): string {
  return editor.selections
    .filter((selection) => !selection.isEmpty)
    .sort((a, b) => a.start.compareTo(b.start))
    .map((selection) => editor.document.getText(selection))
    .join('\n');
}

function nothingThere(message: string): undefined {
  void vscode.window.showInformationMessage(message);
  return undefined;
}

/** Asks where the page is and gathers it; undefined when the user backs out or the choice holds no text. */
export async function pickPageSource(): Promise<PageSource | undefined> {
  const editor = vscode.window.activeTextEditor;
  const picked = await vscode.window.showQuickPick(sourceItems(editor), {
    title: 'Import Registry Page',
    placeHolder: 'Where is the registry page?',
  });
  if (!picked) return undefined;

  switch (picked.choice) {
    case 'clipboard': {
      const text = await vscode.env.clipboard.readText();
      if (text.trim() === '') return nothingThere('The clipboard holds no text. Copy a registry page first.');
      return { kind: 'text', text, sourceName: 'clipboard' };
    }
    case 'selection': {
      if (!editor) return undefined;
      const text = selectedText(editor);
      if (text.trim() === '') return nothingThere('The selection is empty.');
      return { kind: 'text', text, sourceName: `selection in ${editorName(editor)}` };
    }
    case 'editor': {
      if (!editor) return undefined;
      const text = editor.document.getText();
      if (text.trim() === '') return nothingThere(`${editorName(editor)} is empty.`);
      return { kind: 'text', text, sourceName: editorName(editor) };
    }
    case 'files': {
      const uris = await vscode.window.showOpenDialog({
        title: 'Import Registry Pages',
        openLabel: 'Import',
        canSelectMany: true,
        canSelectFiles: true,
        canSelectFolders: false,
        filters: { 'Registry pages': [...PAGE_FILE_EXTENSIONS], 'All files': ['*'] },
      });
      return uris && uris.length > 0 ? { kind: 'files', uris } : undefined;
    }
    case 'folder': {
      const uris = await vscode.window.showOpenDialog({
        title: 'Import Every Registry Page in a Folder',
        openLabel: 'Import Folder',
        canSelectMany: false,
        canSelectFiles: false,
        canSelectFolders: true,
      });
      return uris && uris.length > 0 ? { kind: 'files', uris } : undefined;
    }
  }
}
