// `trial-record`: the language service behind a terminal.
import { checkCommand } from './cli/checkCommand';
import { exportCommand } from './cli/exportCommand';
import { importCommand } from './cli/importCommand';
import { renderCommand } from './cli/renderCommand';

const USAGE = `Usage: trial-record <command> [options]

Commands:
  check FILES_OR_FOLDERS...   validate records (*.trial.yaml, *.trial.yml, *.trial.json)
      --format text|json      output format (default: text, one "file:line:col severity code message" per line)
      --today YYYY-MM-DD      the date that date rules compare against (default: today)
      --no-rules              schema and syntax only, no registry rules
  render RECORD               the record as a standalone HTML page (embedded CSS, no script) on stdout
      --out page.html         write the page to this file instead
  export RECORD               the record as ClinicalTrials.gov API v2 study JSON ({"protocolSection": ...}) on stdout
  import PAGES_OR_FOLDERS...   registry pages (.txt, .html), API JSON or legacy XML -> one *.trial.yaml per page;
                              never overwrites (NCT…-2.trial.yaml when taken); a summary line per file on stderr
      --out-dir DIR           where to write the records (default: the current folder)
      --format json           print the record(s) as protocol-section JSON on stdout instead of writing files

Exit status: 0 no errors, 1 errors found, 2 usage error.
`;

class UsageError extends Error {}

interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: readonly string[], valued: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (valued.has(name)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
      } else {
        flags.set(name, true);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'check') {
    const { positional, flags } = parseArgs(rest, new Set(['format', 'today']));
    for (const name of flags.keys()) {
      if (!['format', 'today', 'no-rules'].includes(name)) throw new UsageError(`unknown option --${name}`);
    }
    const format = flags.get('format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
    const today = flags.get('today');
    if (today !== undefined && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today))) throw new UsageError('--today must be a date like 2026-01-31');
    if (positional.length === 0) throw new UsageError('check needs at least one file or folder');
    const output = await checkCommand(positional, { format, today: typeof today === 'string' ? today : undefined, rules: !flags.has('no-rules') });
    process.stdout.write(output.stdout);
    process.stderr.write(output.stderr);
    return output.exitCode;
  }
  if (command === 'render' || command === 'export') {
    const { positional, flags } = parseArgs(rest, new Set(['out']));
    for (const name of flags.keys()) {
      if (command === 'export' || name !== 'out') throw new UsageError(`unknown option --${name}`);
    }
    if (positional.length !== 1) throw new UsageError(`${command} needs exactly one record file`);
    const out = flags.get('out');
    const output = command === 'render' ? await renderCommand(positional[0], { out: typeof out === 'string' ? out : undefined }) : await exportCommand(positional[0]);
    process.stdout.write(output.stdout);
    process.stderr.write(output.stderr);
    return output.exitCode;
  }
  if (command === 'import') {
    const { positional, flags } = parseArgs(rest, new Set(['out-dir', 'out', 'format']));
    for (const name of flags.keys()) {
      if (!['out-dir', 'out', 'format'].includes(name)) throw new UsageError(`unknown option --${name}`);
    }
    const format = flags.get('format') ?? 'yaml';
    if (format !== 'yaml' && format !== 'json') throw new UsageError('--format must be yaml or json');
    const outDir = flags.get('out-dir') ?? flags.get('out');
    if (positional.length === 0) throw new UsageError('import needs at least one page file or folder');
    const output = await importCommand(positional, { format, outDir: typeof outDir === 'string' ? outDir : undefined });
    process.stdout.write(output.stdout);
    process.stderr.write(output.stderr);
    return output.exitCode;
  }
  throw new UsageError(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`trial-record: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`trial-record: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 3;
    }
  },
);
