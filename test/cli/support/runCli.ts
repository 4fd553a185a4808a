// Runs the built CLI (dist/cli.js) as a child process with a time limit, so a test of a path that
// used to hang fails instead of hanging the suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CLI = path.resolve('dist/cli.js');
/** Far above what any of these runs needs (well under a second each). */
const TIME_LIMIT_MS = 30_000;

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

export function runCli(args: readonly string[], options: { readonly cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    timeout: TIME_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(`trial-record ${args.join(' ')} did not finish within ${TIME_LIMIT_MS / 1000} s: ${result.error.message}`);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A fresh temporary folder, and a function that removes it. */
export function temporaryFolder(prefix: string): { readonly folder: string; readonly remove: () => void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A small record that passes the schema: `check --no-rules` reports nothing in it. */
export const VALID_RECORD =
  'identificationModule:\n  orgStudyIdInfo:\n    id: X-1\n  briefTitle: A valid draft\nstatusModule:\n  overallStatus: NOT_YET_RECRUITING\ndesignModule:\n  studyType: OBSERVATIONAL\n';
/** The same record with one unknown field: one schema error. */
export const RECORD_WITH_ONE_ERROR = VALID_RECORD.replace('  briefTitle:', '  breifTitle: typo\n  briefTitle:');
