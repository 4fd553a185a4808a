// The command line as others install it: `npm pack`, then `npm install -g` of the tarball, then `trial-record` on the
// PATH. The package holds dist/cli.js (one self-contained bundle: no dependencies to fetch, so the install works
// offline), its notices and docs, and nothing else of the repository. Needs `npm run build` first.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CLI, temporaryFolder } from './support/runCli';

const NPM_TIME_LIMIT_MS = 120_000;
const SAMPLE = 'samples/invalid-example.trial.yaml';

function npm(args: readonly string[], cwd = process.cwd()): SpawnSyncReturns<string> {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: NPM_TIME_LIMIT_MS, shell: process.platform === 'win32' });
  assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix)).flatMap((name) => {
    const relative = path.posix.join(prefix, name);
    return statSync(path.join(folder, relative)).isDirectory() ? filesUnder(folder, relative) : [relative];
  });
}

describe('trial-record installed from the packed package', () => {
  const temp = temporaryFolder('trial-record-install-');
  const prefix = path.join(temp.folder, 'prefix');
  let bin: string;
  let installed: string;

  before(() => {
    assert.ok(existsSync(CLI), 'run `npm run build` first');
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp.folder]).stdout) as Array<{
      filename: string;
    }>;
    const tarball = path.join(temp.folder, packed[0].filename);
    // --offline: the bundle needs nothing from the registry, so nothing may be fetched.
    npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], temp.folder);
    bin = process.platform === 'win32' ? path.join(prefix, 'trial-record.cmd') : path.join(prefix, 'bin', 'trial-record');
    installed =
      process.platform === 'win32'
        ? path.join(prefix, 'node_modules', 'trial-record-studio')
        : path.join(prefix, 'lib', 'node_modules', 'trial-record-studio');
  });
  after(() => temp.remove());

  it('holds the CLI bundle, its notices and docs, and no dependency or source', () => {
    assert.deepEqual(filesUnder(installed).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'ThirdPartyNotices.txt',
      'dist/cli.js',
      'package.json',
    ]);
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
      dependencies?: object;
      bin?: Record<string, string>;
    };
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(manifest.bin, { 'trial-record': './dist/cli.js' });
    assert.match(readFileSync(path.join(installed, 'dist/cli.js'), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('runs as `trial-record` and checks a record from anywhere', () => {
    // Run through the installed link (the shebang picks node), with the repository's node_modules out of reach.
    const env = { ...process.env, NODE_PATH: '' };
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8', env, shell: process.platform === 'win32' });
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: trial-record <command>/);

    const check = spawnSync(bin, ['check', path.resolve(SAMPLE), '--today', '2026-11-22'], {
      cwd: temp.folder,
      encoding: 'utf8',
      env,
      shell: process.platform === 'win32',
    });
    assert.equal(check.status, 1, check.stderr);
    assert.match(
      check.stdout,
      /invalid-example\.trial\.yaml:\d+:3 error schema\/unknown-property Unknown field `breifTitle` in `identificationModule`\. Did you mean `briefTitle`\?/,
    );
    assert.match(check.stderr + check.stdout, /1 file checked: \d+ errors?/);
  });

  it('runs from the repository with `npm exec trial-record`', () => {
    const result = spawnSync('npm', ['exec', '--offline', 'trial-record', '--', 'check', SAMPLE], {
      encoding: 'utf8',
      timeout: NPM_TIME_LIMIT_MS,
      shell: process.platform === 'win32',
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^samples\/invalid-example\.trial\.yaml:\d+:\d+ error schema\//m);
  });
});
