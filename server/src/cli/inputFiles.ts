// The files a command reads: the command line's files and folders expanded (one walk for `check`
// and `import`, the file-name filter a parameter) and each file read safely. Only regular files are
// read: a named pipe would block the read forever, a device such as /dev/zero never ends, and a link
// back to a folder already read would walk the same files again and again (d/loop/loop/…). Every
// path not read gets a reason, so nothing is skipped without a word.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  promises as fs,
  readlinkSync,
  readSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import * as path from 'node:path';
import { formatSize } from './fileSize';

export interface FileFilter {
  /** Whether a file found in a folder is read, by its name. */
  readonly inFolder: (name: string) => boolean;
  /** Why a file named on the command line is not read (its name), or undefined to read it. */
  readonly refuseNamed?: (file: string) => string | undefined;
  /** Walk sub-folders too (`check`), or only a folder's own files (`import`). */
  readonly recursive: boolean;
}

export type InputPath =
  /** A regular file (or a link to one), to read with `readInputText`. */
  | { readonly kind: 'file'; readonly path: string }
  /** A path that was to be read and cannot be: an error for the command. */
  | { readonly kind: 'refused'; readonly path: string; readonly reason: string }
  /** A path not followed, e.g. a link back to a folder already read: a note, not an error. */
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  /** A folder named on the command line in which the filter takes no file. */
  | { readonly kind: 'empty-folder'; readonly path: string };

/** A file that cannot be read; the message says why, for the user. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

/** Folders never walked into: other people's files, not the user's records. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** The first read of a file whose size the system does not report (e.g. under /proc). */
const MIN_CHUNK = 64 * 1024;
/** Opening never waits for a writer should a path turn into a named pipe after it was checked. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What `stat` and `readdir` both say about a path's kind. */
type PathKind = Pick<Stats | Dirent, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

interface Walk {
  readonly filter: FileFilter;
  /** Folders entered so far, by real path, with the path they were first entered by. */
  readonly visited: Map<string, string>;
}

/**
 * A folder's plain files, in order, by name alone: a registry export is a folder of hundreds of thousands of
 * study files, and a path object for each, made before the first is read, was what grew the memory of `check`
 * (44 MB of heap for 100,000 files; their names alone take a tenth of that). Paths are made as they are read.
 */
interface FolderFiles {
  readonly kind: 'folder-files';
  readonly folder: string;
  readonly names: string[];
}

/** The files and notes of a command line, in order; files are made into paths only as they are iterated. */
export class InputList implements Iterable<InputPath> {
  /** How many files there are to read. */
  readonly fileCount: number;

  constructor(private readonly parts: readonly (InputPath | FolderFiles)[]) {
    let count = 0;
    for (const part of parts) count += part.kind === 'folder-files' ? part.names.length : part.kind === 'file' ? 1 : 0;
    this.fileCount = count;
  }

  *[Symbol.iterator](): Generator<InputPath> {
    for (const part of this.parts) {
      if (part.kind !== 'folder-files') yield part;
      else for (const name of part.names) yield { kind: 'file', path: path.join(part.folder, name) };
    }
  }

  /** The paths of the files to read, in order. */
  *filePaths(): Generator<string> {
    for (const input of this) if (input.kind === 'file') yield input.path;
  }
}

/** Collects a walk's results in order, a folder's plain files as names. */
class InputCollector {
  readonly parts: (InputPath | FolderFiles)[] = [];

  add(input: InputPath): void {
    this.parts.push(input);
  }

  addFileOf(folder: string, name: string): void {
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === 'folder-files' && last.folder === folder) last.names.push(name);
    else this.parts.push({ kind: 'folder-files', folder, names: [name] });
  }

  /** Whether anything was collected since `mark` (a count of parts) that is a file or a refusal. */
  readsSince(mark: number): boolean {
    return this.parts.slice(mark).some((part) => part.kind === 'folder-files' || part.kind === 'file' || part.kind === 'refused');
  }
}

/** The command line's files and folders as the files to read, and a reason for each path that is not. */
export async function expandInputPaths(args: readonly string[], filter: FileFilter): Promise<InputList> {
  const walk: Walk = { filter, visited: new Map() };
  const found = new InputCollector();
  for (const arg of args) await expandArgument(arg, walk, found);
  return new InputList(found.parts);
}

async function expandArgument(arg: string, walk: Walk, found: InputCollector): Promise<void> {
  const target = await followPath(arg);
  if ('reason' in target) return found.add({ kind: 'refused', path: arg, reason: target.reason });
  if (target.stats.isDirectory()) return expandFolder(arg, walk, true, found);
  if (!target.stats.isFile()) return found.add({ kind: 'refused', path: arg, reason: notRegularReason(target.stats) });
  const refusal = walk.filter.refuseNamed?.(arg);
  found.add(refusal === undefined ? { kind: 'file', path: arg } : { kind: 'refused', path: arg, reason: refusal });
}

async function expandFolder(folder: string, walk: Walk, named: boolean, found: InputCollector): Promise<void> {
  const blocked = await enterFolder(folder, walk);
  if (blocked) return found.add(blocked);
  const mark = found.parts.length;
  await listFolder(folder, walk, found);
  if (named && !found.readsSince(mark)) found.add({ kind: 'empty-folder', path: folder });
}

/** Registers a folder by its real path; a note instead when it was entered before (a link loop). */
async function enterFolder(folder: string, walk: Walk): Promise<InputPath | undefined> {
  let real: string;
  try {
    real = await fs.realpath(folder);
  } catch (error) {
    return { kind: 'refused', path: folder, reason: describeFsError(error, 'cannot be listed') };
  }
  const firstPath = walk.visited.get(real);
  if (firstPath === undefined) {
    walk.visited.set(real, folder);
    return undefined;
  }
  return {
    kind: 'skipped',
    path: folder,
    reason: firstPath === folder ? 'folder already read' : `leads to ${firstPath}, a folder already read`,
  };
}

