#!/usr/bin/env node
// README screenshots from the real thing: the packaged .vsix installed into code-server (route B of
// shared/design/e2e-code-server.md), driven through the UI with playwright-core and headless Chromium.
//
//   node scripts/screenshot.mjs                 build + package, then shoot
//   node scripts/screenshot.mjs --skip-package  use the existing dist-vsix/trial-record-studio.vsix
//
// Writes docs/images/diagnostics.png (squiggles + Problems panel on samples/invalid-example.trial.yaml) and
// docs/images/completion.png (status completion after `overallStatus: `). Viewport 1400x900.
// TRIAL_RECORD_VSIX / TRIAL_RECORD_SAMPLES point it at another .vsix / samples folder.
// Works on a temporary copy of samples/ (named `samples`, so the Explorer reads the same), never the folder itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { installVsix, packageExtension, root, startCodeServer, tailFile, vsixPath } from './code-server.mjs';

const FILE = 'invalid-example.trial.yaml';
const samplesDir = path.resolve(process.env.TRIAL_RECORD_SAMPLES || path.join(root, 'samples'));
const imagesDir = path.join(root, 'docs', 'images');
const UI_TIMEOUT = 60_000;

/** Runs a command from the command palette (F1: Ctrl+Shift+P may be taken by the browser). */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row').first();
  await row.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

async function goToLine(page, line) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

async function main() {
  const vsix = process.env.TRIAL_RECORD_VSIX
    ? path.resolve(process.env.TRIAL_RECORD_VSIX)
    : process.argv.includes('--skip-package')
      ? vsixPath
      : packageExtension();
  if (!fs.existsSync(path.join(samplesDir, FILE))) throw new Error(`${path.join(samplesDir, FILE)} does not exist`);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-shots-'));
  const workspace = path.join(temp, 'samples');
  fs.cpSync(samplesDir, workspace, { recursive: true });
  const userDataDir = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  fs.mkdirSync(imagesDir, { recursive: true });

  let server;
  let browser;
  try {
    installVsix(vsix, extensionsDir, { userDataDir });
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      workspace,
      logName: 'screenshot',
      // A calm picture: no minimap, no breadcrumbs noise.
      settings: { 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Dark Modern' },
    });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.workspaceUrl, { waitUntil: 'domcontentloaded' });

    // Open the file by clicking it in the Explorer.
    const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: FILE });
    await row.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await row.first().click();
    await page.locator('.monaco-editor .view-lines').filter({ hasText: 'overallStatus' }).first().waitFor({ timeout: UI_TIMEOUT });

    // The language server's squiggles, then the Problems panel listing them.
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT });
    await runCommand(page, 'Notifications: Clear All Notifications');
    await runCommand(page, 'Problems: Focus on Problems View');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    const shot1 = path.join(imagesDir, 'diagnostics.png');
    await page.screenshot({ path: shot1 });
    console.log(`wrote ${path.relative(root, shot1)}`);

    // Completion: empty the status value and ask for suggestions right after `overallStatus: `.
    const lines = fs.readFileSync(path.join(workspace, FILE), 'utf8').split(/\r?\n/);
    const index = lines.findIndex((l) => /^\s*overallStatus:/.test(l));
    if (index >= 0) {
      const value = lines[index].replace(/^\s*overallStatus:\s*/, '').replace(/\s+$/, '');
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToLine(page, index + 1);
      await page.keyboard.press('End');
      for (let i = 0; i < value.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.press('Control+Space');
      await page.locator('.monaco-editor .suggest-widget.visible .monaco-list-row').first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
      const shot2 = path.join(imagesDir, 'completion.png');
      await page.screenshot({ path: shot2 });
      console.log(`wrote ${path.relative(root, shot2)}`);
    } else {
      console.warn(`no overallStatus line in ${FILE}: completion.png not taken`);
    }
  } catch (error) {
    if (server) console.error(`--- last lines of ${server.logFile} ---\n${tailFile(server.logFile, 30)}`);
    throw error;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
