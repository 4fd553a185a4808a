// `npm run package`: the production build, then `vsce package` into dist-vsix/trial-record-studio.vsix.
// The folder is created here because vsce does not create the output folder (a clean clone has none).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join('dist-vsix', 'trial-record-studio.vsix');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ['scripts/build.mjs', '--production']);
fs.mkdirSync(path.join(root, 'dist-vsix'), { recursive: true });
run(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', outFile]);
