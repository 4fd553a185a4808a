// Renders the benchmark's results as the Markdown that goes to the console and bench/results/latest.md.
import { RESULTS_RECORD } from './documents';
import type { Latencies, Measure } from './editorBench';
import { summarize, type Summary } from './stats';
import type { BundleSize } from './bundles';
import type { ReviewCost } from './reviewCost';
import type { PreviewCost } from './previewCost';
import type { SoakResult } from './soak';
import type { Throughput } from './throughput';
import type { BatchResults } from './batch';
import type { OpenFigures } from './openBench';
import {
  atLeast,
  atMost,
  eitherOf,
  FLAT_MEMORY_FACTOR,
  PEER_DELAY_SOURCE,
  PEER_VALIDATION_DELAY_MS,
  renderTargets,
  withoutPeerWait,
  type TargetRow,
} from './targets';

export interface BenchResults {
  readonly machine: string;
  readonly mode: 'full' | 'quick';
  readonly ours: Latencies;
  readonly peer: Latencies;
  /** The do-nothing server's edit latencies (bench/floorServer.ts). */
  readonly floor: Latencies;
  readonly peerName: string;
  readonly opens: ReadonlyMap<'ours' | 'peer', OpenFigures>;
  readonly batch: BatchResults;
  readonly documents: readonly { name: string; bytes: number; isTarget?: boolean }[];
  readonly targetName: string;
  readonly memory?: { readonly ours: number; readonly peer: number; readonly documents: number };
  readonly soak: SoakResult;
  readonly throughput: readonly Throughput[];
  readonly reviewCost: ReviewCost;
  readonly preview: PreviewCost;
  readonly bundles: readonly BundleSize[];
  readonly clientLoadMs: number;
  readonly serverReadyMs: number;
  /** Requests a server failed to answer. */
  readonly failures: readonly string[];
}

const ms = (value: number): string => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '–');
const ratio = (ours: number, peer: number): string =>
  Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? (ours / peer).toFixed(3) : '–';
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function summaryOf(latencies: Latencies, document: string, measure: Measure): Summary {
  return summarize(latencies.get(document)?.get(measure) ?? []);
}

/** ClinicalTrials.gov's study count, roughly (issue 18), for the whole-registry arithmetic. */
const REGISTRY_STUDIES = 560_000;

/** The peer's open and edit latencies carry its fixed validation wait; completion and hover do not. */
const carriesPeerWait = (measure: Measure): boolean => measure === 'open' || measure.startsWith('edit');

const TARGET_MEASURES: readonly Measure[] = [
  'open',
  'edit',
  'edit: top field',
  'edit: locations list',
  'edit: error in/out',
  'edit: results value',
  'edit, incremental sync',
  'completion at value',
  'completion at key',
  'hover',
];

