// Configuration for @vscode/test-cli: `npx @vscode/test-cli` (the `vscode-test` command) and VS Code's Extension Test
// Runner run the in-editor suites with it, in a desktop VS Code that test-cli downloads (so only where that
// download is possible; offline, `npm run test:vscode` runs the same suites in code-server). Run `npm run build`
// first: it bundles each test/vscode/suite/*.test.ts to out/test/vscode/suite/*.test.js, which test-cli's own mocha
// loads. Written as a plain object (what test-cli's `defineConfig` returns), so this file needs no import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

// The suites edit files: they run on a fresh copy of samples/, as in test/vscode/run-electron.mjs.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-test-cli-'));
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });

export default {
  label: 'in-editor suites',
  files: 'out/test/vscode/suite/*.test.js',
  version: process.env.VSCODE_VERSION || 'stable',
  extensionDevelopmentPath: root,
  workspaceFolder: workspace,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  // As in test/vscode/index.ts: the editor, the extension and its server start cold; nothing here asserts speed.
  mocha: { ui: 'tdd', timeout: 120_000, slow: 20_000 },
};
