// `trial-record import FILES… [--out-dir DIR] [--format json]`: one record per page (per study
// for an API search response), never overwriting a file; a summary line per file on stderr.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ImportRefusal, type StudyImport } from '../import/importPage';
import { cliService } from './cliService';
import { fileNameForStudyId } from '../import/studyId';
import { DEFAULT_MAX_SIZE } from './fileSize';
import { describeFsError, expandInputPaths, readFailureReason, readInputText, type FileFilter } from './inputFiles';
import { terminalLine } from './terminalText';

export interface ImportCommandOptions {
  /** Folder for the records (default: the current folder); created when missing. */
  readonly outDir?: string;
  /** `json`: print the records as JSON on stdout instead of writing files. */
  readonly format: 'yaml' | 'json';
  /** Pages larger than this many bytes are refused unread (default 64 MB). */
  readonly maxSize?: number;
}

export interface ImportCommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** The files written, in order. */
  readonly written: readonly string[];
}

/** A folder stands for its own `.txt`, `.html`, `.json` and `.xml` files; a file named on the command line is read whatever its name. */
const PAGE_FILES: FileFilter = { inFolder: (name) => /\.(txt|html?|json|xml)$/i.test(name), recursive: false };
/** Enough numbered names for any folder; past this something else is wrong. */
const MAX_NAME_ATTEMPTS = 1000;

/** What a run has produced so far. */
interface ImportRun {
  readonly stderr: string[];
  readonly written: string[];
  readonly records: unknown[];
  failures: number;
}

export async function importCommand(paths: readonly string[], options: ImportCommandOptions): Promise<ImportCommandOutput> {
  const run: ImportRun = { stderr: [], written: [], records: [], failures: 0 };
  const outDir = options.outDir ?? '.';

  if (options.format === 'yaml') {
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (error) {
      return {
        stdout: '',
        stderr: terminalLine`trial-record: ${outDir}: ${describeFsError(error, 'cannot create the output folder')}\n`,
        exitCode: 1,
        written: [],
      };
    }
  }

  for (const entry of await expandInputPaths(paths, PAGE_FILES)) {
    if (entry.kind === 'file') {
      await importFile(entry.path, options, outDir, run);
    } else if (entry.kind === 'skipped') {
      run.stderr.push(terminalLine`${entry.path}: skipped: ${entry.reason}\n`);
    } else if (entry.kind === 'empty-folder') {
      run.stderr.push(terminalLine`${entry.path}: no .txt, .html, .json or .xml files in this folder\n`);
    } else {
      run.stderr.push(terminalLine`${entry.path}: not imported: ${entry.reason}\n`);
      run.failures++;
    }
  }

  const { records } = run;
  const stdout =
    options.format === 'json' && records.length > 0 ? `${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n` : '';
  return { stdout, stderr: run.stderr.join(''), exitCode: run.failures > 0 ? 1 : 0, written: run.written };
}

/** Imports one page file: its records written (or kept for JSON output), a summary line per record. */
async function importFile(file: string, options: ImportCommandOptions, outDir: string, run: ImportRun): Promise<void> {
  let results: StudyImport[];
  try {
    const text = await readInputText(file, options.maxSize ?? DEFAULT_MAX_SIZE);
    results = cliService.importStudies(text, { sourceName: path.basename(file) });
  } catch (error) {
    const message = error instanceof ImportRefusal ? error.message : readFailureReason(error);
    run.stderr.push(terminalLine`${file}: not imported: ${message}\n`);
    run.failures++;
    return;
  }
  for (const result of results) {
    const counts = `${result.filledFields} field${result.filledFields === 1 ? '' : 's'}, ${result.keptLines} line${result.keptLines === 1 ? '' : 's'} kept as comments`;
    if (options.format === 'json') {
      // A study with results prints as the whole study object, as its YAML holds it.
      run.records.push(result.studySections ? { protocolSection: result.record, ...result.studySections } : result.record);
      run.stderr.push(
        terminalLine`${file}: ${result.formatLabel} (${result.format})${result.studyId ? ` ${result.studyId}` : ''}: ${counts}\n`,
      );
      continue;
    }
    const baseName = result.studyId ? fileNameForStudyId(result.studyId) : fileNameForStudyId(path.basename(file).replace(/\.[^.]+$/, ''));
    try {
      const target = await writeNewFile(outDir, baseName, result.yaml);
      run.written.push(target);
      run.stderr.push(terminalLine`${file}: ${result.formatLabel} (${result.format}) -> ${target}: ${counts}\n`);
    } catch (error) {
      run.stderr.push(terminalLine`${file}: not written: ${error instanceof Error ? error.message : String(error)}\n`);
      run.failures++;
    }
  }
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
  throw new Error(
    `${baseName}.trial.yaml and ${MAX_NAME_ATTEMPTS - 1} numbered variants already exist in ${folder}; choose another --out-dir`,
  );
}
