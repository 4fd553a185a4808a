// The preview webview's script (client/webview/preview.ts, bundled as scripts/build.mjs does) in headless Chromium, with a stand-in for VS Code's
// `acquireVsCodeApi`: renders patch the page in place, scroll is kept, clicks ask to reveal source, links go
// through the extension, stale renders show a banner, and the editor's scroll moves the preview.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { render } from './renderKit';

const CHROMIUM = '/usr/bin/chromium';
/** Bundled here, with scripts/build.mjs's options, so that the test needs no prior build. */
const PREVIEW_SCRIPT = buildSync({
  entryPoints: ['client/webview/preview.ts'],
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  write: false,
}).outputFiles[0].text;
const SAMPLE = readFileSync('samples/NCT06731192.trial.yaml', 'utf8');

const SHELL = `<!DOCTYPE html><html><head><style>${readFileSync('media/preview.css', 'utf8')}</style></head>
<body class="vscode-body"><div id="stale-banner" class="stale-banner" role="status" hidden></div><main id="record-root"></main>
<script>
  window.posted = [];
  window.savedState = undefined;
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.posted.push(message),
    getState: () => window.savedState,
    setState: (state) => { window.savedState = state; },
  });
</script></body></html>`;

interface Posted {
  readonly type: string;
  readonly [key: string]: unknown;
}

describe('the preview webview script', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed` }, () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  after(async () => {
    await browser?.close();
  });

  async function open(savedState?: object): Promise<void> {
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent(SHELL);
    if (savedState) await js(`window.savedState = ${JSON.stringify(savedState)}`);
    await page.addScriptTag({ content: PREVIEW_SCRIPT });
  }

  /** Evaluates JavaScript in the page (as a string: these tests are type-checked without the DOM library). */
  async function js<T>(expression: string): Promise<T> {
    return page.evaluate<T>(expression);
  }

  async function posted(): Promise<Posted[]> {
    return js<Posted[]>('window.posted');
  }

  async function send(message: object): Promise<void> {
    await js(`window.postMessage(${JSON.stringify(message)}, '*')`);
  }

  async function renderText(text: string, version: number, staleReason?: string): Promise<void> {
    await send({ type: 'render', resource: 'file:///s.trial.yaml', locked: false, version, html: render(text).html, staleReason });
    await page.waitForFunction(`window.posted.some((m) => m.type === 'rendered' && m.version === ${version})`);
  }

  it('says it is ready, renders, and confirms the version it shows', async () => {
    await open();
    assert.deepEqual((await posted())[0], { type: 'ready' });
    await renderText(SAMPLE, 1);
    assert.equal(await page.locator('h1').innerText(), 'Human Umbilical Cord Mesenchymal Stem Cells for Alport Syndrome (HUCMSC)');
    assert.deepEqual(await js('window.savedState'), { resource: 'file:///s.trial.yaml', locked: false });
    await page.close();
  });

  it('patches the page in place on an edit: same elements, new text, the part being read stays where it is', async () => {
    await open();
    await renderText(SAMPLE, 1);
    const topOfDesign = () => js<number>(`document.querySelector('#section-design h2').getBoundingClientRect().top`);
    await js(`window.scrollTo(0, 900); window.keep = document.querySelector('#section-design h2')`);
    const before = await topOfDesign();
    // Below the reader: the page must not move.
    await renderText(
      `${SAMPLE}referencesModule:\n  seeAlsoLinks:\n    - {label: A section added at the end, url: "https://example.org"}\n`,
      2,
    );
    assert.ok(await page.locator('#section-references').isVisible());
    assert.equal(await topOfDesign(), before);
    assert.equal(await js('window.scrollY'), 900);
    // Above the reader, shortening the title: what they read stays put (the browser anchors the scroll).
    await renderText(SAMPLE.replace('Human Umbilical Cord Mesenchymal Stem Cells for Alport Syndrome\n', 'An edited title\n'), 3);
    assert.equal(await page.locator('h1').innerText(), 'An edited title (HUCMSC)');
    assert.equal(await js(`window.keep === document.querySelector('#section-design h2')`), true, 'unchanged parts keep their elements');
    assert.ok(Math.abs((await topOfDesign()) - before) < 1, `the design heading moved from ${before} to ${await topOfDesign()}`);
    await page.close();
  });

  it('shows a banner while the render is stale, and hides it again', async () => {
    await open();
    await renderText(SAMPLE, 1, 'Line 3: Nested mappings are not allowed in compact mappings');
    assert.equal(await page.locator('#stale-banner').isVisible(), true);
    assert.match(await page.locator('#stale-banner').innerText(), /last version that parsed.*Line 3: Nested mappings/);
    await renderText(SAMPLE, 2);
    assert.equal(await page.locator('#stale-banner').isVisible(), false);
    await page.close();
  });

  it('asks the extension to reveal the source of a clicked field, and to open a clicked link', async () => {
    await open();
    await renderText(SAMPLE + 'referencesModule:\n  seeAlsoLinks:\n    - {label: Registry, url: "https://example.org/x"}\n', 1);
    const expected = await page.locator('[data-pointer="/designModule/studyType"]').getAttribute('data-range');
    await page.locator('[data-pointer="/designModule/studyType"] dd').click();
    await page.locator('a[href="https://example.org/x"]').click();
    const messages = (await posted()).filter((m) => m.type === 'revealRange' || m.type === 'openLink');
    assert.deepEqual(messages, [
      { type: 'revealRange', range: (expected ?? '').split(/[:-]/).map(Number) },
      { type: 'openLink', href: 'https://example.org/x' },
    ]);
    assert.equal(page.url(), 'about:blank', 'the webview itself never navigates');
    await page.close();
  });

  it('scrolls to the element for an editor line without echoing it back, and reports the line when the reader scrolls', async () => {
    await open();
    await renderText(SAMPLE, 1);
    const eligibility = await page.locator('#section-eligibility').getAttribute('data-start-line');
    await send({ type: 'scrollToLine', line: Number(eligibility) });
    await page.waitForFunction(`Math.abs(document.querySelector('#section-eligibility').getBoundingClientRect().top) < 2`);
    // Let any scroll event fire: it must not be sent back as the reader's scroll.
    await js('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    assert.deepEqual(
      (await posted()).filter((m) => m.type === 'revealLine'),
      [],
    );

    await js(`window.scrollTo(0, document.querySelector('#section-design').getBoundingClientRect().top + window.scrollY)`);
    const design = Number(await page.locator('#section-design').getAttribute('data-start-line'));
    await page.waitForFunction(`window.posted.some((m) => m.type === 'revealLine')`);
    const reveal = (await posted()).find((m) => m.type === 'revealLine');
    assert.equal(reveal?.line, design);
    await page.close();
  });

  it('restores the scroll position saved before a reload', async () => {
    await open();
    await renderText(SAMPLE, 1);
    const outcomes = Number(await page.locator('#section-outcomes').getAttribute('data-start-line'));
    await page.close();
    await open({ resource: 'file:///s.trial.yaml', locked: true, line: outcomes });
    await renderText(SAMPLE, 1);
    await page.waitForFunction(`Math.abs(document.querySelector('#section-outcomes').getBoundingClientRect().top) < 2`);
    await page.close();
  });
});
