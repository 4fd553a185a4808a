// Batch throughput of the built CLI (`node dist/cli.js check`), run as a child process the way a
// curator or a CI job runs it, next to its floor (bench/floorCheck.ts):
// - per-study cost, one worker: the slope of wall time between runs on N and 2N generated studies
//   (start-up, module loading and worker spin-up cancel), JSON and YAML;
// - scaling: the same slope with --jobs 1, 2 and all cores, as a speed-up over one worker, next to
//   the speed-up k floor processes reach side by side (started together after their warm-up);
// - memory: the CLI's peak resident set size over a large corpus, at two sizes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { corpusFiles, ensureCorpus, type Corpus, type CorpusFormat } from './corpus';
import { perItemMs, speedUp } from './targets';
import { usableCores } from '../server/src/cli/usableCores';

export interface BatchPlan {
  /** N of the N/2N slope runs. */
  readonly slopeStudies: number;
  readonly repetitions: number;
  /** Timed passes of each floor process over its N studies. */
  readonly floorPasses: number;
  readonly memorySizes: readonly number[];
}

export interface CliRun {
  readonly ms: number;
  readonly checked: number;
  readonly peakRssBytes: number;
  readonly exitCode: number;
}

export interface ScalingRow {
  readonly jobs: number;
  readonly checkMsPerStudy: number;
  readonly checkSpeedUp: number;
  readonly floorSpeedUp: number;
}

export interface BatchResults {
  readonly slopeStudies: number;
  /** Whether the CLI takes --jobs (else one worker only, scaling not measured). */
  readonly jobsAvailable: boolean;
  /** Whether the CLI reads a folder of registry `NCT….json` files (else the files are named one by one). */
  readonly studyFolders: boolean;
  readonly checkJsonMsPerStudy: number;
  readonly checkYamlMsPerStudy: number;
  readonly floorMsPerStudy: number;
  readonly scaling: readonly ScalingRow[];
  readonly memory: readonly { readonly studies: number; readonly peakRssBytes: number; readonly ms: number; readonly note?: string }[];
  readonly notes: readonly string[];
}

const TODAY = '2026-01-01';
const TIME = '/usr/bin/time';

