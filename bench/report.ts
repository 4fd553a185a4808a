// Renders the benchmark's results as the Markdown that goes to the console and bench/results/latest.md.
import { RESULTS_RECORD } from './documents';
import type { Latencies, Measure } from './editorBench';
import { summarize, type Summary } from './stats';
import type { BundleSize } from './bundles';
import type { ReviewCost } from './reviewCost';
import type { SoakResult } from './soak';
import type { Throughput } from './throughput';

export interface BenchResults {
  readonly machine: string;
  readonly mode: 'full' | 'quick';
  readonly ours: Latencies;
  readonly peer: Latencies;
  readonly peerName: string;
  readonly documents: readonly { name: string; bytes: number; isTarget?: boolean }[];
  readonly targetName: string;
  readonly memory?: { readonly ours: number; readonly peer: number; readonly documents: number };
  readonly soak: SoakResult;
  readonly throughput: readonly Throughput[];
  readonly reviewCost: ReviewCost;
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

interface Target {
  readonly label: string;
  readonly ratio: number;
  readonly limit: number;
}

export function renderReport(results: BenchResults): string {
  const out: string[] = [];
  const { ours, peer, targetName } = results;
  out.push(`Mode: ${results.mode}. Machine: ${results.machine}.`, '');
  out.push(
    `### ${targetName} (${kb(results.documents.find((d) => d.name === targetName)?.bytes ?? 0)} YAML): ours vs ${results.peerName}`,
    '',
  );
  out.push(
    '| measure | n | ours p50 (ms) | ours p95 | peer p50 (ms) | peer p95 | ratio p50 ours/peer |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const measure of TARGET_MEASURES) {
    const a = summaryOf(ours, targetName, measure);
    const b = summaryOf(peer, targetName, measure);
    if (a.count === 0 && b.count === 0) continue;
    out.push(
      `| ${measure} | ${a.count} | ${ms(a.median)} | ${ms(a.p95)} | ${ms(b.median)} | ${ms(b.p95)} | ${ratio(a.median, b.median)} |`,
    );
  }
  out.push('', '### Growth with size (p50, ms)', '');
  out.push(
    '| document | size | open ours | open peer | ratio | edit ours | edit peer | ratio | edits | edit ours, incremental sync |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const document of [...results.documents].sort((a, b) => a.bytes - b.bytes)) {
    const oOpen = summaryOf(ours, document.name, 'open');
    const pOpen = summaryOf(peer, document.name, 'open');
    const oEdit = summaryOf(ours, document.name, 'edit');
    const pEdit = summaryOf(peer, document.name, 'edit');
    const oIncremental = summaryOf(ours, document.name, 'edit, incremental sync');
    out.push(
      `| ${document.name} | ${kb(document.bytes)} | ${ms(oOpen.median)} | ${ms(pOpen.median)} | ${ratio(oOpen.median, pOpen.median)} | ${ms(oEdit.median)} | ${ms(pEdit.median)} | ${ratio(oEdit.median, pEdit.median)} | ${oEdit.count} | ${ms(oIncremental.median)} |`,
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
  out.push('', '### Throughput (best of the repetitions)', '');
  out.push('| run | files | size | time (ms) | files/s | MB/s | × floor |', '|---|---:|---:|---:|---:|---:|---:|');
  const floorOf = (label: string) =>
    results.throughput.find(
      (row) => row.label.startsWith('floor') && (label.startsWith('import') ? row.label.includes('split') : row.label.includes('ajv')),
    );
  for (const row of results.throughput) {
    const floor = row.label.startsWith('floor') ? undefined : floorOf(row.label);
    out.push(
      `| ${row.label} | ${row.files} | ${mb(row.bytes)} | ${ms(row.ms)} | ${(row.files / (row.ms / 1000)).toFixed(0)} | ${(row.bytes / 1024 / 1024 / (row.ms / 1000)).toFixed(1)} | ${floor ? (row.ms / floor.ms).toFixed(1) : ''} |`,
    );
  }
  out.push('', '### Extension footprint', '');
  out.push('| item | value |', '|---|---:|');
  for (const bundle of results.bundles) out.push(`| ${bundle.name} (production, minified) | ${kb(bundle.bytes)} |`);
  out.push(
    `| client bundle load (activation cost outside VS Code) | ${ms(results.clientLoadMs)} ms |`,
    `| server spawn → initialize answered | ${ms(results.serverReadyMs)} ms |`,
  );

  out.push('', '### Targets', '');
  const target = (
    label: string,
    oursMeasure: Measure,
    limit: number,
    peerDocument = targetName,
    oursDocument = targetName,
    peerMeasure: Measure = oursMeasure,
  ): Target => ({
    label,
    limit,
    ratio: summaryOf(ours, oursDocument, oursMeasure).median / summaryOf(peer, peerDocument, peerMeasure).median,
  });
  const big = results.documents.find((d) => d.name === 'synthetic-4MB');
  const withResults = results.documents.find((d) => d.name === `${RESULTS_RECORD}-with-results`);
  const targets: Target[] = [
    target('edit → diagnostics p50 (any edit)', 'edit', 0.05),
    target('edit → diagnostics p50 inside the locations list', 'edit: locations list', 0.05),
    target('completion p50 at a value', 'completion at value', 0.05),
    target('completion p50 at a key', 'completion at key', 0.05),
    target('hover p50', 'hover', 0.05),
    target('open → first diagnostics p50', 'open', 0.2),
  ];
  if (withResults) {
    targets.push(
      target(
        `edit → diagnostics p50 inside the results of ${withResults.name}`,
        'edit: results value',
        0.05,
        withResults.name,
        withResults.name,
      ),
    );
  }
  if (big) {
    targets.push(target(`4 MB edit p50 vs peer's ${targetName} edit p50`, 'edit', 0.1, targetName, big.name));
    // Not the measure (that one is full-text for both); what an editor that sends ranged changes gets.
    targets.push(
      target(
        `4 MB edit p50 with incremental sync vs peer's ${targetName} edit p50 (supplementary)`,
        'edit, incremental sync',
        0.1,
        targetName,
        big.name,
        'edit',
      ),
    );
  }
  targets.push({
    label: 'soak: hover p50 on another record while typing after the paste vs while typing in the clean record',
    ratio: soak.hoverPasted.median / soak.hoverClean.median,
    limit: 2,
  });
  targets.push({
    label: `review layer: time it adds to each analysis of ${targetName}, ms (p50 of ${results.reviewCost.runs}: registry rules ${ms(results.reviewCost.registryRulesMs)} ms, with review ${ms(results.reviewCost.withReviewMs)} ms)`,
    ratio: results.reviewCost.withReviewMs - results.reviewCost.registryRulesMs,
    limit: 5,
  });
  const importRow = results.throughput.find((row) => row.label.startsWith('import'));
  const checkRow = results.throughput.find((row) => row.label === 'check (JSON records)');
  if (importRow)
    targets.push({
      label: 'import time vs read + split floor',
      ratio: importRow.ms / (floorOf(importRow.label)?.ms ?? Number.NaN),
      limit: 20,
    });
  if (checkRow)
    targets.push({
      label: 'check time vs JSON.parse + ajv floor',
      ratio: checkRow.ms / (floorOf(checkRow.label)?.ms ?? Number.NaN),
      limit: 3,
    });
  out.push('| target | measured | limit | holds |', '|---|---:|---:|:---:|');
  for (const t of targets)
    out.push(
      `| ${t.label} | ${Number.isFinite(t.ratio) ? t.ratio.toFixed(3) : '–'} | ≤ ${t.limit} | ${t.ratio <= t.limit ? 'yes' : 'no'} |`,
    );
  return out.join('\n');
}
