// Bundles every entry point with esbuild (import aliases such as `@trial-record/shared/*` come from each
// file's nearest tsconfig.json, which extends tsconfig.base.json). `--production` minifies and drops source maps
// (what the .vsix ships); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ensureValidators } from './schema/ensure-validators.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // `vscode` is provided by the extension host at run time.
  external: ['vscode'],
  // Prefer ES module builds: jsonc-parser's `main` is a UMD build whose dynamic requires
  // esbuild cannot follow.
  mainFields: ['module', 'main'],
};

// `npm exec trial-record` runs dist/cli.js itself; npm marks a bin executable only when it links one, and in a
// fresh clone the file does not exist yet when `npm ci` links, so the build sets the mode.
function executableOutput(file) {
  return {
    name: 'executable-output',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0) fs.chmodSync(path.join(root, file), 0o755);
      });
    },
  };
}

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' },
  {
    ...common,
    entryPoints: { cli: 'server/src/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [executableOutput('dist/cli.js')],
  },
  // The preview's webview script: a plain script for the webview's browser, loaded from media/ (previewShell.ts).
  {
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
    entryPoints: { preview: 'client/webview/preview.ts' },
    outdir: 'media',
  },
];
// The in-editor test suite is never shipped; it is bundled beside, not into, dist/.
if (!production) {
  builds.push({ ...common, entryPoints: { index: 'test/vscode/index.ts' }, outdir: 'out/test/vscode' });
  // Each suite on its own too, for @vscode/test-cli (.vscode-test.mjs), whose mocha loads test files itself.
  builds.push({ ...common, entryPoints: ['test/vscode/suite/*.test.ts'], outdir: 'out/test/vscode/suite' });
}

ensureValidators();

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  // What went into each shipped bundle, for scripts/third-party-notices.mjs (the licences of the bundled packages).
  const metaDir = path.join(root, 'out', 'esbuild-meta');
  fs.mkdirSync(metaDir, { recursive: true });
  results.forEach((result, index) => {
    const { outdir, entryPoints } = builds[index];
    if (outdir.startsWith('out/')) return; // the test bundle is never shipped
    const bundle = `${outdir}/${Object.keys(entryPoints)[0]}.js`;
    fs.writeFileSync(path.join(metaDir, `${bundle.replace('/', '-')}.json`), JSON.stringify({ bundle, metafile: result.metafile }));
  });
}
