#!/usr/bin/env node
// `npm run screenshots`: README screenshots from the real thing — the packaged .vsix installed into code-server
// (route B of shared/design/e2e-code-server.md), driven through the UI with playwright-core and headless Chromium.
//
//   npm run screenshots                          package (npm run package), then shoot
//   node scripts/screenshot.mjs --skip-package   use the existing dist-vsix/trial-record-studio.vsix
//
// Writes, at 1400x900:
//   docs/images/diagnostics.png  samples/invalid-example.trial.yaml with its squiggles and the Problems panel
//   docs/images/completion.png   the status completion list after `overallStatus: ` (with the item's details)
//   docs/images/hover.png        the hover on the `overallStatus` key of samples/NCT06731192.trial.yaml
//   docs/images/preview.png      the record preview beside that file (when the extension has the preview command)
//   docs/images/review.png       samples/NCT06954740.trial.yaml with review findings in Problems and the preview's
//                                readiness summary beside it
//   docs/images/preview-results.png  the preview of samples/NCT05594173.trial.yaml scrolled to its participant flow
// TRIAL_RECORD_VSIX / TRIAL_RECORD_SAMPLES point it at another .vsix / samples folder.
// Works on a temporary copy of samples/ (named `samples`, so the Explorer reads the same), never the folder itself.
// Every step waits for what it needs on screen (no fixed sleeps); a step that fails names what it waited for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, installVsix, packageExtension, root, startCodeServer, tailFile, vsixPath } from './code-server.mjs';

const INVALID = 'invalid-example.trial.yaml';
const VALID = 'NCT06731192.trial.yaml';
const REVIEWED = 'NCT06954740.trial.yaml';
const WITH_RESULTS = 'NCT05594173.trial.yaml';
const samplesDir = path.resolve(process.env.TRIAL_RECORD_SAMPLES || path.join(root, 'samples'));
const imagesDir = path.join(root, 'docs', 'images');
const UI_TIMEOUT = 60_000;

/** Runs a command from the command palette (F1: Ctrl+Shift+P may be taken by the browser). */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
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

/** Opens a workspace file by clicking it in the Explorer and waits until the editor shows `expectedText`. */
async function openFromExplorer(page, fileName, expectedText) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: fileName });
  await row.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await row.first().click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: UI_TIMEOUT });
  await page
    .locator('.editor-instance .monaco-editor .view-lines')
    .filter({ hasText: expectedText })
    .first()
    .waitFor({ timeout: UI_TIMEOUT });
}

/** 1-based line number of the first line matching `pattern` in a workspace file. */
function lineOf(workspace, fileName, pattern) {
  const lines = fs.readFileSync(path.join(workspace, fileName), 'utf8').split(/\r?\n/);
  const index = lines.findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`${fileName} has no line matching ${pattern}`);
  return { line: index + 1, text: lines[index] };
}

async function shoot(page, name) {
  const file = path.join(imagesDir, name);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(root, file)}`);
}

/** Polls every frame (webviews are nested iframes) until one's text contains `text`; resolves to that frame. */
async function frameWithText(page, text) {
  const deadline = Date.now() + UI_TIMEOUT;
  for (;;) {
    for (const frame of page.frames()) {
      const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (body.includes(text)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview frame showed ${JSON.stringify(text)} within ${UI_TIMEOUT / 1000} s`);
    await page.waitForTimeout(250); // poll interval of the condition above
  }
}

async function diagnosticsShot(page) {
  await openFromExplorer(page, INVALID, 'overallStatus');
  // The language server's squiggles, then the Problems panel listing them.
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  await runCommand(page, 'Notifications: Clear All Notifications');
  await runCommand(page, 'Problems: Focus on Problems View');
  await page
    .locator('.markers-panel .monaco-list-row', { hasText: 'is not a valid overall status' })
    .first()
    .waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await shoot(page, 'diagnostics.png');
}

