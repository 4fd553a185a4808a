// ThirdPartyNotices.txt names every npm package esbuild bundled into the shipped scripts, with its version and licence
// text. The list of bundled packages comes from the metafiles `npm run build` leaves in out/esbuild-meta/.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const META_DIR = path.resolve('out/esbuild-meta');
const NOTICES = readFileSync('ThirdPartyNotices.txt', 'utf8');

interface BundleMeta {
  bundle: string;
  metafile: { inputs: Record<string, unknown> };
}

/** The package folders in node_modules whose files went into a shipped bundle. */
function bundledPackageDirs(): Set<string> {
  const dirs = new Set<string>();
  for (const file of readdirSync(META_DIR).filter((name) => name.endsWith('.json'))) {
    const { metafile } = JSON.parse(readFileSync(path.join(META_DIR, file), 'utf8')) as BundleMeta;
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) dirs.add(match[1]);
    }
  }
  return dirs;
}

/** The notice of `name version`: from its header line to the next separator. */
function noticeOf(name: string, version: string): string | undefined {
  return NOTICES.split(/^={100}$/m).find((section) => section.trimStart().startsWith(`${name} ${version}\n`));
}

describe('ThirdPartyNotices.txt', () => {
  before(() => assert.ok(existsSync(META_DIR), 'run `npm run build` first'));

  it('has the metafiles of the shipped bundles', () => {
    const bundles = readdirSync(META_DIR).map((file) => (JSON.parse(readFileSync(path.join(META_DIR, file), 'utf8')) as BundleMeta).bundle);
    assert.deepEqual(bundles.sort(), ['dist/cli.js', 'dist/extension.js', 'dist/server.js', 'media/preview.js']);
  });

  it('has a notice with the licence and its text for every bundled package', () => {
    const dirs = bundledPackageDirs();
    assert.ok(dirs.size >= 20, `${dirs.size} bundled packages`);
    for (const dir of dirs) {
      const { name, version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
      const notice = noticeOf(name, version);
      assert.ok(notice, `no notice for ${name} ${version} (${dir})`);
      assert.match(notice, /^License: \S+/m, `${name}: licence`);
      assert.ok(notice.split('\n').length > 8, `${name}: the licence text`);
    }
  });

  it('carries the BSD-2-Clause notices of entities and domhandler in full', () => {
    for (const name of ['entities', 'domhandler']) {
      const notice = NOTICES.split(/^={100}$/m).find((section) => section.trimStart().startsWith(`${name} `));
      assert.ok(notice, name);
      assert.match(notice, /License: BSD-2-Clause/);
      assert.match(notice, /Copyright \(c\) Felix B(ö|oe)hm/);
      assert.match(notice, /Redistributions in binary form must reproduce the above copyright notice/);
      assert.match(notice, /PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"/);
    }
  });

  it('is what scripts/third-party-notices.mjs writes for the current bundles', () => {
    const check = spawnSync(process.execPath, ['scripts/third-party-notices.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});
