// `trial-record`: the language service behind a terminal. The same file is the script of the worker threads
// that `check` and `import` run their inputs on (told apart by `isMainThread`).
import { isMainThread, workerData } from 'node:worker_threads';
import { checkCommand } from './cli/checkCommand';
import { isCliWorkerData, serveCliWorker } from './cli/cliWorker';
import { parseCommandLine, USAGE, UsageError, type Command } from './cli/commandLine';
import { exportCommand } from './cli/exportCommand';
import { importCommand } from './cli/importCommand';
import { renderCommand } from './cli/renderCommand';
import { terminalSafe } from './cli/terminalText';

interface Output {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `check` and `import` write as they go (and answer their exit status); the other commands' output is written at the end. */
async function run(command: Command): Promise<Output | number> {
  switch (command.name) {
    case 'help':
      return { stdout: USAGE, stderr: '', exitCode: command.exitCode };
    case 'check':
      return checkCommand(
        command.paths,
        {
          format: command.format,
          today: command.today,
          rules: command.rules,
          review: command.review,
          stage: command.stage,
          maxSize: command.maxSize,
          jobs: command.jobs,
          summary: command.summary,
          workerScript: __filename,
        },
        { stdout: process.stdout, stderr: process.stderr },
      );
    case 'render':
      return renderCommand(command.file, { out: command.out, maxSize: command.maxSize });
    case 'export':
      return exportCommand(command.file, { maxSize: command.maxSize });
    case 'import':
      return importCommand(
        command.paths,
        { format: command.format, outDir: command.outDir, maxSize: command.maxSize, jobs: command.jobs, workerScript: __filename },
        { stdout: process.stdout, stderr: process.stderr },
      );
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const output = await run(parseCommandLine(argv));
  if (typeof output === 'number') return output;
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  return output.exitCode;
}

function startMain(): void {
  // A failed stdout (its reader gone) is not a crash: the next write of `check` or `import` sees
  // `stdout.errored` and stops the run.
  process.stdout.on('error', () => undefined);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, reportFailure);
}

function reportFailure(error: unknown): void {
  // The reader of the output went away (`trial-record check … | head`): nothing left to tell it.
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') {
    process.exitCode = 1;
    return;
  }
  // The messages can quote the command line (an unknown command, a bad value): escaped like all text output.
  if (error instanceof UsageError) {
    process.stderr.write(`trial-record: ${terminalSafe(error.message)}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`trial-record: internal error: ${terminalSafe(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 3;
  }
}

if (isMainThread) startMain();
else if (isCliWorkerData(workerData)) serveCliWorker(workerData);