async function completionShot(page, workspace) {
  const { line, text } = lineOf(workspace, INVALID, /^\s*overallStatus:/);
  if (!/^\s*overallStatus:\s*\S/.test(text)) throw new Error(`${INVALID}: overallStatus has no value to replace`);
  await runCommand(page, 'View: Hide Panel');
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await goToLine(page, line);
  await page.keyboard.press('End');
  // Replace the line's text (Shift+Home stops at the indentation) so it is `overallStatus: ` and nothing after.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('overallStatus: ');
  await page.keyboard.press('Control+Space');
  const widget = page.locator('.monaco-editor .suggest-widget.visible');
  await widget.locator('.monaco-list-row', { hasText: 'NOT_YET_RECRUITING' }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  // Show the focused item's documentation beside the list (Ctrl+Space again toggles the details).
  const details = page.locator('.suggest-details-container .suggest-details');
  if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
  await details.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await shoot(page, 'completion.png');
  await page.keyboard.press('Escape');
}

async function hoverShot(page, workspace) {
  await openFromExplorer(page, VALID, 'overallStatus');
  const { line } = lineOf(workspace, VALID, /^\s*overallStatus:/);
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await goToLine(page, line);
  await page.keyboard.press('Home'); // first non-blank character: the start of the key
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await runCommand(page, 'Show or Focus Hover');
  await page.locator('.monaco-hover:not(.hidden)', { hasText: 'RECRUITING' }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  // The hover fades in: wait until no animation runs on it or its ancestors, so the picture is not see-through.
  await page.waitForFunction(
    () => {
      const hover = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].find((el) => el.textContent?.includes('RECRUITING'));
      if (!hover) return false;
      for (let el = hover; el; el = el.parentElement) {
        if (el.getAnimations().some((a) => a.playState === 'running') || Number(getComputedStyle(el).opacity) < 1) return false;
      }
      return true;
    },
    undefined,
    { timeout: UI_TIMEOUT, polling: 100 },
  );
  await shoot(page, 'hover.png');
  await page.keyboard.press('Escape');
}

async function previewShot(page, workspace) {
  const { text } = lineOf(workspace, VALID, /^\s*briefTitle:/);
  const title = text.replace(/^\s*briefTitle:\s*/, '').trim();
  await openFromExplorer(page, VALID, 'briefTitle');
  await runCommand(page, 'Trial Record: Open Preview to the Side');
  await frameWithText(page, title);
  await runCommand(page, 'Notifications: Clear All Notifications');
  await shoot(page, 'preview.png');
}

async function reviewShot(page) {
  await runCommand(page, 'View: Close All Editors');
  await openFromExplorer(page, REVIEWED, 'identificationModule');
  await runCommand(page, 'Trial Record: Open Preview to the Side');
  await frameWithText(page, 'Ready for submission');
  await runCommand(page, 'Notifications: Clear All Notifications');
  await runCommand(page, 'Problems: Focus on Problems View');
  await page
    .locator('.markers-panel .monaco-list-row', { hasText: 'trial-record review' })
    .first()
    .waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  await shoot(page, 'review.png');
}

async function resultsShot(page) {
  await runCommand(page, 'View: Close All Editors');
  await openFromExplorer(page, WITH_RESULTS, 'protocolSection');
  await runCommand(page, 'Trial Record: Open Preview to the Side');
  const frame = await frameWithText(page, 'Participant flow');
  await frame.locator('#section-results-flow').scrollIntoViewIfNeeded({ timeout: UI_TIMEOUT });
  await runCommand(page, 'Notifications: Clear All Notifications');
  await shoot(page, 'preview-results.png');
}

async function main() {
  const vsix = process.env.TRIAL_RECORD_VSIX
    ? path.resolve(process.env.TRIAL_RECORD_VSIX)
    : process.argv.includes('--skip-package')
      ? vsixPath
      : packageExtension({ quiet: true });
  for (const file of [INVALID, VALID, REVIEWED, WITH_RESULTS]) {
    if (!fs.existsSync(path.join(samplesDir, file))) throw new Error(`${path.join(samplesDir, file)} does not exist`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const hasPreview = (manifest.contributes?.commands ?? []).some((c) => c.command === 'trialRecord.showPreviewToSide');

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
      // A calm picture: no minimap.
      settings: { 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Dark Modern' },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.workspaceUrl, { waitUntil: 'domcontentloaded' });

    await diagnosticsShot(page);
    await completionShot(page, workspace);
    await hoverShot(page, workspace);
    if (hasPreview) {
      await previewShot(page, workspace);
      await reviewShot(page);
      await resultsShot(page);
    } else console.log('the extension has no trialRecord.showPreviewToSide command: preview.png and review.png not taken');
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
