// Regenerates the ajv standalone validators (git-ignored build output) before anything runs the
// language service: esbuild bundles them, and the test runners import them through tsx.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function ensureValidators() {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'schema', 'generate-validators.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('Could not generate the schema validators (scripts/schema/generate-validators.ts).');
    process.exit(result.status ?? 1);
  }
}
