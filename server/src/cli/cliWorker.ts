// What a worker thread of `check` or `import` runs: the CLI's own bundle started again (dist/cli.js is its
// own worker script, so the installed package stays one self-contained file), told by `workerData` which
// command's tasks to serve and with which settings (computed once, in the main thread).
import { checkInput, type CheckInput, type CheckSettings } from './checkInput';
import { importPageFile } from './importPages';
import { serveTasks } from './poolWorker';

export type CliWorkerData =
  | { readonly trialRecordWorker: 'check'; readonly settings: CheckSettings }
  | { readonly trialRecordWorker: 'import'; readonly maxSize: number };

export function isCliWorkerData(data: unknown): data is CliWorkerData {
  return typeof data === 'object' && data !== null && 'trialRecordWorker' in data;
}

/** Serves the tasks of the command named in `data` until the main thread stops this worker. */
export function serveCliWorker(data: CliWorkerData): void {
  switch (data.trialRecordWorker) {
    case 'check':
      serveTasks((input: CheckInput) => checkInput(input, data.settings));
      return;
    case 'import':
      serveTasks((file: string) => importPageFile(file, data.maxSize));
      return;
  }
}