export function renderReport(results: BenchResults): string {
  const out: string[] = [];
  const { ours, peer, floor, targetName } = results;
  /** The peer's p50 as the ratios use it: its wait taken out where it has one. */
  const peerBasis = (document: string, measure: Measure): number => {
    const median = summaryOf(peer, document, measure).median;
    return carriesPeerWait(measure) ? withoutPeerWait(median) : median;
  };
  out.push(`Mode: ${results.mode}. Machine: ${results.machine}.`, '');
  out.push(
    `How the editor figures are measured: in the client, over stdio (JSON-RPC framing and parsing included), one request or change at a time, from sending it to the reply or to the publishDiagnostics for that version. The peer validates ${PEER_VALIDATION_DELAY_MS} ms after every open and change, a fixed wait (${PEER_DELAY_SOURCE}); its open and edit figures are shown as measured and with that wait taken out ("peer − wait"), and every ratio to the peer uses the figure with the wait taken out. "floor" is a do-nothing server on the same transport (bench/floorServer.ts: vscode-languageserver, a TextDocuments store, an empty publishDiagnostics per change) fed the same full-text edits.`,
    '',
  );
  out.push(
    `### ${targetName} (${kb(results.documents.find((d) => d.name === targetName)?.bytes ?? 0)} YAML): ours vs ${results.peerName}`,
    '',
  );
  out.push(
    '| measure | n | ours p50 (ms) | ours p95 | peer p50 (ms) | peer p95 | peer − wait p50 | ours/peer (wait out) | floor p50 | ours/floor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const measure of TARGET_MEASURES) {
    const a = summaryOf(ours, targetName, measure);
    const b = summaryOf(peer, targetName, measure);
    const f = summaryOf(floor, targetName, measure);
    if (a.count === 0 && b.count === 0) continue;
    const basis = peerBasis(targetName, measure);
    out.push(
      `| ${measure} | ${a.count} | ${ms(a.median)} | ${ms(a.p95)} | ${ms(b.median)} | ${ms(b.p95)} | ${carriesPeerWait(measure) ? ms(basis) : '(no wait)'} | ${ratio(a.median, basis)} | ${ms(f.median)} | ${ratio(a.median, f.median)} |`,
    );
  }
  out.push('', `### Open ${targetName}: start-up, cold and warm (p50 of fresh servers, ms)`, '');
  const oursOpen = results.opens.get('ours')!;
  const peerOpen = results.opens.get('peer')!;
  const p50 = (samples: readonly number[]) => summarize(samples).median;
  out.push(
    'Start-up: spawn → `initialize` answered. Cold: the first document a fresh server opens, didOpen → first publishDiagnostics, sent right after `initialized`. Warm: the same record again under a new URI on that server, after it has opened the small sample and two real records.',
    '',
    '| server | servers | start-up | cold open | warm open (n) | cold − wait | warm − wait |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| ours | ${oursOpen.coldMs.length} | ${ms(p50(oursOpen.startupMs))} | ${ms(p50(oursOpen.coldMs))} | ${ms(p50(oursOpen.warmMs))} (${oursOpen.warmMs.length}) | | |`,
    `| ${results.peerName} | ${peerOpen.coldMs.length} | ${ms(p50(peerOpen.startupMs))} | ${ms(p50(peerOpen.coldMs))} | ${ms(p50(peerOpen.warmMs))} (${peerOpen.warmMs.length}) | ${ms(withoutPeerWait(p50(peerOpen.coldMs)))} | ${ms(withoutPeerWait(p50(peerOpen.warmMs)))} |`,
  );
  out.push('', '### Growth with size (p50, ms; ratios to the peer with its wait taken out)', '');
  out.push(
    '| document | size | open ours | open peer | open peer − wait | ratio | edit ours | edit peer | edit peer − wait | ratio | edit floor | ours/floor | edits | edit ours, incremental sync |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const document of [...results.documents].sort((a, b) => a.bytes - b.bytes)) {
    const oOpen = summaryOf(ours, document.name, 'open').median;
    const pOpen = summaryOf(peer, document.name, 'open').median;
    const oEdit = summaryOf(ours, document.name, 'edit');
    const pEdit = summaryOf(peer, document.name, 'edit').median;
    const fEdit = summaryOf(floor, document.name, 'edit').median;
    const oIncremental = summaryOf(ours, document.name, 'edit, incremental sync');
    out.push(
      `| ${document.name} | ${kb(document.bytes)} | ${ms(oOpen)} | ${ms(pOpen)} | ${ms(withoutPeerWait(pOpen))} | ${ratio(oOpen, withoutPeerWait(pOpen))} | ${ms(oEdit.median)} | ${ms(pEdit)} | ${ms(withoutPeerWait(pEdit))} | ${ratio(oEdit.median, withoutPeerWait(pEdit))} | ${ms(fEdit)} | ${ratio(oEdit.median, fEdit)} | ${oEdit.count} | ${ms(oIncremental.median)} |`,
    );
  }
  if (results.failures.length > 0) {
    out.push('', 'Requests that failed (not timed):', '', ...results.failures.map((failure) => `- ${failure}`));
  }
  if (results.memory) {
    out.push('', `### Memory after opening ${results.memory.documents} large records`, '');
    out.push(
      '| server | RSS |',
      '|---|---:|',
      `| ours | ${mb(results.memory.ours)} |`,
      `| ${results.peerName} | ${mb(results.memory.peer)} |`,
    );
  }
  const { soak } = results;
  out.push(
    '',
    `### Soak: a JSON fragment pasted into ${targetName}, then ${soak.keystrokes} keystrokes, each followed by a hover on another record (ours only)`,
    '',
  );
  out.push(`Diagnostics shown after the paste: ${soak.diagnosticsAfterPaste}.`, '');
  out.push('| record being typed in | hover p50 (ms) | hover p95 |', '|---|---:|---:|');
  out.push(
    `| clean | ${ms(soak.hoverClean.median)} | ${ms(soak.hoverClean.p95)} |`,
    `| with the pasted fragment | ${ms(soak.hoverPasted.median)} | ${ms(soak.hoverPasted.p95)} |`,
  );
  out.push(...renderBatch(results.batch));
  out.push('', '### Import throughput, in process (best of the repetitions)', '');
  out.push('| run | files | size | time (ms) | files/s | MB/s | × floor |', '|---|---:|---:|---:|---:|---:|---:|');
  const importFloor = results.throughput.find((row) => row.label.startsWith('floor'));
  for (const row of results.throughput) {
    const floorRow = row.label.startsWith('floor') ? undefined : importFloor;
    out.push(
      `| ${row.label} | ${row.files} | ${mb(row.bytes)} | ${ms(row.ms)} | ${(row.files / (row.ms / 1000)).toFixed(0)} | ${(row.bytes / 1024 / 1024 / (row.ms / 1000)).toFixed(1)} | ${floorRow ? (row.ms / floorRow.ms).toFixed(1) : ''} |`,
    );
  }
  out.push(...renderPreview(results.preview));
  out.push('', '### Extension footprint', '');
  out.push('| item | value |', '|---|---:|');
  for (const bundle of results.bundles) out.push(`| ${bundle.name} (production, minified) | ${kb(bundle.bytes)} |`);
  out.push(
    `| client bundle load (activation cost outside VS Code) | ${ms(results.clientLoadMs)} ms |`,
    `| server spawn → initialize answered | ${ms(results.serverReadyMs)} ms |`,
  );
  out.push('', '### Targets', '', renderTargets(targetRows(results, peerBasis)));
  return out.join('\n');
}

