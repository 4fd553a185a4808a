// `trial-record import FILES… [--out-dir DIR] [--format json] [--jobs N]`: one record per page (per study
// for an API search response), never overwriting a file; a summary line per file on stderr. Pages are read
// and imported on worker threads; the records are written here, in input order, as they come.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { cliService } from './cliService';
import type { CliWorkerData } from './cliWorker';
import { fileNameForStudyId } from '../import/studyId';
import { DEFAULT_MAX_SIZE } from './fileSize';
import { importPageFile, type ImportedPage, type ImportedStudy } from './importPages';
import { describeFsError, expandInputPaths, type FileFilter, type InputList } from './inputFiles';
import { OrderedResults } from './orderedResults';
import { writeText, type CommandStreams } from './outputStream';
import { terminalLine } from './terminalText';
import { inThreadRunner, WorkerPool, type TaskRunner } from './workerPool';

export interface ImportCommandOptions {
  /** Folder for the records (default: the current folder); created when missing. */
  readonly outDir?: string;
  /** `json`: print the records as JSON on stdout instead of writing files. */
  readonly format: 'yaml' | 'json';
  /** Pages larger than this many bytes are refused unread (default 64 MB). */
  readonly maxSize?: number;
  /** Worker threads; 1 (the default) imports in this thread. */
  readonly jobs?: number;
  /** The script a worker thread runs (the CLI's own bundle); without it everything runs in this thread. */
  readonly workerScript?: string;
}

/** A folder stands for its own `.txt`, `.html`, `.json` and `.xml` files; a file named on the command line is read whatever its name. */
const PAGE_FILES: FileFilter = { inFolder: (name) => /\.(txt|html?|json|xml)$/i.test(name), recursive: false };
/** Enough numbered names for any folder; past this something else is wrong. */
const MAX_NAME_ATTEMPTS = 1000;
const WINDOW_PER_JOB = 8;
/** Fewer pages than this are imported in this thread: a worker's start-up costs more. */
const PAGES_WORTH_WORKERS = 4;

/** Exit 1 when a page could not be imported or a record not written, else 0. */
export async function importCommand(paths: readonly string[], options: ImportCommandOptions, streams: CommandStreams): Promise<number> {
  const outDir = options.outDir ?? '.';
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (options.format === 'yaml') {
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (error) {
      await writeText(
        streams.stderr,
        terminalLine`trial-record: ${outDir}: ${describeFsError(error, 'cannot create the output folder')}\n`,
      );
      return 1;
    }
  }
  const inputs = await expandInputPaths(paths, PAGE_FILES);
  const writer = new ImportWriter(options.format, outDir, streams);
  const runner = pageRunner(inputs, options, maxSize);
  const results = new OrderedResults<() => Promise<void>>((options.jobs ?? 1) * WINDOW_PER_JOB, (write) => write());
  try {
    for (const entry of inputs) {
      const { path: file } = entry;
      const failed = (error: unknown) => {
        cliService.log.error(`trial-record: importing ${file} failed`, error);
        return () =>
          writer.refused(file, `could not be imported: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      };
      if (entry.kind === 'file') await results.add(async () => writer.pageWriter(file, await runner.run(file)), failed);
      else if (entry.kind === 'skipped')
        await results.add(() => () => writer.note(terminalLine`${file}: skipped: ${entry.reason}\n`), failed);
      else if (entry.kind === 'empty-folder')
        await results.add(() => () => writer.note(terminalLine`${file}: no .txt, .html, .json or .xml files in this folder\n`), failed);
      else await results.add(() => () => writer.refused(file, entry.reason), failed);
    }
    await results.finish();
  } finally {
    await runner.close();
  }
  return writer.end();
}

function pageRunner(inputs: InputList, options: ImportCommandOptions, maxSize: number): TaskRunner<string, ImportedPage> {
  const jobs = options.jobs ?? 1;
  const pages = inputs.fileCount;
  if (jobs < 2 || options.workerScript === undefined || pages < PAGES_WORTH_WORKERS)
    return inThreadRunner((file) => importPageFile(file, maxSize));
  return new WorkerPool({
    script: options.workerScript,
    workerData: { trialRecordWorker: 'import', maxSize } satisfies CliWorkerData,
    size: jobs,
    log: cliService.log,
  });
}

/** Writes each page's records (files, or JSON on stdout) and its summary lines, in input order. */
class ImportWriter {
  private failures = 0;
  /** `--format json`: one record prints as itself, several as an array; the first waits to see which. */
  private firstRecord: unknown;
  private records = 0;

  constructor(
    private readonly format: 'yaml' | 'json',
    private readonly outDir: string,
    private readonly streams: CommandStreams,
  ) {}

  note(line: string): Promise<void> {
    return writeText(this.streams.stderr, line);
  }

  async refused(file: string, reason: string): Promise<void> {
    this.failures++;
    await this.note(terminalLine`${file}: not imported: ${reason}\n`);
  }

  /** What writes the page's records once its turn comes. */
  pageWriter(file: string, page: ImportedPage): () => Promise<void> {
    return async () => {
      if ('refused' in page) return this.refused(file, page.refused);
      for (const study of page.studies) await this.writeStudy(file, study);
    };
  }

  async end(): Promise<number> {
    if (this.records === 1) await writeText(this.streams.stdout, `${JSON.stringify(this.firstRecord, null, 2)}\n`);
    else if (this.records > 1) await writeText(this.streams.stdout, '\n]\n');
    return this.failures > 0 ? 1 : 0;
  }

  private async writeStudy(file: string, study: ImportedStudy): Promise<void> {
    const counts = `${study.filledFields} field${study.filledFields === 1 ? '' : 's'}, ${study.keptLines} line${study.keptLines === 1 ? '' : 's'} kept as comments`;
    if (this.format === 'json') {
      await this.printRecord(study.json);
      await this.note(
        terminalLine`${file}: ${study.formatLabel} (${study.format})${study.studyId ? ` ${study.studyId}` : ''}: ${counts}\n`,
      );
      return;
    }
    const baseName = study.studyId ? fileNameForStudyId(study.studyId) : fileNameForStudyId(path.basename(file).replace(/\.[^.]+$/, ''));
    try {
      const target = await writeNewFile(this.outDir, baseName, study.yaml);
      await this.note(terminalLine`${file}: ${study.formatLabel} (${study.format}) -> ${target}: ${counts}\n`);
    } catch (error) {
      this.failures++;
      await this.note(terminalLine`${file}: not written: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }

  /** Each record as it would sit in `JSON.stringify(records, null, 2)`, the array opened at the second. */
  private async printRecord(record: unknown): Promise<void> {
    this.records++;
    if (this.records === 1) {
      this.firstRecord = record;
      return;
    }
    const entry = (value: unknown) => `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    const opening = this.records === 2 ? `[\n${entry(this.firstRecord)}` : '';
    this.firstRecord = undefined;
    await writeText(this.streams.stdout, `${opening},\n${entry(record)}`);
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
