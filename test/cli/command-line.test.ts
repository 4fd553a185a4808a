// The command line: options in either spelling (`--name value`, `--name=value`), `--max-size`, and
// usage errors that name the option and exit 2.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI, runCli, temporaryFolder, VALID_RECORD } from './support/runCli';

const PAGE = path.resolve('test/fixtures/import/pages/ignite-NCT06731192.txt');

describe('trial-record command line', () => {
  let temp: ReturnType<typeof temporaryFolder>;
  let record = '';

  before(() => {
    assert.ok(existsSync(CLI), 'run `node scripts/build.mjs` first');
    temp = temporaryFolder('trial-command-line-');
    record = path.join(temp.folder, 'ok.trial.yaml');
    writeFileSync(record, VALID_RECORD);
  });
  after(() => temp.remove());

  it('accepts --max-size in bytes, KB and MB, as one argument or two', () => {
    for (const args of [['--max-size', '10MB'], ['--max-size=512KB'], ['--max-size', '4096'], ['--max-size=1.5mb']]) {
      const { status, stderr } = runCli(['check', '--no-rules', ...args, record]);
      assert.equal(status, 0, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /^1 file checked: 0 errors, 0 warnings$/m);
    }
  });

  it('refuses a --max-size that is not a size, is zero or is above 500 MB, with exit 2', () => {
    const notSize = runCli(['check', '--max-size', 'lots', record]);
    assert.equal(notSize.status, 2);
    assert.match(notSize.stderr, /^trial-record: --max-size must be a size like 10MB, 512KB or 4096 \(bytes\), not "lots"$/m);
    assert.equal(runCli(['import', '--max-size', '0', record]).status, 2);
    const huge = runCli(['render', '--max-size', '2GB', record]);
    assert.equal(huge.status, 2);
    assert.match(huge.stderr, /--max-size can be at most 500 MB/);
  });

  it('names the option in a usage error: unknown, missing its value, or given a value it does not take (exit 2)', () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', '--bogus', record], /^trial-record: unknown option --bogus/m],
      [['check', record, '--format'], /^trial-record: --format needs a value$/m],
      [['check', '--no-rules=yes', record], /^trial-record: --no-rules takes no value$/m],
      [['import', '--out-dir'], /^trial-record: --out-dir needs a value$/m],
      [['export', '--out', 'x.json', record], /^trial-record: unknown option --out/m],
      [['render', record, record], /^trial-record: render needs exactly one record file$/m],
      [['check', '--today', 'tomorrow', record], /^trial-record: --today must be a date like 2026-01-31$/m],
    ];
    for (const [args, message] of cases) {
      const { status, stderr, stdout } = runCli(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, message, args.join(' '));
      assert.match(stderr, /^Usage: trial-record <command>/m);
      assert.equal(stdout, '');
    }
  });

  it('prints the usage, with --max-size and its 64 MB default, for --help on any command (exit 0)', () => {
    for (const args of [['--help'], ['check', '--help'], ['import', '-h'], ['render', '--help']]) {
      const { status, stdout } = runCli(args);
      assert.equal(status, 0, args.join(' '));
      assert.match(stdout, /--max-size SIZE .*\n.*default 64 MB/);
    }
    assert.equal(runCli([]).status, 2);
  });

  it('reads a file named with a leading "-" after --, and --format=json as one argument', () => {
    const dashed = path.join(temp.folder, '-dashed.trial.yaml');
    writeFileSync(dashed, VALID_RECORD);
    const { status, stdout } = runCli(['check', '--no-rules', '--format=json', '--', '-dashed.trial.yaml'], { cwd: temp.folder });
    assert.equal(status, 0);
    assert.deepEqual(
      (JSON.parse(stdout) as { files: Array<{ file: string }> }).files.map((file) => file.file),
      ['-dashed.trial.yaml'],
    );
  });

  it('still takes import --out as the older spelling of --out-dir', () => {
    const page = path.join(temp.folder, 'page.txt');
    copyFileSync(PAGE, page);
    const out = path.join(temp.folder, 'records');
    assert.equal(runCli(['import', page, '--out', out]).status, 0);
    assert.deepEqual(readdirSync(out), ['NCT06731192.trial.yaml']);
  });
});