function renderPreview(preview: PreviewCost): string[] {
  const out = [
    '',
    `### Preview render, in process (p50 of ${preview.runs} runs; the analysis is the editor's, done beforehand)`,
    '',
    '| record | YAML | HTML | render p50 (ms) |',
    '|---|---:|---:|---:|',
  ];
  for (const render of preview.renders)
    out.push(`| ${render.name} | ${render.yamlKb.toFixed(0)} KB | ${render.htmlKb.toFixed(0)} KB | ${ms(render.renderMs)} |`);
  return out;
}

function renderBatch(batch: BatchResults): string[] {
  const out = ['', '### `trial-record check` throughput: the built CLI as a child process, generated corpus (bench/corpus.ts)', ''];
  const perSecond = (msPerStudy: number) => (Number.isFinite(msPerStudy) && msPerStudy > 0 ? (1000 / msPerStudy).toFixed(0) : '–');
  out.push(
    `Per-study cost: the slope of wall time between runs over ${batch.slopeStudies} and ${2 * batch.slopeStudies} studies (best of the repetitions each), so start-up cancels. Floor: read + JSON.parse + the compiled ajv validator of the record schema, timed in process after a warm-up pass over the same ${batch.slopeStudies} JSON studies.`,
    '',
    '| run | ms per study | studies/s | × floor |',
    '|---|---:|---:|---:|',
    `| check, JSON (\`NCT….json\`), one worker | ${ms(batch.checkJsonMsPerStudy)} | ${perSecond(batch.checkJsonMsPerStudy)} | ${ratio(batch.checkJsonMsPerStudy, batch.floorMsPerStudy)} |`,
    `| check, YAML (\`*.trial.yaml\`, same studies), one worker | ${ms(batch.checkYamlMsPerStudy)} | ${perSecond(batch.checkYamlMsPerStudy)} | ${ratio(batch.checkYamlMsPerStudy, batch.floorMsPerStudy)} |`,
    `| floor: read + JSON.parse + validate | ${ms(batch.floorMsPerStudy)} | ${perSecond(batch.floorMsPerStudy)} | 1 |`,
    '',
    "Scaling: `check --jobs k` (JSON) as a speed-up over one worker, next to the speed-up of k floor processes started side by side after their warm-up (k × one process's time ÷ the slowest of the k).",
    '',
    '| k | check ms per study | check speed-up | floor speed-up | check ÷ floor speed-up |',
    '|---:|---:|---:|---:|---:|',
  );
  for (const row of batch.scaling) {
    out.push(
      `| ${row.jobs} | ${ms(row.checkMsPerStudy)} | ${ratio(row.checkSpeedUp, 1)} | ${ratio(row.floorSpeedUp, 1)} | ${ratio(row.checkSpeedUp, row.floorSpeedUp)} |`,
    );
  }
  out.push('', 'Memory: peak resident set size of the `check` process (GNU time, else /proc VmHWM), default jobs.', '');
  out.push('| studies | peak RSS | time (s) |', '|---:|---:|---:|');
  for (const row of batch.memory) {
    out.push(
      `| ${row.studies} | ${Number.isFinite(row.peakRssBytes) ? mb(row.peakRssBytes) : (row.note ?? '–')} | ${(row.ms / 1000).toFixed(1)} |`,
    );
  }
  const [small, large] = [...batch.memory].sort((a, b) => a.studies - b.studies);
  const rate = small && large ? (large.studies - small.studies) / ((large.ms - small.ms) / 1000) : Number.NaN;
  if (Number.isFinite(rate) && rate > 0) {
    out.push(
      '',
      `Rate at the default jobs, from the two memory runs (slope of wall time): ${rate.toFixed(0)} studies/s; at that rate the public registry (about ${REGISTRY_STUDIES.toLocaleString('en-US')} studies) takes ${(REGISTRY_STUDIES / rate / 60).toFixed(0)} min on this machine.`,
    );
  }
  if (batch.notes.length > 0) out.push('', ...batch.notes.map((note) => `- ${note}`));
  return out;
}

