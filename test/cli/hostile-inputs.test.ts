// Hostile folders given to `check` and `import`: named pipes, link loops, broken links, devices and
// files over the size limit. Each run must finish (see runCli's time limit), read every real file
// once, and name every path it did not read with the reason.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI, RECORD_WITH_ONE_ERROR, runCli, temporaryFolder, VALID_RECORD } from './support/runCli';

const PAGE = path.resolve('test/fixtures/import/pages/ignite-NCT06731192.txt');
const POSIX = process.platform !== 'win32';

interface CheckJson {
  readonly files: ReadonlyArray<{
    readonly file: string;
    readonly problem?: string;
    readonly diagnostics: ReadonlyArray<{ readonly code: string }>;
  }>;
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('trial-record on hostile folders', { skip: POSIX ? false : 'named pipes and symbolic links as tested here are POSIX' }, () => {
  let temp: ReturnType<typeof temporaryFolder>;
  let count = 0;
  /** A new empty folder inside the temporary one. */
  const folder = (name: string): string => {
    const full = path.join(temp.folder, `${++count}-${name}`);
    mkdirSync(full);
    return full;
  };

  before(() => {
    assert.ok(existsSync(CLI), 'run `node scripts/build.mjs` first');
    temp = temporaryFolder('trial-hostile-');
  });
  after(() => temp.remove());

  it('check finishes on a folder holding a FIFO named like a record, checks the good file and names the FIFO as skipped', () => {
    const dir = folder('fifo');
    writeFileSync(path.join(dir, 'good.trial.yaml'), VALID_RECORD);
    mkfifo(path.join(dir, 'x.trial.yaml'));
    const text = runCli(['check', '--no-rules', dir]);
    assert.equal(text.status, 1, 'a record that could not be checked is an error');
    assert.match(
      text.stderr,
      new RegExp(`^trial-record: skipped ${escape(path.join(dir, 'x.trial.yaml'))}: a named pipe \\(FIFO\\), not a regular file$`, 'm'),
    );
    assert.match(text.stderr, /^1 file checked: 1 error, 0 warnings; 1 path skipped \(listed above\)$/m);
    const json = JSON.parse(runCli(['check', '--no-rules', '--format', 'json', dir]).stdout) as CheckJson;
    assert.deepEqual(
      json.files.map((file) => [path.basename(file.file), file.problem ?? 'checked']),
      [
        ['good.trial.yaml', 'checked'],
        ['x.trial.yaml', 'a named pipe (FIFO), not a regular file'],
      ],
    );
  });

  it('import refuses a FIFO named q.html, on the command line and in a folder, and imports the real page', () => {
    const dir = folder('fifo-page');
    mkfifo(path.join(dir, 'q.html'));
    copyFileSync(PAGE, path.join(dir, 'page.txt'));
    const out = path.join(temp.folder, `${++count}-out`);
    const named = runCli(['import', path.join(dir, 'q.html'), '--out-dir', out]);
    assert.equal(named.status, 1);
    assert.equal(named.stderr, `${path.join(dir, 'q.html')}: not imported: a named pipe (FIFO), not a regular file\n`);
    const whole = runCli(['import', dir, '--out-dir', out]);
    assert.equal(whole.status, 1);
    assert.match(whole.stderr, /q\.html: not imported: a named pipe \(FIFO\), not a regular file$/m);
    assert.match(whole.stderr, /page\.txt: Ignite page \(ignite\) -> .*NCT06731192\.trial\.yaml/);
    assert.deepEqual(readdirSync(out), ['NCT06731192.trial.yaml']);
  });

  it('check reads each record once in a folder with links back to itself (ln -s . loop) and names the links', () => {
    const dir = folder('loop');
    for (let index = 0; index < 20; index++)
      writeFileSync(path.join(dir, `r${String(index).padStart(2, '0')}.trial.yaml`), index === 0 ? RECORD_WITH_ONE_ERROR : VALID_RECORD);
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'inner.trial.yaml'), VALID_RECORD);
    symlinkSync('.', path.join(dir, 'loop'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    const text = runCli(['check', '--no-rules', dir]);
    assert.equal(text.status, 1);
    assert.equal(text.stdout.trim().split('\n').length, 1, `the one error once:\n${text.stdout}`);
    assert.match(text.stdout, new RegExp(`^${escape(path.join(dir, 'r00.trial.yaml'))}:\\d+:\\d+ error schema/unknown-property`));
    assert.match(
      text.stderr,
      new RegExp(`^trial-record: skipped ${escape(path.join(dir, 'loop'))}: leads to ${escape(dir)}, a folder already read$`, 'm'),
    );
    assert.match(
      text.stderr,
      new RegExp(`^trial-record: skipped ${escape(path.join(dir, 'sub', 'up'))}: leads to ${escape(dir)}, a folder already read$`, 'm'),
    );
    assert.match(text.stderr, /^21 files checked: 1 error, 0 warnings; 2 paths skipped/m);
    const json = JSON.parse(runCli(['check', '--no-rules', '--format', 'json', dir]).stdout) as CheckJson;
    assert.equal(json.files.length, 21);
    assert.equal(new Set(json.files.map((file) => file.file)).size, 21);
  });

  it('check names records in a loop of links (a.trial.yaml <-> b.trial.yaml) and broken links, each with its reason', () => {
    const dir = folder('links');
    writeFileSync(path.join(dir, 'good.trial.yaml'), VALID_RECORD);
    symlinkSync('b.trial.yaml', path.join(dir, 'a.trial.yaml'));
    symlinkSync('a.trial.yaml', path.join(dir, 'b.trial.yaml'));
    symlinkSync('gone.trial.yaml', path.join(dir, 'dangling.trial.yaml'));
    symlinkSync('no-such-folder', path.join(dir, 'records'));
    const { status, stderr } = runCli(['check', '--no-rules', dir]);
    assert.equal(status, 1);
    const skipped = (name: string, reason: string): RegExp =>
      new RegExp(`^trial-record: skipped ${escape(path.join(dir, name))}: ${escape(reason)}$`, 'm');
    assert.match(stderr, skipped('a.trial.yaml', 'a loop of symbolic links: following it never reaches a file'));
    assert.match(stderr, skipped('b.trial.yaml', 'a loop of symbolic links: following it never reaches a file'));
    assert.match(stderr, skipped('dangling.trial.yaml', 'a broken symbolic link: its target gone.trial.yaml does not exist'));
    // Not named like a record, but it may have been meant as a folder of records.
    assert.match(stderr, skipped('records', 'a broken symbolic link: its target no-such-folder does not exist'));
    assert.match(stderr, /^1 file checked: 3 errors, 0 warnings; 4 paths skipped \(listed above\)$/m);
  });

  it('refuses a file larger than --max-size before reading it, naming its size and the limit', () => {
    const dir = folder('large');
    const large = path.join(dir, 'large.trial.yaml');
    writeFileSync(large, VALID_RECORD + '#'.repeat(1536 - VALID_RECORD.length));
    // Unreadable on purpose: were it opened, the message would be "permission denied" (unless run as root).
    chmodSync(large, 0o000);
    const exact = path.join(dir, 'exact.trial.yaml');
    writeFileSync(exact, VALID_RECORD + '#'.repeat(1024 - VALID_RECORD.length));
    const check = runCli(['check', '--no-rules', '--max-size', '1KB', dir]);
    assert.equal(check.status, 1);
    assert.match(
      check.stderr,
      new RegExp(
        `^trial-record: skipped ${escape(large)}: too large: 1\\.5 KB \\(1536 bytes\\), over the 1 KB limit; --max-size raises it$`,
        'm',
      ),
    );
    assert.match(check.stderr, /^1 file checked: 1 error/m, 'a file of exactly the limit is read');
    const page = path.join(dir, 'page.txt');
    copyFileSync(PAGE, page);
    const importRun = runCli(['import', page, '--max-size', '2048', '--format', 'json']);
    assert.equal(importRun.status, 1);
    assert.match(
      importRun.stderr,
      /page\.txt: not imported: too large: \d+(\.\d)? KB \(\d+ bytes\), over the 2 KB limit; --max-size raises it$/m,
    );
    chmodSync(large, 0o600);
  });

  it(
    'refuses /dev/zero linked as a record and as a page at once, saying what it is',
    { skip: existsSync('/dev/zero') ? false : 'no /dev/zero' },
    () => {
      const dir = folder('zero');
      symlinkSync('/dev/zero', path.join(dir, 'zero.trial.yaml'));
      symlinkSync('/dev/zero', path.join(dir, 'zero.html'));
      const check = runCli(['check', path.join(dir, 'zero.trial.yaml')]);
      assert.equal(check.status, 1);
      assert.match(check.stderr, /zero\.trial\.yaml: a character device, not a regular file$/m);
      const folderCheck = runCli(['check', dir]);
      assert.match(folderCheck.stderr, /zero\.trial\.yaml: a character device, not a regular file$/m);
      const importRun = runCli(['import', path.join(dir, 'zero.html'), '--format', 'json']);
      assert.equal(importRun.status, 1);
      assert.match(importRun.stderr, /zero\.html: not imported: a character device, not a regular file$/m);
      assert.equal(runCli(['export', path.join(dir, 'zero.trial.yaml')]).status, 1);
    },
  );

  it(
    'stops reading at the limit a file whose size the system does not report (/proc)',
    { skip: existsSync('/proc/self/maps') ? false : 'no /proc' },
    () => {
      const dir = folder('proc');
      // A regular file of size 0 that yields several kB: the CLI's own memory map.
      symlinkSync('/proc/self/maps', path.join(dir, 'maps.html'));
      const run = runCli(['import', path.join(dir, 'maps.html'), '--max-size', '200', '--format', 'json']);
      assert.equal(run.status, 1);
      assert.match(
        run.stderr,
        /maps\.html: not imported: too large: more than the 200 bytes limit \(reading stopped there\); --max-size raises it$/m,
      );
    },
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
