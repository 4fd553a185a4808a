// Sizes of the shipped bundles (a production build into memory, same options as
// scripts/build.mjs --production) and the extension's start-up costs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { LspSession } from './lspSession';

export interface BundleSize {
  readonly name: string;
  readonly bytes: number;
}

const ENTRY_POINTS: Record<string, string> = {
  extension: 'client/src/extension.ts',
  server: 'server/src/server.ts',
  cli: 'server/src/cli.ts',
};

export async function productionBundleSizes(root: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [name, entry] of Object.entries(ENTRY_POINTS)) {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: { [name]: entry },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      external: ['vscode'],
      mainFields: ['module', 'main'],
      outdir: 'dist-bench',
      write: false,
      logLevel: 'silent',
    });
    const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
    sizes.push({ name: `dist/${name}.js`, bytes: js ? js.contents.byteLength : 0 });
  }
  return sizes;
}

/**
 * What activation costs outside VS Code: loading the client bundle (with a stand-in for the
 * `vscode` module the host provides) in a fresh Node process, in ms.
 */
export function clientBundleLoadMs(root: string): Promise<number> {
  const script = `
    const Module = require('node:module');
    const load = Module._load;
    Module._load = function (request, ...rest) {
      if (request === 'vscode') return new Proxy({}, { get: () => new Proxy(function () {}, { get: (t, k) => k === 'then' ? undefined : t, construct: () => ({}), apply: () => undefined }) });
      return load.call(this, request, ...rest);
    };
    const start = performance.now();
    require(${JSON.stringify(path.join(root, 'dist', 'extension.js'))});
    process.stdout.write(String(performance.now() - start));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => (code === 0 ? resolve(Number(output)) : reject(new Error(`client bundle failed to load (${code})`))));
  });
}

/** Spawning the language server until it answers `initialize`, in ms. */
export async function serverReadyMs(root: string): Promise<number> {
  const start = performance.now();
  const session = new LspSession('ours', process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio']);
  await session.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const elapsed = performance.now() - start;
  await session.shutdown();
  return elapsed;
}
