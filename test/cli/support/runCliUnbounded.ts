// Runs the built CLI to its end, however long a loaded machine takes (these runs check hundreds of real
// records); the tests that use it assert what is printed, never how fast.
import { spawnSync } from 'node:child_process';
import { CLI, type CliRun } from './runCli';

export function runCliToEnd(args: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export interface CheckedJson {
  readonly file: string;
  readonly study?: string;
  readonly problem?: string;
  readonly diagnostics: ReadonlyArray<{
    readonly line: number;
    readonly column: number;
    readonly severity: string;
    readonly code: string;
    readonly message: string;
  }>;
}

export interface CheckJson {
  readonly files: readonly CheckedJson[];
  readonly errors: number;
  readonly warnings: number;
  readonly summary?: {
    readonly studies: number;
    readonly codes: ReadonlyArray<{ readonly code: string; readonly count: number; readonly studies: number }>;
  };
}
