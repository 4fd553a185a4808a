// `trial-record import FILES… [--out-dir DIR] [--format json]`: one record per page (per study
// for an API search response), never overwriting a file; a summary line per file on stderr.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ImportRefusal, importStudies, type ImportOutcome } from '../import/importPage';
import { fileNameForStudyId } from '../import/studyId';
import { describeFsError } from './recordFiles';

export interface ImportCommandOptions {
  /** Folder for the records (default: the current folder); created when missing. */
  readonly outDir?: string;
  /** `json`: print the records as JSON on stdout instead of writing files. */
  readonly format: 'yaml' | 'json';
}

export interface ImportCommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** The files written, in order. */
  readonly written: readonly string[];
}

/** Files a folder argument expands to. */
const PAGE_FILE = /\.(txt|html?|json|xml)$/i;
/** Enough numbered names for any folder; past this something else is wrong. */
const MAX_NAME_ATTEMPTS = 1000;

export async function importCommand(paths: readonly string[], options: ImportCommandOptions): Promise<ImportCommandOutput> {
  const stderr: string[] = [];
  const written: string[] = [];
  const records: unknown[] = [];
  let failures = 0;
  const outDir = options.outDir ?? '.';

  if (options.format === 'yaml') {
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (error) {
      return { stdout: '', stderr: `trial-record: ${outDir}: ${describeFsError(error, 'cannot create the output folder')}\n`, exitCode: 1, written };
    }
  }

  for (const file of await expandPaths(paths, stderr)) {
    if (file.problem) {
      stderr.push(`${file.path}: not imported: ${file.problem}\n`);
      failures++;
      continue;
    }
    let results: ImportOutcome[];
    try {
      const text = await fs.readFile(file.path, 'utf8');
      results = importStudies(text, { sourceName: path.basename(file.path) });
    } catch (error) {
      const message = error instanceof ImportRefusal ? error.message : describeFsError(error, 'cannot be read');
      stderr.push(`${file.path}: not imported: ${message}\n`);
      failures++;
      continue;
    }
    for (const result of results) {
      const counts = `${result.filledFields} field${result.filledFields === 1 ? '' : 's'}, ${result.keptLines} line${result.keptLines === 1 ? '' : 's'} kept as comments`;
      if (options.format === 'json') {
        records.push(result.record);
        stderr.push(`${file.path}: ${result.formatLabel} (${result.format})${result.studyId ? ` ${result.studyId}` : ''}: ${counts}\n`);
        continue;
      }
      const baseName = result.studyId ? fileNameForStudyId(result.studyId) : fileNameForStudyId(path.basename(file.path).replace(/\.[^.]+$/, ''));
      try {
        const target = await writeNewFile(outDir, baseName, result.yaml);
        written.push(target);
        stderr.push(`${file.path}: ${result.formatLabel} (${result.format}) -> ${target}: ${counts}\n`);
      } catch (error) {
        stderr.push(`${file.path}: not written: ${error instanceof Error ? error.message : String(error)}\n`);
        failures++;
      }
    }
  }

  const stdout = options.format === 'json' && records.length > 0 ? `${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n` : '';
  return { stdout, stderr: stderr.join(''), exitCode: failures > 0 ? 1 : 0, written };
}

interface PageFile {
  readonly path: string;
  readonly problem?: string;
}

/** Files as given; a folder stands for its `.txt`, `.html`, `.json` and `.xml` files. */
async function expandPaths(paths: readonly string[], stderr: string[]): Promise<PageFile[]> {
  const files: PageFile[] = [];
  for (const arg of paths) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (error) {
      files.push({ path: arg, problem: describeFsError(error, 'cannot be read') });
      continue;
    }
    if (!stat.isDirectory()) {
      files.push({ path: arg });
      continue;
    }
    const names = (await fs.readdir(arg)).filter((name) => PAGE_FILE.test(name)).sort();
    if (names.length === 0) stderr.push(`${arg}: no .txt, .html, .json or .xml files in this folder\n`);
    for (const name of names) files.push({ path: path.join(arg, name) });
  }
  return files;
}

/** Writes `<base>.trial.yaml`, or `<base>-2.trial.yaml`… when taken: an existing file is never replaced. */
async function writeNewFile(folder: string, baseName: string, text: string): Promise<string> {
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const target = path.join(folder, `${baseName}${attempt === 1 ? '' : `-${attempt}`}.trial.yaml`);
    try {
      // `wx` fails when the file exists, so two imports never race onto one name.
      await fs.writeFile(target, text, { encoding: 'utf8', flag: 'wx' });
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`${target}: ${describeFsError(error, 'cannot be written')}`);
    }
  }
  throw new Error(`${baseName}.trial.yaml and ${MAX_NAME_ATTEMPTS - 1} numbered variants already exist in ${folder}; choose another --out-dir`);
}
