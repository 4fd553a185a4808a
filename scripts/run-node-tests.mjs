// Runs the given *.test.ts files and those under the given folders with node's test runner (TypeScript through
// tsx). Node 20's `--test` does not expand globs itself, hence this small finder.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { ensureValidators } from './schema/ensure-validators.mjs';

function findTests(folder) {
  if (!statSync(folder).isDirectory()) return [folder];
  const found = [];
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) found.push(...findTests(full));
    else if (name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

// `--parallel`: as many test files at once as the process may use cores (the CLI's count: a container's CPU quota
// counts; node's default leaves one core idle, which on a two-core CI machine runs the files one by one). Only for
// suites that time nothing against the clock.
const parallel = process.argv.includes('--parallel');
const folders = process.argv.slice(2).filter((arg) => arg !== '--parallel');
const files = folders.flatMap((folder) => findTests(folder));
if (files.length === 0) {
  console.error(`no *.test.ts files under ${folders.join(', ')}`);
  process.exit(1);
}
ensureValidators();
// `--test-concurrency` came in Node 20.10; an older Node 20 runs the files with its default.
const [major, minor] = process.versions.node.split('.').map(Number);
const takesConcurrency = major > 20 || (major === 20 && minor >= 10);
const concurrency =
  parallel && takesConcurrency
    ? [`--test-concurrency=${(await tsImport('../server/src/cli/usableCores.ts', import.meta.url)).usableCores()}`]
    : [];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...concurrency, '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
