// `check` and `import` on worker threads: the output of `--jobs 2` is the output of `--jobs 1`, byte for
// byte and in the same order, over the real records; `--summary` counts what the per-study output lists.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { CLI } from './support/runCli';
import { runCliToEnd, type CheckJson } from './support/runCliUnbounded';

const REAL_RECORDS = ['test/fixtures/ctgov/json', 'test/fixtures/ctgov/json-more'];
const TODAY = ['--today', '2026-11-22'];

describe('trial-record check --jobs', () => {
  before(() => assert.ok(existsSync(CLI), 'run `node scripts/build.mjs` first'));

  for (const format of ['text', 'json']) {
    it(`prints the same ${format} output, in the same order, with 2 workers as in one thread`, () => {
      const inThread = runCliToEnd(['check', '--jobs', '1', '--format', format, ...TODAY, ...REAL_RECORDS]);
      const workers = runCliToEnd(['check', '--jobs', '2', '--format', format, ...TODAY, ...REAL_RECORDS]);
      assert.ok(inThread.stdout.length > 10_000, 'the real records have findings');
      assert.equal(workers.stdout, inThread.stdout);
      assert.equal(workers.stderr, inThread.stderr);
      assert.equal(workers.status, inThread.status);
      assert.match(inThread.stderr, /^271 files checked: /m, 'every study of both folders, search responses study by study');
    });
  }

  it('lists every study of the folders in the order of their files', () => {
    const { files } = JSON.parse(runCliToEnd(['check', '--jobs', '2', '--format', 'json', ...TODAY, ...REAL_RECORDS]).stdout) as CheckJson;
    for (const folder of REAL_RECORDS) {
      const names = files.filter((file) => file.file.startsWith(`${folder}/`)).map((file) => file.file);
      assert.deepEqual(names, [...names].sort(), `${folder} is read in name order`);
    }
    assert.ok(files[0].file.startsWith(REAL_RECORDS[0]), 'the folders in the order given');
    const inResponses = files.filter((file) => file.file.includes('!studies['));
    assert.deepEqual(
      inResponses.map((file) => [file.file.replace(/^.*\//, ''), file.study]),
      [
        ['NCT03281889.json!studies[0]', 'NCT03281889'],
        ['NCT05147467.json!studies[0]', 'NCT05147467'],
        ['NCT06388018.json!studies[0]', 'NCT06388018'],
      ],
    );
  });

  it('--summary counts each code as often as the per-study output lists it, and the studies it fired in', () => {
    const run = runCliToEnd(['check', '--jobs', '2', '--format', 'json', '--summary', ...TODAY, ...REAL_RECORDS]);
    const result = JSON.parse(run.stdout) as CheckJson;
    assert.ok(result.summary, 'a summary object in the same JSON document');
    const expected = new Map<string, { count: number; studies: number }>();
    for (const file of result.files) {
      for (const code of new Set(file.diagnostics.map((d) => d.code))) {
        const entry = expected.get(code) ?? { count: 0, studies: 0 };
        entry.studies++;
        entry.count += file.diagnostics.filter((d) => d.code === code).length;
        expected.set(code, entry);
      }
    }
    assert.equal(result.summary.studies, result.files.length);
    assert.deepEqual(new Map(result.summary.codes.map((entry) => [entry.code, { count: entry.count, studies: entry.studies }])), expected);
    const counts = result.summary.codes.map((entry) => entry.count);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'most frequent first',
    );

    const text = runCliToEnd(['check', '--jobs', '2', '--summary', ...TODAY, ...REAL_RECORDS]).stdout;
    const table = text.slice(text.indexOf('Findings by code'));
    assert.match(table, /^Findings by code \(271 studies checked\):\n {2}count {2}studies {2}code\n/);
    for (const entry of result.summary.codes)
      assert.match(table, new RegExp(`^ +${entry.count} +${entry.studies} {2}${entry.code.replace('/', '\\/')}$`, 'm'));
  });

  it('writes no progress line when stderr is not a terminal', () => {
    const { stderr } = runCliToEnd(['check', '--jobs', '2', ...TODAY, REAL_RECORDS[0]]);
    assert.ok(!stderr.includes('\r') && !stderr.includes('\x1b'), stderr);
  });

  it('refuses a --jobs that is not a whole number from 1', () => {
    for (const jobs of ['0', 'two', '1.5', '257']) {
      const run = runCliToEnd(['check', '--jobs', jobs, REAL_RECORDS[0]]);
      assert.equal(run.status, 2, jobs);
      assert.match(run.stderr, /--jobs must be a whole number from 1 to 256/);
    }
  });
});

describe('trial-record import --jobs', () => {
  it('prints the same records and summary lines with 2 workers as in one thread', () => {
    const inThread = runCliToEnd(['import', '--jobs', '1', '--format', 'json', REAL_RECORDS[0]]);
    const workers = runCliToEnd(['import', '--jobs', '2', '--format', 'json', REAL_RECORDS[0]]);
    assert.equal(inThread.status, 0, inThread.stderr);
    assert.equal((JSON.parse(inThread.stdout) as unknown[]).length, 19);
    assert.equal(workers.stdout, inThread.stdout);
    assert.equal(workers.stderr, inThread.stderr);
  });
});
