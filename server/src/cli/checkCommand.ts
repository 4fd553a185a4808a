// `trial-record check`: the inputs (record files, folders, ZIP archives, JSON Lines files) expanded into
// studies, each checked on a worker thread (or in this thread: `--jobs 1`, or too few inputs to be worth a
// worker's start-up), the results written in input order as they come.
import { localToday } from '../service/recordAnalyzer';
import { DEFAULT_REVIEW_STAGE, type ReviewStage } from '../service/readiness/reviewStage';
import { describeError } from '../service/serviceLog';
import { checkInput, type CheckedFile, type CheckInput, type CheckSettings } from './checkInput';
import { CheckReport, type CheckEvent } from './checkReport';
import { cliService } from './cliService';
import { CodeSummary } from './codeSummary';
import type { CliWorkerData } from './cliWorker';
import { DEFAULT_MAX_SIZE } from './fileSize';
import { expandInputPaths, readFailureReason, type InputList } from './inputFiles';
import { OrderedResults } from './orderedResults';
import type { CommandStreams } from './outputStream';
import { ProgressLine } from './progressLine';
import { NO_RECORDS_IN_FOLDER, RECORD_FILES } from './recordFiles';
import { jsonLinesStudies } from './sources/jsonLinesStudies';
import { containerKind, type SourceItem } from './sources/sourceItem';
import { zipStudies } from './sources/zipStudies';
import { inThreadRunner, WorkerPool, type TaskRunner } from './workerPool';

export type { CheckedDiagnostic, CheckedFile } from './checkInput';

export interface CheckOptions {
  readonly format: 'text' | 'json';
  readonly today?: string;
  readonly rules: boolean;
  /** Whether the review criteria (`review/…`) run with the rules; default true. */
  readonly review?: boolean;
  /** `draft` (default) or `submission`: how much the review layer weighs. */
  readonly stage?: ReviewStage;
  /** Files (and entries, lines) larger than this many bytes are refused unread (default 64 MB). */
  readonly maxSize?: number;
  /** Worker threads; 1 (the default) checks in this thread. */
  readonly jobs?: number;
  /** The script a worker thread runs (the CLI's own bundle); without it everything runs in this thread. */
  readonly workerScript?: string;
  /** Print how often each code fired, after the results. */
  readonly summary?: boolean;
}

/** Inputs started and not yet written, per worker: enough to keep every worker busy behind a slow study. */
const WINDOW_PER_JOB = 8;
/** Fewer record files than this (and no ZIP or JSON Lines file) are checked in this thread: a worker's start-up costs more. */
const FILES_WORTH_WORKERS = 4;

/** Exit 1 when any error is found (or an input cannot be checked), else 0; warnings and information never change it. */
export async function checkCommand(paths: readonly string[], options: CheckOptions, streams: CommandStreams): Promise<number> {
  // One date for the whole run, so every study is checked against the same day (in every worker).
  const settings: CheckSettings = {
    today: options.today ?? localToday(),
    rules: options.rules,
    review: options.review ?? true,
    stage: options.stage ?? DEFAULT_REVIEW_STAGE,
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
  };
  const inputs = await expandInputPaths(paths, RECORD_FILES);
  const progress = new ProgressLine(streams.stderr);
  const report = new CheckReport(options.format, streams, progress, options.summary ? new CodeSummary() : undefined);
  const jobs = worthWorkers(inputs, options) ? (options.jobs ?? 1) : 1;
  const runner: TaskRunner<CheckInput, CheckedFile[]> =
    jobs > 1 && options.workerScript !== undefined
      ? new WorkerPool({
          script: options.workerScript,
          workerData: { trialRecordWorker: 'check', settings } satisfies CliWorkerData,
          size: jobs,
          log: cliService.log,
        })
      : inThreadRunner((input) => checkInput(input, settings));
  const results = new OrderedResults<CheckEvent[]>(jobs * WINDOW_PER_JOB, async (events) => {
    for (const event of events) await report.add(event);
  });
  const total = new StudyTotal(inputs, progress);

  await report.start();
  try {
    for (const input of inputs) {
      if (input.kind === 'skipped')
        await results.add(() => [{ kind: 'skipped', path: input.path, reason: input.reason }], failed(input.path));
      else if (input.kind === 'empty-folder')
        await results.add(() => [{ kind: 'empty-folder', path: input.path, reason: NO_RECORDS_IN_FOLDER }], failed(input.path));
      else if (input.kind === 'refused') await results.add(() => [refusedEvent(input.path, input.reason)], failed(input.path));
      else if (containerKind(input.path) === undefined)
        await results.add(async () => checkedEvents(await runner.run({ kind: 'file', path: input.path })), failed(input.path));
      else await addContainer(input.path, settings.maxSize, runner, results, total);
    }
    await results.finish();
  } finally {
    await runner.close();
  }
  return report.end();
}

