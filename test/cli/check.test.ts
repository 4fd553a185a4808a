import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve('dist/cli.js');
const FIXTURES = path.resolve('test/fixtures/ctgov/json');

function cli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Line (1-based) of the first line of `file` containing `needle`. */
function lineOf(file: string, needle: string): number {
  const index = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} not found in ${file}`);
  return index + 1;
}

describe('trial-record check', () => {
  before(() => assert.ok(existsSync(CLI), 'run `npm run build` first'));

  it('reports each planted mistake of the invalid sample at its line and exits 1', () => {
    const file = 'samples/invalid-example.trial.yaml';
    const { stdout, status } = cli('check', file, '--today', '2026-11-22');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n');
    for (const line of lines) assert.match(line, /^samples\/invalid-example\.trial\.yaml:\d+:\d+ (error|warning|information|hint) \S+ .+$/);
    const statusLine = lineOf(file, 'overallStatus: Recruiting');
    assert.ok(
      lines.some((l) => l.startsWith(`${file}:${statusLine}:`) && l.includes('schema/enum') && l.includes('RECRUITING')),
      stdout,
    );
    const typoLine = lineOf(file, 'breifTitle');
    assert.ok(
      lines.some((l) => l.startsWith(`${file}:${typoLine}:3 error schema/unknown-property`)),
      stdout,
    );
    assert.ok(
      lines.some((l) => l.includes('schema/required')),
      stdout,
    );
    assert.ok(
      lines.some((l) => l.includes('schema/type')),
      stdout,
    );
    assert.ok(
      lines.some((l) => l.includes('schema/pattern') || l.includes('schema/format')),
      stdout,
    );
  });

  it('prints machine-readable results with --format json', () => {
    const { stdout, status } = cli('check', '--format', 'json', 'samples/invalid-example.trial.yaml');
    assert.equal(status, 1);
    const result = JSON.parse(stdout) as {
      files: Array<{ file: string; diagnostics: Array<{ line: number; column: number; code: string; severity: string; message: string }> }>;
      errors: number;
    };
    assert.equal(result.files.length, 1);
    assert.ok(result.errors > 0);
    assert.ok(result.files[0].diagnostics.every((d) => d.line >= 1 && d.column >= 1 && d.code && d.message));
  });

  it('finds no schema error in any real ClinicalTrials.gov study file', () => {
    const singles = readdirSync(FIXTURES).filter((name) => {
      const json = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
      return 'protocolSection' in json;
    });
    assert.ok(singles.length >= 15);
    const { stdout } = cli('check', '--format', 'json', '--no-rules', ...singles.map((name) => path.join(FIXTURES, name)));
    const result = JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string; message: string }> }> };
    const schemaErrors = result.files.flatMap((f) =>
      f.diagnostics
        .filter((d) => d.code.startsWith('schema/') || d.code.startsWith('syntax/'))
        .map((d) => `${f.file}: ${d.code} ${d.message}`),
    );
    assert.deepEqual(schemaErrors, []);
  });

  it('exits 0 on a folder of valid records', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'trial-check-'));
    writeFileSync(
      path.join(folder, 'ok.trial.yaml'),
      'identificationModule:\n  orgStudyIdInfo:\n    id: X-1\n  briefTitle: A valid draft\nstatusModule:\n  overallStatus: NOT_YET_RECRUITING\ndesignModule:\n  studyType: OBSERVATIONAL\n',
    );
    const { status, stderr } = cli('check', '--no-rules', folder);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /1 file checked: 0 errors/);
  });

  it('explains unreadable files and unknown extensions without a stack trace', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'trial-check-'));
    const text = path.join(folder, 'notes.txt');
    writeFileSync(text, 'hello');
    const { stderr, status } = cli('check', text, path.join(folder, 'missing.trial.yaml'));
    assert.equal(status, 1);
    assert.match(stderr, /notes\.txt: not a record file/);
    assert.match(stderr, /missing\.trial\.yaml: no such file or folder/);
    assert.doesNotMatch(stderr, /at .*\.js:\d+/);
  });

  it('rejects a bad command line with usage and exit 2', () => {
    const { stderr, status } = cli('check', '--format', 'xml', 'x.trial.yaml');
    assert.equal(status, 2);
    assert.match(stderr, /--format must be text or json/);
    assert.equal(cli('frobnicate').status, 2);
  });
});
