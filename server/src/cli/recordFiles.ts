import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { RecordFormat } from '../service/parse/parsedRecord';

/** File names the `check` command reads inside a folder. */
const RECORD_FILE = /\.trial\.(ya?ml|json)$/i;
/** Extensions accepted when a file is named explicitly (e.g. an API download `NCT01234567.json`). */
const EXPLICIT_FILE = /\.(ya?ml|json)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export type FileEntry =
  | { readonly kind: 'record'; readonly path: string; readonly format: RecordFormat }
  | { readonly kind: 'problem'; readonly path: string; readonly message: string };

export function recordFormatOf(fileName: string): RecordFormat {
  return /\.json$/i.test(fileName) ? 'json' : 'yaml';
}

/** Expands the command line's files and folders into record files, with a problem per bad argument. */
export async function collectRecordFiles(args: readonly string[]): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (error) {
      entries.push({ kind: 'problem', path: arg, message: describeFsError(error, 'cannot be read') });
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walkFolder(arg);
      if (found.length === 0) entries.push({ kind: 'problem', path: arg, message: 'no *.trial.yaml, *.trial.yml or *.trial.json files in this folder' });
      entries.push(...found);
    } else if (EXPLICIT_FILE.test(arg)) {
      entries.push({ kind: 'record', path: arg, format: recordFormatOf(arg) });
    } else {
      entries.push({ kind: 'problem', path: arg, message: `not a record file: expected .trial.yaml, .trial.yml or .trial.json (or .yaml/.yml/.json), got "${path.extname(arg) || 'no extension'}"` });
    }
  }
  return entries;
}

async function walkFolder(folder: string): Promise<FileEntry[]> {
  const found: FileEntry[] = [];
  let names: string[];
  try {
    names = (await fs.readdir(folder)).sort();
  } catch (error) {
    return [{ kind: 'problem', path: folder, message: describeFsError(error, 'cannot be listed') }];
  }
  for (const name of names) {
    const full = path.join(folder, name);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name)) found.push(...(await walkFolder(full)));
    } else if (RECORD_FILE.test(name)) {
      found.push({ kind: 'record', path: full, format: recordFormatOf(name) });
    }
  }
  return found;
}

export function describeFsError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return `${what}: permission denied`;
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `${what}${code ? ` (${code})` : ''}`;
}

/** Reads a file as UTF-8 text; a leading byte-order mark is dropped. */
export async function readRecordText(file: string): Promise<string> {
  const text = await fs.readFile(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
