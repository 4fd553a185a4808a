// Load over the LSP: the real server, 200 open records and a burst of 4,000 edits across them
// (support/lspLoadScenario.ts, run in a child process with --expose-gc so the heap can be
// measured after a full collection).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './support/corpus';
import type { LoadReport } from './support/lspLoadScenario';

const MB = 1024 * 1024;

function runScenario(): LoadReport {
  const scenario = path.join(__dirname, 'support', 'lspLoadScenario.ts');
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', scenario], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  assert.equal(result.status, 0, `the load scenario failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as LoadReport;
}

describe('load over the LSP: 200 open records, a burst of edits', () => {
  const report = runScenario();

  it('answers a hover request in the middle of the burst', () => {
    assert.match(report.hoverDuringBurst ?? '', /Overall status/);
  });

  it('shows the last state of every record: its final version, with the diagnostics of its final text', () => {
    assert.deepEqual(report.wrongFinalState, []);
    // The burst leaves records in both states, so matching the final text is not a coincidence.
    assert.ok(
      report.finalWithStatusError > 0 && report.finalWithStatusError < report.documents,
      `${report.finalWithStatusError} of ${report.documents} end with the status error`,
    );
  });

  it('skips stale versions: fewer publications than edits', () => {
    assert.ok(report.publishedDuringBurst < report.edits, `${report.publishedDuringBurst} publications for ${report.edits} edits`);
    assert.ok(report.publishedDuringBurst >= report.documents, 'every edited record was published at least once');
  });

  it('returns to its baseline memory once the records are closed', (t) => {
    if (!report.gcExposed) {
      t.skip('global.gc was not exposed to the scenario process, so heap figures would be noise');
      return;
    }
    const grown = report.heapWhileOpen - report.heapBaseline;
    const retained = report.heapAfterClose - report.heapBaseline;
    const summary = `baseline ${(report.heapBaseline / MB).toFixed(1)} MB, open ${(report.heapWhileOpen / MB).toFixed(1)} MB, closed ${(report.heapAfterClose / MB).toFixed(1)} MB`;
    t.diagnostic(summary);
    assert.ok(grown > 5 * MB, `200 open records should take memory (${summary})`);
    // What stays is the test client's own log of every publication, a few MB.
    assert.ok(retained < grown / 3, `memory did not return near the baseline (${summary})`);
  });
});
