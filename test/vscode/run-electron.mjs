#!/usr/bin/env node
// Runs the same in-editor test module (out/test/vscode/index.js) under @vscode/test-electron, i.e. in a desktop
// VS Code that it DOWNLOADS from Microsoft (update.code.visualstudio.com) on first use and caches in
// .vscode-test/. That only works where that download is possible (a developer's laptop, a networked CI);
// the build machines here reach only npm and Debian, so there use `npm run test:vscode`
// (test/e2e/run-code-server.mjs: code-server + headless Chromium, same test module, same two modes).
//
// Like the code-server runner, it installs the packaged extension (dist-vsix/trial-record-studio.vsix; run
// `npm run package` first) with the downloaded VS Code's CLI into a fresh extensions folder and loads the tests
// through the stand-in test-host extension (test/e2e/testHost.mjs), so the code under test is what users install.
//
//   npm run build && npm run package && node test/vscode/run-electron.mjs    (VS Code "stable")
//   VSCODE_VERSION=1.100.3 node test/vscode/run-electron.mjs                 (a given version)
//   node test/vscode/run-electron.mjs --dev   (or TRIAL_RECORD_E2E_DEV=1)    the working tree instead of the .vsix
//   TRIAL_RECORD_E2E_GREP=pattern                                            only the matching tests
// On a headless Linux CI run it under xvfb-run. Tests edit files, so the workspace is a temporary copy of samples/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { writeTestHost } from '../e2e/testHost.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const devMode = process.argv.includes('--dev') || process.env.TRIAL_RECORD_E2E_DEV === '1';
const vsix = path.resolve(process.env.TRIAL_RECORD_E2E_VSIX || path.join(root, 'dist-vsix', 'trial-record-studio.vsix'));
const extensionTestsPath = path.join(root, 'out', 'test', 'vscode', 'index.js');

const missing = [];
if (!fs.existsSync(extensionTestsPath)) missing.push('out/test/vscode/index.js (npm run build)');
if (devMode && !fs.existsSync(path.join(root, 'dist', 'extension.js'))) missing.push('dist/extension.js (npm run build)');
if (!devMode && !fs.existsSync(vsix)) missing.push(`${path.relative(root, vsix)} (npm run package)`);
if (missing.length > 0) {
  console.error(`Missing: ${missing.join(', ')}.`);
  process.exit(2);
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-electron-'));
const workspace = path.join(temp, 'workspace');
const userDataDir = path.join(temp, 'user-data');
const extensionsDir = path.join(temp, 'extensions');
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });

let code = 0;
try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.VSCODE_VERSION || 'stable');
  let extensionDevelopmentPath = root;
  const extensionTestsEnv = {};
  if (!devMode) {
    // The downloaded VS Code's own CLI, pointed at this run's folders (not the defaults it adds).
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const args = [
      ...cliArgs.filter((arg) => !arg.startsWith('--extensions-dir') && !arg.startsWith('--user-data-dir')),
      `--extensions-dir=${extensionsDir}`,
      `--user-data-dir=${userDataDir}`,
      '--install-extension',
      vsix,
      '--force',
    ];
    const install = spawnSync(cli, args, { encoding: 'utf8', stdio: 'inherit', shell: process.platform === 'win32' });
    if (install.status !== 0) throw new Error(`installing ${vsix} failed (exit ${install.status})`);
    extensionDevelopmentPath = writeTestHost(path.join(temp, 'test-host'));
    extensionTestsEnv.TRIAL_RECORD_E2E_INSTALLED_IN = extensionsDir; // checked by suite/activation.test.ts
  }
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath,
    extensionTestsEnv,
    launchArgs: [
      workspace,
      // In dev mode nothing else may load; with the .vsix the fresh extensions folder holds only ours.
      ...(devMode ? ['--disable-extensions'] : []),
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${userDataDir}`,
      `--extensions-dir=${extensionsDir}`,
    ],
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`In-editor tests failed: ${message}`);
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|download/i.test(message)) {
    console.error('No desktop VS Code could be downloaded here; `npm run test:vscode` runs the same tests in code-server, offline.');
  }
  code = 1;
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
process.exit(code);
