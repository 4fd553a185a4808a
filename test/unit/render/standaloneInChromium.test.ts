// The page `trial-record render` writes, opened in a real browser (Debian's Chromium through playwright-core).
// Set TRIAL_RECORD_SCREENSHOTS=1 to also save docs/images/preview-standalone.png (the README's picture).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readPreviewStylesheet } from '../../../server/src/render/previewStylesheet';
import { standalonePage } from '../../../server/src/render/standalonePage';
import { render } from './renderKit';

const CHROMIUM = '/usr/bin/chromium';
const SAMPLE = 'samples/NCT06731192.trial.yaml';
const SCREENSHOT = 'docs/images/preview-standalone.png';

interface PageVisit {
  readonly page: Page;
  readonly consoleProblems: string[];
  readonly requests: string[];
}

describe('the standalone page in Chromium', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed` }, () => {
  let browser: Browser;
  let file: string;

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const { html } = render(readFileSync(SAMPLE, 'utf8'));
    const folder = mkdtempSync(path.join(os.tmpdir(), 'trial-record-page-'));
    file = path.join(folder, 'page.html');
    writeFileSync(file, standalonePage(html, { title: 'NCT06731192', css: readPreviewStylesheet() }));
  });

  after(async () => {
    await browser?.close();
  });

  async function visit(colorScheme: 'light' | 'dark', width = 1000): Promise<PageVisit> {
    const context = await browser.newContext({ viewport: { width, height: 1200 }, colorScheme });
    const page = await context.newPage();
    const consoleProblems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, consoleProblems, requests };
  }

  it('opens with no console errors, loads nothing but itself, and shows the record', async () => {
    const { page, consoleProblems, requests } = await visit('light');
    assert.deepEqual(consoleProblems, []);
    assert.deepEqual(requests, [pathToFileURL(file).href], 'the only request is the page itself');
    assert.equal(await page.locator('h1').innerText(), 'Human Umbilical Cord Mesenchymal Stem Cells for Alport Syndrome (HUCMSC)');
    assert.equal(await page.locator('.status-badge').innerText(), 'Not yet recruiting');
    const headings = await page.locator('h2').allInnerTexts();
    for (const heading of ['Status', 'Design', 'Arms and interventions', 'Outcome measures', 'Eligibility', 'Contacts and locations']) {
      assert.ok(
        headings.some((h) => h.startsWith(heading)),
        `${heading} in ${headings.join(' | ')}`,
      );
    }
    // The embedded stylesheet applies (the CSP allows it): the badge is a pill, the facts a grid.
    assert.notEqual(await page.evaluate(`getComputedStyle(document.querySelector('.status-badge')).borderTopLeftRadius`), '0px');
    assert.equal(await page.evaluate(`getComputedStyle(document.querySelector('dl.facts')).display`), 'grid');
    // No script may run: the page's CSP has no script source.
    assert.equal(await page.evaluate('document.scripts.length'), 0);

    if (process.env.TRIAL_RECORD_SCREENSHOTS === '1') {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, clip: { x: 0, y: 0, width: 1000, height: 1200 } });
    }
    await page.context().close();
  });

  it('follows the reader’s dark colour scheme and stays readable on a narrow screen', async () => {
    const light = await visit('light');
    const dark = await visit('dark', 360);
    // (Page code is given as strings: these tests are type-checked without the DOM library.)
    const background = (visit: PageVisit) => visit.page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    assert.equal(await background(light), 'rgb(255, 255, 255)');
    assert.equal(await background(dark), 'rgb(13, 17, 23)');
    assert.deepEqual(dark.consoleProblems, []);
    // Nothing wider than the screen: tables scroll inside their box, long words wrap.
    const overflow = await dark.page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 360px screen`);
    await light.page.context().close();
    await dark.page.context().close();
  });
});
