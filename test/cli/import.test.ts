import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';

const CLI = path.resolve('dist/cli.js');
const PAGES = path.resolve('test/fixtures/import/pages');
const EXPECTED = path.resolve('test/fixtures/import/expected');
const CTGOV_JSON = path.resolve('test/fixtures/ctgov/json');

function cli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const tempFolder = (): string => mkdtempSync(path.join(os.tmpdir(), 'trial-import-'));
const expected = (name: string): unknown => parse(readFileSync(path.join(EXPECTED, name), 'utf8'), { version: '1.2' });

describe('trial-record import', () => {
  before(() => assert.ok(existsSync(CLI), 'run `npm run build` first'));

  it('writes one record per page, named after its ID, with a summary line per file on stderr', () => {
    const out = tempFolder();
    const { status, stderr, stdout } = cli(
      'import',
      path.join(PAGES, 'ignite-NCT06731192.txt'),
      path.join(PAGES, 'ignite-module-NCT06731192.txt'),
      '--out-dir',
      out,
    );
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '');
    assert.deepEqual(readdirSync(out).sort(), ['NCT06731192-2.trial.yaml', 'NCT06731192.trial.yaml']);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(
      lines[0],
      /ignite-NCT06731192\.txt: Ignite page \(ignite\) -> .*NCT06731192\.trial\.yaml: 84 fields, 6 lines kept as comments$/,
    );
    const written = readFileSync(path.join(out, 'NCT06731192.trial.yaml'), 'utf8');
    assert.match(written, /^# Imported from ignite-NCT06731192\.txt \(Ignite page\)/);
    assert.deepEqual(parse(written, { version: '1.2' }), expected('ignite-NCT06731192.yaml'));
    assert.deepEqual(
      parse(readFileSync(path.join(out, 'NCT06731192-2.trial.yaml'), 'utf8'), { version: '1.2' }),
      expected('ignite-module-NCT06731192.yaml'),
    );
  });

  it('never overwrites an existing file', () => {
    const out = tempFolder();
    writeFileSync(path.join(out, 'NCT06731192.trial.yaml'), 'my own work\n');
    const { status } = cli('import', path.join(PAGES, 'ignite-NCT06731192.txt'), '--out-dir', out);
    assert.equal(status, 0);
    assert.equal(readFileSync(path.join(out, 'NCT06731192.trial.yaml'), 'utf8'), 'my own work\n');
    assert.ok(existsSync(path.join(out, 'NCT06731192-2.trial.yaml')));
  });

  it('prints the protocol section as JSON with --format json and writes nothing', () => {
    const cwd = tempFolder();
    const result = spawnSync(process.execPath, [CLI, 'import', '--format', 'json', path.join(CTGOV_JSON, 'NCT00973089.json')], {
      encoding: 'utf8',
      cwd,
    });
    assert.equal(result.status, 0, result.stderr);
    const study = JSON.parse(readFileSync(path.join(CTGOV_JSON, 'NCT00973089.json'), 'utf8')) as { protocolSection: unknown };
    assert.deepEqual(JSON.parse(result.stdout), study.protocolSection);
    assert.match(
      result.stderr,
      /NCT00973089\.json: ClinicalTrials\.gov API v2 JSON \(ctgov-json\) NCT00973089: \d+ fields, 0 lines kept as comments/,
    );
    assert.deepEqual(readdirSync(cwd), []);
  });

  it('writes one record per study of a search response, and prints several records as a JSON array', () => {
    const folder = tempFolder();
    const studies = ['NCT00973089.json', 'NCT03418623.json'].map(
      (name) => JSON.parse(readFileSync(path.join(CTGOV_JSON, name), 'utf8')) as { protocolSection: unknown },
    );
    const response = path.join(folder, 'search.json');
    writeFileSync(response, JSON.stringify({ studies, nextPageToken: 'x' }));
    const out = path.join(folder, 'records');
    assert.equal(cli('import', response, '--out-dir', out).status, 0);
    assert.deepEqual(readdirSync(out).sort(), ['NCT00973089.trial.yaml', 'NCT03418623.trial.yaml']);
    const json = cli('import', '--format', 'json', response);
    assert.deepEqual(
      JSON.parse(json.stdout),
      studies.map((study) => study.protocolSection),
    );
  });

  it('imports the page files of a folder', () => {
    const out = tempFolder();
    const { status, stderr } = cli('import', PAGES, '--out-dir', out);
    assert.equal(status, 0, stderr);
    const pages = readdirSync(PAGES).filter((name) => /\.(txt|html?|json|xml)$/.test(name));
    assert.equal(stderr.trim().split('\n').length, pages.length);
    assert.equal(readdirSync(out).length, pages.length);
  });

  it('explains files it cannot import, imports the others, and exits 1', () => {
    const folder = tempFolder();
    const empty = path.join(folder, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const binary = path.join(folder, 'image.txt');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
    const out = path.join(folder, 'out');
    const { status, stderr } = cli(
      'import',
      empty,
      binary,
      path.join(folder, 'missing.txt'),
      path.join(PAGES, 'ignite-NCT06731192.txt'),
      '--out-dir',
      out,
    );
    assert.equal(status, 1);
    assert.match(stderr, /empty\.txt: not imported: The text is empty/);
    assert.match(stderr, /image\.txt: not imported: This looks like binary data/);
    assert.match(stderr, /missing\.txt: not imported: no such file or folder/);
    assert.deepEqual(readdirSync(out), ['NCT06731192.trial.yaml']);
    assert.doesNotMatch(stderr, /at .*\.js:\d+/);
  });

  it('rejects a bad command line with usage and exit 2', () => {
    assert.equal(cli('import').status, 2);
    const badFormat = cli('import', '--format', 'xml', 'x.txt');
    assert.equal(badFormat.status, 2);
    assert.match(badFormat.stderr, /--format must be yaml or json/);
    assert.match(cli('import', '--bogus', 'x.txt').stderr, /unknown option --bogus/);
  });
});
