#!/usr/bin/env node
// Runs the same in-editor test module (out/test/vscode/index.js) under @vscode/test-electron, i.e. in a desktop
// VS Code that it DOWNLOADS from Microsoft (update.code.visualstudio.com) on first use and caches in
// .vscode-test/. That only works where that download is possible (a developer's laptop, a networked CI);
// the build machines here reach only npm and Debian, so there use `npm run test:vscode`
// (test/e2e/run-code-server.mjs: code-server + headless Chromium, same test module).
//
//   npm run build && node test/vscode/run-electron.mjs            (VS Code "stable")
//   VSCODE_VERSION=1.100.3 node test/vscode/run-electron.mjs      (a given version)
// On a headless Linux CI run it under xvfb-run. Tests edit files, so the workspace is a temporary copy of samples/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionTestsPath = path.join(root, 'out', 'test', 'vscode', 'index.js');
if (!fs.existsSync(extensionTestsPath) || !fs.existsSync(path.join(root, 'dist', 'extension.js'))) {
  console.error('Run `npm run build` first (dist/extension.js and out/test/vscode/index.js are missing).');
  process.exit(2);
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-electron-'));
const workspace = path.join(temp, 'workspace');
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });

let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions stay out; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(temp, 'user-data')}`,
      `--extensions-dir=${path.join(temp, 'extensions')}`,
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
