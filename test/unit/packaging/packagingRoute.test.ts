// A plain `vsce package` runs `vscode:prepublish` first; without a public address for the README's screenshots it
// stops there with a message that names the command that works, instead of vsce's error after a full build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function route(env: Record<string, string>): { status: number | null; stderr: string } {
  const clean = { ...process.env };
  delete clean.TRIAL_RECORD_PACKAGING;
  delete clean.TRIAL_RECORD_PUBLIC_URL;
  const result = spawnSync(process.execPath, ['scripts/packaging-route.mjs'], { env: { ...clean, ...env }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('packaging route (vscode:prepublish)', () => {
  it('runs first in vscode:prepublish', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    assert.match(manifest.scripts['vscode:prepublish'] ?? '', /^node scripts\/packaging-route\.mjs && /);
  });
  it('stops a plain `vsce package` with a message naming `npm run package`', () => {
    const { status, stderr } = route({});
    assert.equal(status, 1);
    assert.match(stderr, /Package with `npm run package`/);
  });
  it('lets `npm run package` and a packaging with a public address through', () => {
    assert.equal(route({ TRIAL_RECORD_PACKAGING: '1' }).status, 0);
    assert.equal(route({ TRIAL_RECORD_PUBLIC_URL: 'https://example.org/raw/main' }).status, 0);
  });
});
