// The heavy-input scenario, run in a child process started with --expose-gc (see heavy-lsp.test.ts):
// the real server over in-memory streams and the largest real record (NCT04267848, 424 KB of YAML).
//  1. Typing in the clean record, then the same typing after a JSON fragment was pasted into its
//     locations (what made 42,000 diagnostics and 1 s keystrokes): keystroke → diagnostics latency
//     and heap, side by side in one run.
//  2. Ten heavy requests (outline, preview) cancelled 5 ms after they were sent, then a hover on a
//     small record; and the same ten not cancelled, then the same hover.
// Prints one JSON line: what the test asserts on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver/node';
import { stringify } from 'yaml';
import { startInMemoryServer, type TestLspClient } from '../../lsp/lspClient';
import { REPO_ROOT } from './corpus';

export interface HeavyReport {
  readonly keystrokes: number;
  /** Keystroke → published diagnostics, ms, in the clean record and after the paste. */
  readonly cleanLatencies: number[];
  readonly pastedLatencies: number[];
  readonly gcExposed: boolean;
  readonly heapClean: number;
  readonly heapPasted: number;
  /** What is shown after the paste. */
  readonly pastedDiagnostics: Array<Pick<Diagnostic, 'code' | 'severity' | 'message'> & { line: number }>;
  readonly pasteLine: number;
  /** How each of the ten heavy requests ended (an error code, or 'answered'): not cancelled, cancelled at once, cancelled after 5 ms. */
  readonly uncancelledOutcomes: Array<number | 'answered'>;
  readonly cancelledAtOnceOutcomes: Array<number | 'answered'>;
  readonly cancelledAfter5msOutcomes: Array<number | 'answered'>;
  /** A hover on the small record, ms: alone, and sent right behind each set of heavy requests. */
  readonly hoverIdle: number;
  readonly hoverBehindUncancelled: number;
  readonly hoverBehindCancelledAtOnce: number;
  readonly hoverBehindCancelledAfter5ms: number;
  readonly hoverText: string;
}

/** The JSON the soak test pasted at line 1319: the end of a list and an object. */
const PASTED_FRAGMENT = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'heavy', 'pasted-json-fragment.txt'), 'utf8');
const PASTE_LINE = 1318; // zero-based: the soak test's line 1319

declare const gc: (() => void) | undefined;

async function heapUsed(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    if (typeof gc === 'function') gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

export function largeRecord(): string {
  const study = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'ctgov', 'json', 'NCT04267848.json'), 'utf8')) as {
    protocolSection: unknown;
  };
  return stringify(study.protocolSection, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Types `count` letters at the end of the brief title, one change per keystroke; the latency of each. */
async function typeIntoTitle(client: TestLspClient, uri: string, text: string, count: number): Promise<number[]> {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.startsWith('  briefTitle: '));
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const character = lines[line].length + i;
    const start = performance.now();
    const version = await client.change(uri, { range: { start: { line, character }, end: { line, character } }, text: 'x' });
    await client.diagnostics(uri, () => true, version);
    latencies.push(performance.now() - start);
  }
  return latencies;
}

/**
 * Ten heavy requests on `uri` (outline and preview, alternately), each cancelled `cancelAfterMs`
 * after it was sent (or not at all), and right behind them a hover on `hoverUri`: how each heavy
 * request ended, and how long the hover took.
 */
async function heavyRequestsThenHover(
  client: TestLspClient,
  uri: string,
  cancelAfterMs: number | undefined,
  hoverUri: string,
  hoverLine: number,
): Promise<{ outcomes: Array<number | 'answered'>; hover: { ms: number; text: string } }> {
  const outcomes: Array<Promise<number | 'answered'>> = [];
  for (let i = 0; i < 10; i++) {
    const [method, params] =
      i % 2 === 0 ? ['textDocument/documentSymbol', { textDocument: { uri } }] : ['trialRecord/renderPreview', { uri }];
    const source = new CancellationTokenSource();
    // vscode-jsonrpc sends $/cancelRequest when the token is cancelled.
    const pending = client.connection.sendRequest(method, params, source.token);
    if (cancelAfterMs === 0) source.cancel();
    else if (cancelAfterMs !== undefined) setTimeout(() => source.cancel(), cancelAfterMs);
    outcomes.push(
      pending.then(
        () => 'answered' as const,
        (error: { code?: number }) => error.code ?? -1,
      ),
    );
  }
  const hover = await timedHover(client, hoverUri, hoverLine);
  return { outcomes: await Promise.all(outcomes), hover };
}