/** Each study of a ZIP archive or JSON Lines file, as it is read; reading waits while the window is full. */
async function addContainer(
  file: string,
  maxSize: number,
  runner: TaskRunner<CheckInput, CheckedFile[]>,
  results: OrderedResults<CheckEvent[]>,
  total: StudyTotal,
): Promise<void> {
  const items: AsyncGenerator<SourceItem> =
    containerKind(file) === 'zip' ? zipStudies(file, maxSize, (entries) => total.opened(entries)) : jsonLinesStudies(file, maxSize);
  try {
    for await (const item of items) {
      if (item.kind === 'refused') await results.add(() => [refusedEvent(item.name, item.reason)], failed(item.name));
      else await results.add(async () => checkedEvents(await runner.run(item.input)), failed(item.input.name));
    }
  } catch (error) {
    // The container itself failed under the reading (an I/O error): what was read stands, the rest is reported.
    await results.add(() => [refusedEvent(file, readFailureReason(error))], failed(file));
  }
}

function worthWorkers(inputs: InputList, options: CheckOptions): boolean {
  if ((options.jobs ?? 1) < 2 || options.workerScript === undefined) return false;
  if (inputs.fileCount >= FILES_WORTH_WORKERS) return true;
  for (const file of inputs.filePaths()) if (containerKind(file) !== undefined) return true;
  return false;
}

function checkedEvents(results: readonly CheckedFile[]): CheckEvent[] {
  return results.map((result) => ({ kind: 'checked', result }));
}

function refusedEvent(name: string, reason: string): CheckEvent {
  return { kind: 'checked', result: { file: name, problem: reason, diagnostics: [] } };
}

/** A failure of the checking itself (a worker that threw or died): logged, and reported for that input only. */
function failed(name: string): (error: unknown) => CheckEvent[] {
  return (error) => {
    cliService.log.error(`trial-record: checking ${name} failed`, error);
    const firstLine = (error instanceof Error ? error.message : describeError(error)).split('\n')[0];
    return [refusedEvent(name, `could not be checked: ${firstLine}`)];
  };
}

/**
 * How many studies the progress line expects: the record files, plus each ZIP archive's entries once it
 * is open; unknown while an archive is still unopened, and for JSON Lines files (counted as they are read).
 */
class StudyTotal {
  private known: number;
  private unopened: number;

  constructor(
    inputs: InputList,
    private readonly progress: ProgressLine,
  ) {
    let zips = 0;
    let lines = 0;
    for (const file of inputs.filePaths()) {
      const kind = containerKind(file);
      if (kind === 'zip') zips++;
      else if (kind === 'json-lines') lines++;
    }
    this.known = inputs.fileCount - zips - lines;
    this.unopened = lines > 0 ? Infinity : zips;
    this.show();
  }

  opened(entries: number): void {
    this.known += entries;
    this.unopened--;
    this.show();
  }

  private show(): void {
    this.progress.setTotal(this.unopened === 0 ? this.known : undefined);
  }
}
