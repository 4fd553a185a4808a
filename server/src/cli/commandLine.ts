// The command line, read with node's own parser (`util.parseArgs`, strict): an unknown option, an
// option without its value or a bad value is a usage error (exit 2) that names the option.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_SIZE, formatSize, LARGEST_MAX_SIZE, parseSize } from './fileSize';
import { usableCores } from './usableCores';
import { DEFAULT_REVIEW_STAGE, isReviewStage, type ReviewStage } from '../service/readiness/reviewStage';

export const USAGE = `Usage: trial-record <command> [options]

Commands:
  check FILES_OR_FOLDERS...   validate records (*.trial.yaml, *.trial.yml, *.trial.json and NCT….json; folders are walked),
                              a ZIP of study files (the registry's bulk download), a JSON Lines file (.jsonl, .ndjson:
                              one study per line) or an API search response ({"studies": [...]})
      --format text|json      output format (default: text, one "file:line:col severity code message" per line)
      --jobs N                worker threads (default: the cores this process may use; 1 checks in this thread)
      --summary               after the results, how often each code fired and in how many studies
      --today YYYY-MM-DD      the date that date rules compare against (default: today)
      --no-rules              schema and syntax only, no registry rules and no review criteria
      --no-review             leave out the review criteria (review/..., what the registry's reviewers would send back)
      --stage draft|submission
                              draft (default): a field required for registration is information;
                              submission: it is an error (exit 1), and review information is a warning
  render RECORD               the record as a standalone HTML page (embedded CSS, no script) on stdout
      --out page.html         write the page to this file instead
  export RECORD               the record as ClinicalTrials.gov API v2 study JSON ({"protocolSection": ...}) on stdout
  import PAGES_OR_FOLDERS...   registry pages (.txt, .html), API JSON or legacy XML -> one *.trial.yaml per page;
                              never overwrites (NCT…-2.trial.yaml when taken); a summary line per file on stderr
      --out-dir DIR           where to write the records (default: the current folder)
      --format json           print the record(s) as JSON on stdout instead of writing files (the protocol section; a study with results as the whole study)
      --jobs N                worker threads (default: the cores this process may use; 1 reads the pages in this thread)

Every command:
      --max-size SIZE         refuse, unread, any file larger than SIZE: bytes or e.g. 512KB, 10MB
                              (KB = 1024 bytes; default ${formatSize(DEFAULT_MAX_SIZE)}, at most ${formatSize(LARGEST_MAX_SIZE)})
  Only regular files are read: named pipes, sockets, devices, broken links and link loops are
  skipped, each named on stderr with the reason; a link back to a folder already read is not followed.
  Control characters in text output are shown escaped (\\x1b, \\n, \\u2028), one diagnostic per line.

Exit status: 0 no errors, 1 errors found (or a file could not be read), 2 usage error. Warnings and
information never change it.
`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type Command =
  | { readonly name: 'help'; readonly exitCode: number }
  | {
      readonly name: 'check';
      readonly paths: string[];
      readonly format: 'text' | 'json';
      readonly today?: string;
      readonly rules: boolean;
      readonly review: boolean;
      readonly stage: ReviewStage;
      readonly maxSize: number;
      readonly jobs: number;
      readonly summary: boolean;
    }
  | { readonly name: 'render'; readonly file: string; readonly out?: string; readonly maxSize: number }
  | { readonly name: 'export'; readonly file: string; readonly maxSize: number }
  | {
      readonly name: 'import';
      readonly paths: string[];
      readonly format: 'yaml' | 'json';
      readonly outDir?: string;
      readonly maxSize: number;
      readonly jobs: number;
    };

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