function targetRows(results: BenchResults, peerBasis: (document: string, measure: Measure) => number): TargetRow[] {
  const { ours, floor, targetName, batch } = results;
  const p50 = (samples: readonly number[]) => summarize(samples).median;
  const oursOpen = results.opens.get('ours')!;
  const peerOpen = results.opens.get('peer')!;
  const oursEdit = summaryOf(ours, targetName, 'edit').median;
  const rows: TargetRow[] = [
    atMost(
      `open ${targetName} cold, ours ÷ peer − wait`,
      p50(oursOpen.coldMs) / withoutPeerWait(p50(peerOpen.coldMs)),
      0.3,
      `p50 over ${oursOpen.coldMs.length} fresh servers each: didOpen → first publishDiagnostics of the first document; ours start-up (spawn → initialize) ${ms(p50(oursOpen.startupMs))} ms is not in it and shown apart`,
    ),
    atMost(
      `open ${targetName} warm, ours ÷ peer − wait`,
      p50(oursOpen.warmMs) / withoutPeerWait(p50(peerOpen.warmMs)),
      0.3,
      `p50 of ${oursOpen.warmMs.length} reopens under new URIs on servers that had opened three other records`,
    ),
    eitherOf(
      `edit ${targetName} (full text), ours ÷ peer − wait, or ours ÷ floor`,
      atMost('', oursEdit / peerBasis(targetName, 'edit'), 0.05, ''),
      atMost('', oursEdit / summaryOf(floor, targetName, 'edit').median, 1.5, ''),
      'p50 of the same one-character edits (title, locations list, an error in and out), didChange with the whole text → publishDiagnostics of that version',
    ),
    atMost(
      'check JSON, one worker, ÷ floor',
      batch.checkJsonMsPerStudy / batch.floorMsPerStudy,
      4,
      'ms per study (slope between N and 2N studies) ÷ floor ms per study (read + JSON.parse + compiled validate, in process after warm-up)',
    ),
    atMost(
      'check YAML, one worker, ÷ floor',
      batch.checkYamlMsPerStudy / batch.floorMsPerStudy,
      8,
      'the same studies as `*.trial.yaml`, ms per study ÷ the same JSON floor',
    ),
  ];
  for (const row of batch.scaling.filter((scaling) => scaling.jobs > 1)) {
    rows.push(
      atLeast(
        `check --jobs ${row.jobs} speed-up ÷ ${row.jobs} floor processes' speed-up`,
        row.checkSpeedUp / row.floorSpeedUp,
        0.9,
        `check ${ratio(row.checkSpeedUp, 1)}× one worker, floor ${ratio(row.floorSpeedUp, 1)}× one process`,
      ),
    );
  }
  const importRow = results.throughput.find((row) => row.label.startsWith('import'));
  const importFloor = results.throughput.find((row) => row.label.startsWith('floor'));
  rows.push(
    atMost(
      'import ÷ read + split floor',
      (importRow?.ms ?? Number.NaN) / (importFloor?.ms ?? Number.NaN),
      20,
      'in process, best of the repetitions over every import fixture, ÷ reading and splitting the same files into lines',
    ),
  );
  const [small, large] = [...batch.memory].sort((a, b) => a.studies - b.studies);
  if (small && large && small !== large) {
    rows.push(
      atMost(
        `check memory flat: peak RSS at ${large.studies} ÷ at ${small.studies} studies`,
        large.peakRssBytes / small.peakRssBytes,
        FLAT_MEMORY_FACTOR,
        `peak RSS of the whole check process, ${Number.isFinite(small.peakRssBytes) ? mb(small.peakRssBytes) : '–'} and ${Number.isFinite(large.peakRssBytes) ? mb(large.peakRssBytes) : '–'}`,
      ),
    );
  }
  rows.push(...supplementaryRows(results, peerBasis));
  return rows;
}

