// Opening a record, cold and warm, for ours and the peer, alternating fresh servers:
// - start-up: spawn → the `initialize` reply (ours; so work moved to start-up stays visible);
// - cold: the first document a fresh server opens, didOpen → its first publishDiagnostics, sent
//   right after `initialized` as an editor restoring a record does;
// - warm: the same record opened again under a new URI on that server after it has opened other
//   records (the small sample and two real records).
import { performance } from 'node:perf_hooks';
import type { BenchDocument } from './documents';
import { benchUri, startOurServer, startPeerServer, type ServerUnderTest } from './servers';

export interface OpenFigures {
  readonly startupMs: number[];
  readonly coldMs: number[];
  readonly warmMs: number[];
}

export interface OpenPlan {
  /** Fresh servers of each kind. */
  readonly rounds: number;
  /** Warm opens of the target per server. */
  readonly warmOpens: number;
}

let counter = 0;

async function timedOpen(server: ServerUnderTest, document: BenchDocument, close: boolean): Promise<number> {
  const uri = benchUri(`open-${document.name}-${++counter}`);
  const published = server.session.nextDiagnostics(uri);
  const start = performance.now();
  server.session.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version: 1, text: document.text } });
  await published;
  const elapsed = performance.now() - start;
  if (close) server.session.notify('textDocument/didClose', { textDocument: { uri } });
  return elapsed;
}

/** Cold and warm opens of `target` for ours and the peer; `others` are opened in between. */
export async function openColdAndWarm(
  root: string,
  target: BenchDocument,
  others: readonly BenchDocument[],
  plan: OpenPlan,
): Promise<Map<'ours' | 'peer', OpenFigures>> {
  const figures = new Map<'ours' | 'peer', OpenFigures>([
    ['ours', { startupMs: [], coldMs: [], warmMs: [] }],
    ['peer', { startupMs: [], coldMs: [], warmMs: [] }],
  ]);
  const starters = [
    ['ours', startOurServer],
    ['peer', startPeerServer],
  ] as const;
  for (let round = 0; round < plan.rounds; round++) {
    for (const [name, start] of starters) {
      const into = figures.get(name)!;
      const spawned = performance.now();
      const server = await start(root);
      into.startupMs.push(performance.now() - spawned);
      try {
        into.coldMs.push(await timedOpen(server, target, true));
        for (const other of others) await timedOpen(server, other, false);
        for (let i = 0; i < plan.warmOpens; i++) into.warmMs.push(await timedOpen(server, target, true));
      } finally {
        await server.session.shutdown();
      }
    }
  }
  return figures;
}
