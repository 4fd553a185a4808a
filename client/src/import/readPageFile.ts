// Reading the page files the user picked: their text, or a sentence saying why not (one per file, so the
// others still import). Folders given among the files stand for the page files directly inside them.
import * as vscode from 'vscode';
import { MAX_PAGE_BYTES, decodePageBytes, describeSize } from './decodePageBytes';

/** The extensions offered in the file dialog and taken from a folder. */
export const PAGE_FILE_EXTENSIONS = ['txt', 'html', 'htm', 'json', 'xml'] as const;

export type PageFileReading = { readonly text: string } | { readonly problem: string };

export function fileLabel(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

export async function readPageFile(uri: vscode.Uri): Promise<PageFileReading> {
  const name = fileLabel(uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { problem: `${name} is a folder, not a page.` };
    if (stat.size > MAX_PAGE_BYTES) {
      return {
        problem: `${name} is ${describeSize(stat.size)}, more than the ${describeSize(MAX_PAGE_BYTES)} a registry page can be; not read.`,
      };
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: decodePageBytes(bytes) };
  } catch (error) {
    return { problem: `${name} could not be read: ${describeFileError(error)}.` };
  }
}

function describeFileError(error: unknown): string {
  if (error instanceof vscode.FileSystemError) {
    switch (error.code) {
      case 'FileNotFound':
      case 'EntryNotFound':
        return 'it no longer exists (moved or deleted?)';
      case 'NoPermissions':
        return 'permission denied';
      case 'FileIsADirectory':
        return 'it is a folder';
      case 'Unavailable':
        return 'the file system is unavailable';
    }
  }
  return error instanceof Error ? error.message : String(error);
}

function isPageFileName(name: string): boolean {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  return name.includes('.') && (PAGE_FILE_EXTENSIONS as readonly string[]).includes(extension);
}

/**
 * The files to import: each file as given; each folder replaced by the page files directly in it (sorted by
 * name). A URI that cannot be looked at is kept, so reading it reports the problem for that file.
 */
export async function expandPageFiles(uris: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const files: vscode.Uri[] = [];
  for (const uri of uris) {
    let isFolder = false;
    try {
      isFolder = ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
    } catch {
      // reported when read
    }
    if (!isFolder) {
      files.push(uri);
      continue;
    }
    const entries = await vscode.workspace.fs.readDirectory(uri);
    const pages = entries
      .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && isPageFileName(name))
      .map(([name]) => name)
      .sort((a, b) => a.localeCompare(b));
    files.push(...pages.map((name) => vscode.Uri.joinPath(uri, name)));
  }
  return files;
}