/** Runs the built CLI with `args`; wall time from spawn to exit, files checked (from its summary line) and peak RSS. */
export function runCli(root: string, args: readonly string[]): Promise<CliRun> {
  const cli = [path.join(root, 'dist', 'cli.js'), ...args];
  const timed = existsSync(TIME);
  const [command, commandArgs] = timed ? [TIME, ['-v', process.execPath, ...cli]] : [process.execPath, cli];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let polledPeak = 0;
    // Without GNU time, the kernel's high-water mark is read while the process runs.
    const poll = timed ? undefined : setInterval(() => (polledPeak = Math.max(polledPeak, highWaterMark(child.pid))), 50);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (poll) clearInterval(poll);
      const checked = Number(/(\d+) files? checked/.exec(stderr)?.[1] ?? 0);
      const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      if (code !== 0 && code !== 1) reject(new Error(`check exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ ms, checked, peakRssBytes: timed ? maxRssKb * 1024 : polledPeak, exitCode: code });
    });
  });
}

function highWaterMark(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0; // the process has just exited; the last reading stands
  }
}

function checkArgs(inputs: readonly string[], jobs: number | undefined): string[] {
  return ['check', ...(jobs === undefined ? [] : ['--jobs', String(jobs)]), '--format', 'json', '--today', TODAY, ...inputs];
}

/** What the CLI under test offers: --jobs, and folders of registry study files. */
async function cliFeatures(root: string, sample: Corpus): Promise<{ jobs: boolean; studyFolders: boolean }> {
  const help = await new Promise<string>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('close', () => resolve(text));
  });
  const folderRun = await runCli(root, checkArgs([sample.folder], undefined));
  return { jobs: help.includes('--jobs'), studyFolders: folderRun.checked === sample.count };
}

/** ms per study: best of `repetitions` runs on N and on 2N studies (alternating), then the slope. */
async function checkSlope(
  root: string,
  small: readonly string[],
  large: readonly string[],
  counts: readonly [number, number],
  jobs: number | undefined,
  repetitions: number,
): Promise<number> {
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repetitions; i++) {
    for (const [inputs, count, keep] of [
      [small, counts[0], (ms: number) => (bestSmall = Math.min(bestSmall, ms))],
      [large, counts[1], (ms: number) => (bestLarge = Math.min(bestLarge, ms))],
    ] as const) {
      const run = await runCli(root, checkArgs(inputs, jobs));
      if (run.checked !== count) throw new Error(`check read ${run.checked} of ${count} studies`);
      keep(run.ms);
    }
  }
  return perItemMs([
    { items: counts[0], ms: bestSmall },
    { items: counts[1], ms: bestLarge },
  ]);
}

/** k floor processes over the same files, started together after warm-up; the slowest one's timed ms. */
async function floorSideBySide(root: string, listFile: string, passes: number, processes: number): Promise<number> {
  const children = Array.from({ length: processes }, () =>
    spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'floorCheck.ts'), '--passes', String(passes), listFile], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const outputs = children.map((child) => createInterface({ input: child.stdout }));
  const nextLine = (index: number) => new Promise<string>((resolve) => outputs[index].once('line', resolve));
  const ready = children.map((_, index) => nextLine(index));
  await Promise.all(ready);
  const results = children.map((_, index) => nextLine(index));
  for (const child of children) child.stdin.write('go\n');
  const times = (await Promise.all(results)).map((line) => (JSON.parse(line) as { ms: number }).ms);
  for (const child of children) child.stdin.end();
  return Math.max(...times);
}

export async function batchThroughput(root: string, plan: BatchPlan, log: (line: string) => void): Promise<BatchResults> {
  const n = plan.slopeStudies;
  const notes: string[] = [];
  const corpus = (count: number, format: CorpusFormat) => ensureCorpus(root, count, format, undefined, log);
  const jsonSmall = corpus(n, 'json');
  const jsonLarge = corpus(2 * n, 'json');
  const yamlSmall = corpus(n, 'yaml');
  const yamlLarge = corpus(2 * n, 'yaml');
  const features = await cliFeatures(root, jsonSmall);
  if (!features.jobs) notes.push('`check --jobs` is not available in this build: one worker only, scaling not measured.');
  if (!features.studyFolders)
    notes.push('`check` does not read a folder of registry `NCT….json` files in this build: the files are named one by one.');
  const inputsOf = (c: Corpus) => (features.studyFolders || c.format === 'yaml' ? [c.folder] : corpusFiles(c));
  const oneWorker = features.jobs ? 1 : undefined;

  log(`check: ${n} and ${2 * n} JSON studies, one worker…`);
  const checkJsonMsPerStudy = await checkSlope(root, inputsOf(jsonSmall), inputsOf(jsonLarge), [n, 2 * n], oneWorker, plan.repetitions);
  log(`check: ${n} and ${2 * n} YAML studies, one worker…`);
  const checkYamlMsPerStudy = await checkSlope(root, inputsOf(yamlSmall), inputsOf(yamlLarge), [n, 2 * n], oneWorker, plan.repetitions);

  const cores = usableCores(); // as check's default --jobs counts them
  const jobCounts = [...new Set([1, 2, cores])].sort((a, b) => a - b);
  const listFolder = mkdtempSync(path.join(os.tmpdir(), 'trial-record-floor-'));
  const scaling: ScalingRow[] = [];
  let floorMsPerStudy = Number.NaN;
  try {
    const listFile = path.join(listFolder, 'files.txt');
    writeFileSync(listFile, corpusFiles(jsonSmall).join('\n'));
    log(`floor: read + JSON.parse + validate, 1 to ${cores} processes side by side…`);
    const floorMs = new Map<number, number>();
    for (let i = 0; i < plan.repetitions; i++) {
      for (const k of jobCounts) {
        const ms = await floorSideBySide(root, listFile, plan.floorPasses, k);
        floorMs.set(k, Math.min(floorMs.get(k) ?? Number.POSITIVE_INFINITY, ms));
      }
    }
    const single = floorMs.get(1)!;
    floorMsPerStudy = single / (n * plan.floorPasses);
    for (const k of jobCounts) {
      if (!features.jobs) {
        scaling.push({ jobs: k, checkMsPerStudy: Number.NaN, checkSpeedUp: Number.NaN, floorSpeedUp: speedUp(single, floorMs.get(k)!, k) });
        continue;
      }
      if (k > 1) log(`check --jobs ${k}: ${n} and ${2 * n} JSON studies…`);
      const perStudy =
        k === 1 ? checkJsonMsPerStudy : await checkSlope(root, inputsOf(jsonSmall), inputsOf(jsonLarge), [n, 2 * n], k, plan.repetitions);
      scaling.push({
        jobs: k,
        checkMsPerStudy: perStudy,
        checkSpeedUp: checkJsonMsPerStudy / perStudy,
        floorSpeedUp: speedUp(single, floorMs.get(k)!, k),
      });
    }
  } finally {
    rmSync(listFolder, { recursive: true, force: true });
  }

  const memory: BatchResults['memory'][number][] = [];
  for (const size of plan.memorySizes) {
    const big = corpus(size, 'json');
    if (!features.studyFolders && size > 10_000) {
      memory.push({ studies: size, peakRssBytes: Number.NaN, ms: Number.NaN, note: 'too many files to name one by one' });
      continue;
    }
    log(`memory: check over ${size} studies (default jobs)…`);
    const run = await runCli(root, checkArgs(features.studyFolders ? [big.folder] : corpusFiles(big), undefined));
    if (run.checked !== size) throw new Error(`check read ${run.checked} of ${size} studies`);
    memory.push({ studies: size, peakRssBytes: run.peakRssBytes, ms: run.ms });
  }

  return {
    slopeStudies: n,
    jobsAvailable: features.jobs,
    studyFolders: features.studyFolders,
    checkJsonMsPerStudy,
    checkYamlMsPerStudy,
    floorMsPerStudy,
    scaling,
    memory,
    notes,
  };
}
