// The arithmetic behind the targets table: the peer's fixed wait taken out, per-item cost from two
// runs of different size (start-up cancels), speed-up, flat memory, and whether a limit holds.
// Pure functions, so the tests can check them (test/unit/service/benchHarness.test.ts).

/**
 * yaml-language-server 1.25.0 validates a document 200 ms after it opens or changes: a plain
 * `setTimeout(…, this.yamlSettings.validationDelayMs)` in
 * node_modules/yaml-language-server/out/server/src/languageserver/handlers/validationHandlers.js:24,
 * with `this.validationDelayMs = 200` set in out/server/src/yamlSettings.js:46 and assigned
 * nowhere else (no setting reaches it). Every open and edit figure of the peer carries it.
 */
export const PEER_VALIDATION_DELAY_MS = 200;

export const PEER_DELAY_SOURCE =
  'node_modules/yaml-language-server/out/server/src/yamlSettings.js:46 (`this.validationDelayMs = 200`, assigned nowhere else), ' +
  'used as `setTimeout(…, validationDelayMs)` before every validation in out/server/src/languageserver/handlers/validationHandlers.js:24';

/** A peer open or edit latency with the fixed wait taken out. */
export function withoutPeerWait(measuredMs: number): number {
  return measuredMs - PEER_VALIDATION_DELAY_MS;
}

export interface RunOfSize {
  /** Items processed in the run (studies). */
  readonly items: number;
  /** Wall time of the whole run, start-up included. */
  readonly ms: number;
}

/**
 * Milliseconds per item from runs of different sizes: the least-squares slope of time over items,
 * so a fixed start-up cost (process, module loading, schema compilation) drops out.
 */
export function perItemMs(runs: readonly RunOfSize[]): number {
  if (runs.length < 2) return Number.NaN;
  const meanItems = runs.reduce((sum, run) => sum + run.items, 0) / runs.length;
  const meanMs = runs.reduce((sum, run) => sum + run.ms, 0) / runs.length;
  let covariance = 0;
  let variance = 0;
  for (const run of runs) {
    covariance += (run.items - meanItems) * (run.ms - meanMs);
    variance += (run.items - meanItems) ** 2;
  }
  return variance > 0 ? covariance / variance : Number.NaN;
}

/**
 * Speed-up of `parallel` side-by-side processes (or workers) over one: each of the `parallel`
 * did `work` in `parallelMs` (the slowest), one alone did `work` in `singleMs`.
 */
export function speedUp(singleMs: number, parallelMs: number, parallel: number): number {
  return (parallel * singleMs) / parallelMs;
}

/** Peak memory counts as flat when the larger run's peak is at most this many times the smaller's. */
export const FLAT_MEMORY_FACTOR = 1.25;

export interface TargetRow {
  readonly target: string;
  /** The limit as the table shows it, e.g. "≤ 0.3". */
  readonly limit: string;
  /** The measured value as shown, or why there is none. */
  readonly measured: string;
  /** Undefined when the value could not be measured in this run. */
  readonly holds: boolean | undefined;
  /** How the figure is measured, one line. */
  readonly how: string;
}

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(3);
}

/** A row whose value must be at most `limit`; a missing value is "not available", never a pass. */
export function atMost(target: string, value: number, limit: number, how: string, missing = 'not available'): TargetRow {
  const measured = Number.isFinite(value);
  return {
    target,
    limit: `≤ ${limit}`,
    measured: measured ? formatValue(value) : missing,
    holds: measured ? value <= limit : undefined,
    how,
  };
}

/** A row whose value must be at least `limit`. */
export function atLeast(target: string, value: number, limit: number, how: string, missing = 'not available'): TargetRow {
  const measured = Number.isFinite(value);
  return {
    target,
    limit: `≥ ${limit}`,
    measured: measured ? formatValue(value) : missing,
    holds: measured ? value >= limit : undefined,
    how,
  };
}

/** Either of two ways to meet a target (the edit: a share of the peer, or a multiple of the floor). */
export function eitherOf(target: string, first: TargetRow, second: TargetRow, how: string): TargetRow {
  const holds = first.holds === true || second.holds === true ? true : first.holds === false || second.holds === false ? false : undefined;
  return {
    target,
    limit: `${first.limit} of peer or ${second.limit} × floor`,
    measured: `${first.measured} / ${second.measured}`,
    holds,
    how,
  };
}

export function renderTargets(rows: readonly TargetRow[]): string {
  const lines = ['| target | limit | measured | holds |', '|---|---:|---:|:---:|'];
  for (const row of rows) {
    lines.push(
      `| ${row.target} | ${row.limit} | ${row.measured} | ${row.holds === undefined ? 'not measured' : row.holds ? 'yes' : 'no'} |`,
    );
  }
  lines.push('', 'How each row is measured:', '');
  for (const row of rows) lines.push(`- **${row.target}**: ${row.how}`);
  return lines.join('\n');
}
