// `trial-record check` and the review layer: included by default, `--no-review` leaves it out, `--stage`
// weighs it, and information never changes the exit status.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI, runCli, temporaryFolder, VALID_RECORD } from './support/runCli';

interface CheckJson {
  readonly files: Array<{
    readonly file: string;
    readonly diagnostics: Array<{
      readonly line: number;
      readonly column: number;
      readonly endLine: number;
      readonly endColumn: number;
      readonly severity: string;
      readonly code: string;
      readonly source: string;
      readonly message: string;
    }>;
  }>;
  readonly errors: number;
  readonly warnings: number;
}

const REQUIRED = 'review/required-for-registration';

/** `file:line:col severity code message` lines of the text output, as `[severity, code]`. */
function textFindings(stdout: string): Array<[string, string]> {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^\S+:\d+:\d+ (\S+) (\S+) /.exec(line);
      assert.ok(match, line);
      return [match[1], match[2]];
    });
}

describe('trial-record check: the review layer', () => {
  const temp = temporaryFolder('trial-review-');
  const draft = path.join(temp.folder, 'draft.trial.yaml');
  const vague = path.join(temp.folder, 'vague.trial.yaml');
  const DRAFT_RECORD = VALID_RECORD.replace('designModule:\n  studyType: OBSERVATIONAL\n', '');
  const VAGUE_RECORD = `${VALID_RECORD}outcomesModule:
  primaryOutcomes:
    - measure: Walking distance in 6 minutes
      timeFrame: End of study
`;

  before(() => {
    assert.ok(existsSync(CLI), 'run `npm run build` first');
    // A record the schema and the registry rules accept that lacks most fields the registry requires
    // (information while drafting); without a study type no design rule asks for more.
    writeFileSync(draft, DRAFT_RECORD);
    writeFileSync(vague, VAGUE_RECORD);
  });
  after(() => temp.remove());

  it('includes the review layer, whose information leaves the exit status at 0', () => {
    const { stdout, stderr, status } = runCli(['check', draft, '--today', '2026-11-22']);
    const findings = textFindings(stdout);
    assert.ok(
      findings.some(([severity, code]) => severity === 'information' && code === REQUIRED),
      stdout,
    );
    assert.ok(
      findings.every(([severity]) => severity !== 'error'),
      stdout,
    );
    assert.equal(status, 0, stderr);
    assert.match(stderr, /1 file checked: 0 errors/);
  });

  it('--stage submission makes a missing required field an error (exit 1)', () => {
    const { stdout, status } = runCli(['check', draft, '--today', '2026-11-22', '--stage', 'submission']);
    const required = textFindings(stdout).filter(([, code]) => code === REQUIRED);
    assert.ok(required.length > 0);
    assert.ok(
      required.every(([severity]) => severity === 'error'),
      stdout,
    );
    assert.equal(status, 1);
    assert.equal(runCli(['check', draft, '--today', '2026-11-22', '--stage', 'draft']).status, 0);
  });

  it('--no-review leaves the review layer out, the rest stays', () => {
    const withReview = textFindings(runCli(['check', draft, '--today', '2026-11-22']).stdout);
    const { stdout, status } = runCli(['check', draft, '--today', '2026-11-22', '--no-review', '--stage', 'submission']);
    const without = textFindings(stdout);
    assert.ok(
      without.every(([, code]) => !code.startsWith('review/')),
      stdout,
    );
    assert.deepEqual(
      without,
      withReview.filter(([, code]) => !code.startsWith('review/')),
    );
    assert.equal(status, 0);
  });

  it('--format json carries the same codes, with the review source', () => {
    const text = textFindings(runCli(['check', draft, '--today', '2026-11-22']).stdout).map(([, code]) => code);
    const json = JSON.parse(runCli(['check', draft, '--today', '2026-11-22', '--format', 'json']).stdout) as CheckJson;
    const diagnostics = json.files[0].diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      text,
    );
    const required = diagnostics.filter((d) => d.code === REQUIRED);
    assert.ok(required.length > 0 && required.every((d) => d.source === 'trial-record review' && d.severity === 'information'));
    assert.equal(json.errors, 0);
  });

  it('reports a vague time frame ("End of study") at its value', () => {
    const json = JSON.parse(runCli(['check', vague, '--today', '2026-11-22', '--format', 'json']).stdout) as CheckJson;
    const lines = VAGUE_RECORD.split('\n');
    const line = lines.findIndex((text) => text.includes('timeFrame: End of study')) + 1;
    const column = lines[line - 1].indexOf('End of study') + 1;
    const found = json.files[0].diagnostics.filter((d) => d.code === 'review/outcome-timeframe-vague');
    assert.deepEqual(
      found.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.source]),
      [[line, column, line, column + 'End of study'.length, 'trial-record review']],
      JSON.stringify(json.files[0].diagnostics),
    );
  });

  it('rejects an unknown stage as a usage error', () => {
    const { status, stderr } = runCli(['check', draft, '--stage', 'final']);
    assert.equal(status, 2);
    assert.match(stderr, /--stage must be draft or submission/);
  });
});