async function listFolder(folder: string, walk: Walk, found: InputCollector): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    return found.add({ kind: 'refused', path: folder, reason: describeFsError(error, 'cannot be listed') });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) await expandFolderEntry(folder, entry, walk, found);
}

async function expandFolderEntry(folder: string, entry: Dirent, walk: Walk, found: InputCollector): Promise<void> {
  const wanted = walk.filter.inFolder(entry.name);
  // A plain file (no link to follow): its name is all that is kept.
  if (wanted && entry.isFile()) return found.addFileOf(folder, entry.name);
  const full = path.join(folder, entry.name);
  const target = entry.isSymbolicLink() ? await followPath(full) : { stats: entry };
  if ('reason' in target) {
    // A broken link may have been meant as a record or, when walking sub-folders, as a folder.
    if (wanted) return found.add({ kind: 'refused', path: full, reason: target.reason });
    if (walk.filter.recursive) found.add({ kind: 'skipped', path: full, reason: target.reason });
    return;
  }
  if (target.stats.isDirectory()) {
    if (walk.filter.recursive && !SKIPPED_FOLDERS.has(entry.name)) await expandFolder(full, walk, false, found);
    return;
  }
  if (!wanted) return;
  found.add(target.stats.isFile() ? { kind: 'file', path: full } : { kind: 'refused', path: full, reason: notRegularReason(target.stats) });
}

/** `stat` through links, or why the path leads nowhere (missing, a broken link, a loop of links). */
async function followPath(file: string): Promise<{ readonly stats: Stats } | { readonly reason: string }> {
  try {
    return { stats: await fs.stat(file) };
  } catch (error) {
    return { reason: unreachableReason(file, error) };
  }
}

function notRegularReason(kind: PathKind): string {
  if (kind.isFIFO()) return 'a named pipe (FIFO), not a regular file';
  if (kind.isSocket()) return 'a socket, not a regular file';
  if (kind.isCharacterDevice()) return 'a character device, not a regular file';
  if (kind.isBlockDevice()) return 'a block device, not a regular file';
  if (kind.isDirectory()) return 'is a folder, not a file';
  return 'not a regular file';
}

/** Why a file of this kind and size is not read, or undefined when it may be. */
function refusalOf(stats: Stats, maxSize: number): string | undefined {
  if (!stats.isFile()) return notRegularReason(stats);
  if (stats.size > maxSize)
    return `too large: ${formatSize(stats.size)} (${stats.size} bytes), over the ${formatSize(maxSize)} limit; --max-size raises it`;
  return undefined;
}

/**
 * A regular file's text (UTF-8), refused with an `InputFileError` when it is anything else or holds
 * more than `maxSize` bytes. The kind and size are checked before the file is opened and again on the
 * open file; the read stops at the limit, whatever the size the system reported. Synchronous: five
 * system calls per file instead of six thread-pool round trips, which were a fifth of the cost of
 * checking a registry study (a batch command has nothing else to do while a file is read).
 */
export function readInputText(file: string, maxSize: number): string {
  // The kind first: opening a device can act on it (a tape rewinds, a watchdog is armed), so only a file is opened.
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new InputFileError(unreachableReason(file, error));
  }
  const refusal = refusalOf(stats, maxSize);
  if (refusal !== undefined) throw new InputFileError(refusal);
  let descriptor: number;
  try {
    descriptor = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw new InputFileError(unreachableReason(file, error));
  }
  try {
    // Checked again on the open file: the path may have been replaced in between.
    const opened = fstatSync(descriptor);
    const changed = refusalOf(opened, maxSize);
    if (changed !== undefined) throw new InputFileError(changed);
    return readAtMost(descriptor, maxSize, opened.size).toString('utf8');
  } catch (error) {
    throw error instanceof InputFileError ? error : new InputFileError(describeFsError(error, 'cannot be read'));
  } finally {
    closeSync(descriptor);
  }
}

/** Why a path leads nowhere: a loop of links, a broken link, a missing file, permissions. */
function unreachableReason(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'a loop of symbolic links: following it never reaches a file';
  if (code === 'ENOENT') {
    try {
      return `a broken symbolic link: its target ${readlinkSync(file)} does not exist`;
    } catch {
      // Not a link: the file itself is missing.
    }
  }
  return describeFsError(error, 'cannot be read');
}

/** Reads to the end, or throws once more than `maxSize` bytes came: never reads past the limit. */
function readAtMost(descriptor: number, maxSize: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // One byte past the limit is enough to know the file is over it.
    const length = Math.min(Math.max(sizeHint + 1 - total, MIN_CHUNK), maxSize + 1 - total);
    const chunk = Buffer.allocUnsafe(length);
    const bytesRead = readSync(descriptor, chunk, 0, length, null);
    // One chunk (the usual case: the file's size was known) is returned as it is, not copied.
    if (bytesRead === 0) return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxSize)
      throw new InputFileError(`too large: more than the ${formatSize(maxSize)} limit (reading stopped there); --max-size raises it`);
  }
}

/** The message for a file that cannot be read, whatever was thrown. */
export function readFailureReason(error: unknown): string {
  return error instanceof InputFileError ? error.message : describeFsError(error, 'cannot be read');
}

export function describeFsError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return `${what}: permission denied`;
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `${what}${code ? ` (${code})` : ''}`;
}
