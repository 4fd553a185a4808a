// `npm run bench` (`-- --quick` for a smoke run): ours vs yaml-language-server over stdio,
// import and check throughput, bundle sizes; prints a Markdown report and writes
// bench/results/latest.md (full runs only, so a smoke run never overwrites real numbers).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clientBundleLoadMs, productionBundleSizes, serverReadyMs } from './bundles';
import { realRecords, resultsRecord, smallSample, syntheticRecord, TARGET_RECORD, type BenchDocument } from './documents';
import { EditorBench, residentAfterOpening } from './editorBench';
import { renderReport } from './report';
import { startFloorServer, startOurServer, startPeerServer, type ServerUnderTest } from './servers';
import { batchThroughput, type BatchPlan } from './batch';
import { openColdAndWarm } from './openBench';
import { soakReplay } from './soak';
import { reviewLayerCost } from './reviewCost';
import { previewCost } from './previewCost';
import { importThroughput } from './throughput';

const root = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');

/** `--memory-sizes 10000,100000` overrides the two corpus sizes of the memory run. */
function memorySizes(): number[] {
  const at = process.argv.indexOf('--memory-sizes');
  const sizes = at >= 0 ? (process.argv[at + 1] ?? '').split(',').map(Number) : quick ? [200, 2_000] : [10_000, 100_000];
  if (sizes.length !== 2 || sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error('--memory-sizes takes two counts, e.g. 10000,100000');
  return sizes;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}, load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(root, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');
  const machineText = machine();
  const started = performance.now();
  // Seconds since the start on each progress line, so the phases' share of a run is visible.
  const log = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);

  const records = realRecords(root);
  const target = records.find((document) => document.isTarget);
  if (!target) throw new Error(`${TARGET_RECORD} is missing from the fixtures`);
  log('building synthetic records…');
  const synthetic = quick ? [syntheticRecord(root, 1_000_000)] : [syntheticRecord(root, 1_000_000), syntheticRecord(root, 4_000_000)];
  const withResults = resultsRecord(root);
  const documents: BenchDocument[] = quick
    ? [smallSample(root), target, withResults, ...synthetic]
    : [smallSample(root), ...records, withResults, ...synthetic];

  log(`open ${TARGET_RECORD}: start-up, cold and warm, fresh servers…`);
  const others = records.filter((document) => !document.isTarget).slice(0, 2);
  const opens = await openColdAndWarm(root, target, [smallSample(root), ...others], { rounds: quick ? 2 : 5, warmOpens: quick ? 2 : 3 });

  const servers: ServerUnderTest[] = [await startOurServer(root), await startPeerServer(root), await startFloorServer(root)];
  const bench = new EditorBench(servers, {
    opens: quick ? 1 : 3,
    editsPerKind: (document) => (document.isTarget || document.withResults ? (quick ? 2 : 12) : document.synthetic ? 2 : quick ? 1 : 2),
    requests: (document) => (document.isTarget ? (quick ? 3 : 20) : document.synthetic ? 5 : 0),
  });
  // Warm both servers up (JIT, schema loading) on the small sample before measuring.
  await bench.run(smallSample(root));
  bench.latencies.forEach((byDocument) => byDocument.clear());
  for (const document of documents) {
    log(`${document.name} (${(document.text.length / 1024).toFixed(0)} KB)…`);
    await bench.run(document);
  }
  for (const server of servers) await server.session.shutdown();

  let memory: { ours: number; peer: number; documents: number } | undefined;
  if (!quick) {
    log('memory: 20 large records in fresh servers…');
    const large = [...records].sort((a, b) => b.text.length - a.text.length);
    const twenty = Array.from({ length: 20 }, (_, index) => large[index % large.length]);
    const ours = await startOurServer(root);
    const oursRss = await residentAfterOpening(ours, twenty);
    await ours.session.shutdown();
    const peer = await startPeerServer(root);
    const peerRss = await residentAfterOpening(peer, twenty);
    await peer.session.shutdown();
    memory = { ours: oursRss, peer: peerRss, documents: twenty.length };
  }

  log('soak: a JSON fragment pasted into the target record, keystrokes with hovers on another record…');
  const soak = await soakReplay(root, quick ? 20 : 100);

  log('throughput…');
  const repetitions = quick ? 1 : 5;
  const throughput = importThroughput(root, repetitions);
  const batchPlan: BatchPlan = quick
    ? { slopeStudies: 200, repetitions: 1, floorPasses: 2, memorySizes: memorySizes() }
    : { slopeStudies: 500, repetitions: 2, floorPasses: 3, memorySizes: memorySizes() };
  const batch = await batchThroughput(root, batchPlan, log);
  log('review layer cost…');
  const reviewCost = reviewLayerCost(root, quick ? 20 : 100);
  log('preview render cost…');
  const preview = previewCost(root, quick ? 5 : 30);
  log('bundles…');
  const bundles = await productionBundleSizes(root);
  const clientLoad = await clientBundleLoadMs(root);
  const serverReady = await serverReadyMs(root);

  const report = renderReport({
    machine: machineText,
    mode: quick ? 'quick' : 'full',
    ours: bench.latencies.get('ours')!,
    peer: bench.latencies.get('yaml-language-server')!,
    floor: bench.latencies.get('floor')!,
    opens,
    batch,
    peerName: 'yaml-language-server 1.25.0',
    documents: documents.map((document) => ({ name: document.name, bytes: Buffer.byteLength(document.text), isTarget: document.isTarget })),
    targetName: TARGET_RECORD,
    memory,
    soak,
    throughput,
    reviewCost,
    preview,
    bundles,
    clientLoadMs: clientLoad,
    serverReadyMs: serverReady,
    failures: [...bench.failures],
  });
  process.stdout.write(`${report}\n`);
  log('done');
  if (!quick) {
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    const header = `# Benchmark: Trial Record Studio vs yaml-language-server\n\nGenerated by \`npm run bench\` on ${new Date().toISOString()}. Latencies are measured in the client over stdio (JSON-RPC included), the servers fed the same full-text edits one at a time; ratios are ours/peer with the peer's fixed 200 ms validation wait taken out (ours/floor for the do-nothing server), lower is better. How each figure is measured is stated with its table and under Targets.\n\n`;
    writeFileSync(path.join(root, 'bench', 'results', 'latest.md'), `${header}${report}\n`);
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