async function timedHover(client: TestLspClient, uri: string, line: number): Promise<{ ms: number; text: string }> {
  const start = performance.now();
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line, character: 4 },
  });
  return { ms: performance.now() - start, text: hover?.contents.value ?? '' };
}

async function run(): Promise<HeavyReport> {
  const client = startInMemoryServer();
  await client.initialize();
  const small = readFileSync(path.join(REPO_ROOT, 'samples', 'NCT06731192.trial.yaml'), 'utf8');
  const smallUri = 'file:///heavy/small.trial.yaml';
  await client.open(smallUri, small);
  await client.diagnostics(smallUri);
  const statusLine = small.split('\n').findIndex((line) => line.startsWith('  overallStatus:'));

  const clean = largeRecord();
  const keystrokes = 30;

  // 1a. The clean record.
  const cleanUri = 'file:///heavy/clean.trial.yaml';
  await client.open(cleanUri, clean);
  await client.diagnostics(cleanUri);
  const cleanLatencies = await typeIntoTitle(client, cleanUri, clean, keystrokes);
  const heapClean = await heapUsed();
  await client.close(cleanUri);

  // 1b. The same record with the fragment pasted in (one ranged change, as VS Code sends a paste).
  const pastedUri = 'file:///heavy/pasted.trial.yaml';
  await client.open(pastedUri, clean);
  await client.diagnostics(pastedUri);
  const pasteVersion = await client.change(pastedUri, {
    range: { start: { line: PASTE_LINE, character: 0 }, end: { line: PASTE_LINE, character: 0 } },
    text: PASTED_FRAGMENT,
  });
  const shown = await client.diagnostics(pastedUri, () => true, pasteVersion);
  // The title is above the paste: its line number did not change.
  const pastedLatencies = await typeIntoTitle(client, pastedUri, clean, keystrokes);
  const heapPasted = await heapUsed();

  // 2. Heavy requests on the pasted record: cancelled, then not.
  const idle = await timedHover(client, smallUri, statusLine);
  const uncancelled = await heavyRequestsThenHover(client, pastedUri, undefined, smallUri, statusLine);
  const cancelledAtOnce = await heavyRequestsThenHover(client, pastedUri, 0, smallUri, statusLine);
  const cancelledAfter5ms = await heavyRequestsThenHover(client, pastedUri, 5, smallUri, statusLine);

  await client.shutdown();
  return {
    keystrokes,
    cleanLatencies,
    pastedLatencies,
    gcExposed: typeof gc === 'function',
    heapClean,
    heapPasted,
    pastedDiagnostics: shown.map((diagnostic) => ({
      code: diagnostic.code,
      severity: diagnostic.severity,
      message: diagnostic.message,
      line: diagnostic.range.start.line,
    })),
    pasteLine: PASTE_LINE,
    uncancelledOutcomes: uncancelled.outcomes,
    cancelledAtOnceOutcomes: cancelledAtOnce.outcomes,
    cancelledAfter5msOutcomes: cancelledAfter5ms.outcomes,
    hoverIdle: idle.ms,
    hoverBehindUncancelled: uncancelled.hover.ms,
    hoverBehindCancelledAtOnce: cancelledAtOnce.hover.ms,
    hoverBehindCancelledAfter5ms: cancelledAfter5ms.hover.ms,
    hoverText: cancelledAtOnce.hover.text,
  };
}

run().then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