const COMMON = { 'max-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const satisfies OptionsConfig;
const CHECK = {
  ...COMMON,
  format: { type: 'string' },
  today: { type: 'string' },
  'no-rules': { type: 'boolean' },
  'no-review': { type: 'boolean' },
  stage: { type: 'string' },
  jobs: { type: 'string' },
  summary: { type: 'boolean' },
} as const satisfies OptionsConfig;
const RENDER = { ...COMMON, out: { type: 'string' } } as const satisfies OptionsConfig;
// `--out` is the older spelling of `--out-dir`, still accepted.
const IMPORT = {
  ...COMMON,
  'out-dir': { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  jobs: { type: 'string' },
} as const satisfies OptionsConfig;

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...args] = argv;
  if (command === undefined) return { name: 'help', exitCode: 2 };
  if (command === '--help' || command === '-h' || command === 'help') return { name: 'help', exitCode: 0 };
  if (command === 'check') return checkCommandLine(args);
  if (command === 'render' || command === 'export') return recordCommandLine(command, args);
  if (command === 'import') return importCommandLine(args);
  throw new UsageError(`unknown command "${command}"`);
}

function checkCommandLine(args: string[]): Command {
  const { values, positionals } = parseStrict(args, CHECK);
  if (values.help) return { name: 'help', exitCode: 0 };
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const today = values.today;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be a date like 2026-01-31');
  const stage = values.stage ?? DEFAULT_REVIEW_STAGE;
  if (!isReviewStage(stage)) throw new UsageError('--stage must be draft or submission');
  if (positionals.length === 0) throw new UsageError('check needs at least one file or folder');
  return {
    name: 'check',
    paths: positionals,
    format,
    today,
    rules: !values['no-rules'],
    review: !values['no-review'],
    stage,
    maxSize: maxSizeOf(values['max-size']),
    jobs: jobsOf(values.jobs),
    summary: values.summary === true,
  };
}

function recordCommandLine(command: 'render' | 'export', args: string[]): Command {
  const { values, positionals } = parseStrict(args, RENDER);
  if (values.help) return { name: 'help', exitCode: 0 };
  if (command === 'export' && values.out !== undefined) throw new UsageError('unknown option --out (export writes to stdout)');
  if (positionals.length !== 1) throw new UsageError(`${command} needs exactly one record file`);
  const maxSize = maxSizeOf(values['max-size']);
  return command === 'render'
    ? { name: 'render', file: positionals[0], out: values.out, maxSize }
    : { name: 'export', file: positionals[0], maxSize };
}

function importCommandLine(args: string[]): Command {
  const { values, positionals } = parseStrict(args, IMPORT);
  if (values.help) return { name: 'help', exitCode: 0 };
  const format = values.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new UsageError('--format must be yaml or json');
  if (positionals.length === 0) throw new UsageError('import needs at least one page file or folder');
  return {
    name: 'import',
    paths: positionals,
    format,
    outDir: values['out-dir'] ?? values.out,
    maxSize: maxSizeOf(values['max-size']),
    jobs: jobsOf(values.jobs),
  };
}

function parseStrict<O extends OptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageErrorOf(error);
  }
}

/** parseArgs' own messages, reworded to name the option the way this usage text does. */
function usageErrorOf(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
    return new UsageError(`unknown option ${option} (a file name starting with "-" goes after --)`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return new UsageError(/does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`);
  }
  if (code?.startsWith('ERR_PARSE_ARGS_')) return new UsageError(message);
  return error instanceof Error ? error : new Error(message);
}

function maxSizeOf(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_SIZE;
  const size = parseSize(text);
  if (size === undefined || size < 1) throw new UsageError(`--max-size must be a size like 10MB, 512KB or 4096 (bytes), not "${text}"`);
  if (size > LARGEST_MAX_SIZE) throw new UsageError(`--max-size can be at most ${formatSize(LARGEST_MAX_SIZE)}`);
  return size;
}

/** More threads than this only queue for the same cores. */
const MOST_JOBS = 256;

function jobsOf(text: string | undefined): number {
  if (text === undefined) return usableCores();
  const jobs = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(jobs >= 1 && jobs <= MOST_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MOST_JOBS}, not "${text}"`);
  return jobs;
}