/** The targets of earlier issues, kept (completion, hover, the 4 MB record, the soak, the review layer). */
function supplementaryRows(results: BenchResults, peerBasis: (document: string, measure: Measure) => number): TargetRow[] {
  const { ours, floor, targetName, soak, reviewCost, preview } = results;
  const vsPeer = (measure: Measure, document = targetName, peerDocument = targetName, peerMeasure: Measure = measure) =>
    summaryOf(ours, document, measure).median / peerBasis(peerDocument, peerMeasure);
  // Issue 18's edit target, for every kind of edit: within 0.05 of the peer (its wait out), or 1.5 × the do-nothing server.
  const editTarget = (title: string, measure: Measure, document: string) =>
    eitherOf(
      `${title}, ours ÷ peer − wait, or ours ÷ floor`,
      atMost('', vsPeer(measure, document, document), 0.05, ''),
      atMost('', summaryOf(ours, document, measure).median / summaryOf(floor, document, measure).median, 1.5, ''),
      'p50, full-text edits, the same edits through each server',
    );
  const rows: TargetRow[] = [
    atMost('completion at a value, ours ÷ peer', vsPeer('completion at value'), 0.05, 'p50, request → reply (the peer has no wait here)'),
    atMost('completion at a key, ours ÷ peer', vsPeer('completion at key'), 0.05, 'p50, request → reply'),
    atMost('hover, ours ÷ peer', vsPeer('hover'), 0.05, 'p50, request → reply'),
    editTarget('edit inside the locations list', 'edit: locations list', targetName),
  ];
  const withResults = results.documents.find((d) => d.name === `${RESULTS_RECORD}-with-results`);
  if (withResults) {
    rows.push(editTarget(`edit inside the results of ${withResults.name}`, 'edit: results value', withResults.name));
  }
  if (results.documents.some((d) => d.name === 'synthetic-4MB')) {
    rows.push(
      atMost(`4 MB edit ÷ peer's ${targetName} edit − wait`, vsPeer('edit', 'synthetic-4MB'), 0.1, 'p50, full-text edits'),
      atMost(
        `4 MB edit with incremental sync ÷ peer's ${targetName} edit − wait (supplementary)`,
        vsPeer('edit, incremental sync', 'synthetic-4MB', targetName, 'edit'),
        0.1,
        'p50; ranged changes as VS Code sends them, which the peer does not take',
      ),
    );
  }
  rows.push(
    atMost(
      'soak: hover on another record while typing after the paste ÷ while typing in the clean record',
      soak.hoverPasted.median / soak.hoverClean.median,
      2,
      `p50 of ${soak.keystrokes} hovers each`,
    ),
    atMost(
      `review layer: ms it adds to each analysis of ${targetName}`,
      reviewCost.withReviewMs - reviewCost.registryRulesMs,
      5,
      `p50 of ${reviewCost.runs} one-character edits, each analysed in process as after a keystroke (incremental parse) by an analyzer with the registry rules alone, ${ms(reviewCost.registryRulesMs)} ms, and one with the review criteria too, ${ms(reviewCost.withReviewMs)} ms`,
    ),
  );
  const [withResultsRender, , largestProtocolRender] = preview.renders;
  rows.push(
    atMost(
      `preview: render of ${withResultsRender.name} ÷ render of ${largestProtocolRender.name}`,
      withResultsRender.renderMs / largestProtocolRender.renderMs,
      1,
      `p50 of ${preview.runs} in-process renders: ${ms(withResultsRender.renderMs)} ms vs ${ms(largestProtocolRender.renderMs)} ms`,
    ),
  );
  return rows;
}
