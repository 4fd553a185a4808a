// `trial-record`: the language service behind a terminal.
import { checkCommand } from './cli/checkCommand';
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

async function run(command: Command): Promise<Output> {
  switch (command.name) {
    case 'help':
      return { stdout: USAGE, stderr: '', exitCode: command.exitCode };
    case 'check':
      return checkCommand(command.paths, {
        format: command.format,
        today: command.today,
        rules: command.rules,
        review: command.review,
        stage: command.stage,
        maxSize: command.maxSize,
      });
    case 'render':
      return renderCommand(command.file, { out: command.out, maxSize: command.maxSize });
    case 'export':
      return exportCommand(command.file, { maxSize: command.maxSize });
    case 'import':
      return importCommand(command.paths, { format: command.format, outDir: command.outDir, maxSize: command.maxSize });
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const output = await run(parseCommandLine(argv));
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  return output.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The messages can quote the command line (an unknown command, a bad value): escaped like all text output.
    if (error instanceof UsageError) {
      process.stderr.write(`trial-record: ${terminalSafe(error.message)}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`trial-record: internal error: ${terminalSafe(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 3;
    }
  },
);
