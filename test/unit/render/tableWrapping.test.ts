// The record's tables at narrow widths (a preview at half an editor's width, a phone), in headless Chromium: words in
// cells wrap at spaces and hyphens, never inside a word ("Experiment al" was the bug).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { standalonePage } from '../../../server/src/render/standalonePage';
import { render } from './renderKit';

const CHROMIUM = '/usr/bin/chromium';
const STYLESHEET = readFileSync('media/preview.css', 'utf8');
const SAMPLE = readFileSync('samples/NCT06731192.trial.yaml', 'utf8');

/**
 * Page code (a string: these tests are type-checked without the DOM library): every word of every table cell whose
 * line boxes (one client rect per line of a Range over the word) start on more than one line. Words are the runs
 * between spaces, hyphens and slashes, where a line may wrap; tokens of more than 24 characters (URLs) may break anywhere.
 */
const SPLIT_WORDS = `(() => {
  const split = [];
  for (const cell of document.querySelectorAll('.record-table th, .record-table td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.data.matchAll(/[^\\s\\-\\u2010-\\u2014\\/]+/g)) {
        if (word[0].length > 24) continue;
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(word[0]);
      }
    }
  }
  return split;
})()`;

describe('record tables at narrow widths', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed` }, () => {
  let browser: Browser;
  const page = standalonePage(render(SAMPLE).html, { title: 'NCT06731192', css: STYLESHEET });

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  after(async () => {
    await browser?.close();
  });

  for (const width of [300, 360, 420, 500, 640]) {
    it(`splits no word in a table cell at ${width}px, and the page stays within the screen`, async () => {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      await tab.setContent(page);
      const cells = await tab.evaluate<number>(`document.querySelectorAll('.record-table td').length`);
      assert.ok(cells >= 6, `the sample has its arms and interventions tables (${cells} cells)`);
      assert.deepEqual(await tab.evaluate<string[]>(SPLIT_WORDS), [], `words split across lines at ${width}px`);
      const overflow = await tab.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen: wide tables must scroll inside their box`);
      await tab.close();
    });
  }

  it('still breaks a long unbreakable token outside tables rather than widen the page', async () => {
    const url = `https://example.org/${'a'.repeat(120)}`;
    const tab = await browser.newPage({ viewport: { width: 360, height: 600 } });
    await tab.setContent(standalonePage(`<main class="trial-record"><p id="long">${url}</p></main>`, { title: 'long', css: STYLESHEET }));
    const lines = await tab.evaluate<number>(
      `(() => { const range = document.createRange(); range.selectNodeContents(document.getElementById('long')); return range.getClientRects().length; })()`,
    );
    assert.ok(lines > 1, `the URL wraps onto several lines (${lines})`);
    const overflow = await tab.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await tab.close();
  });
});

describe('the stylesheet’s word breaking', () => {
  it('never breaks words anywhere in table cells (no word-break: break-all; overflow-wrap: anywhere only outside cells)', () => {
    const css = STYLESHEET.replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(css, /word-break:\s*break-(all|word)/, 'word-break: break-all splits every word; use overflow-wrap where needed');
    const cellRule = /\.record-table th,\s*\.record-table td\s*\{([^}]*)\}/.exec(css);
    assert.ok(cellRule, 'the stylesheet styles the record tables’ cells');
    assert.match(
      cellRule[1],
      /overflow-wrap:\s*break-word/,
      'cells wrap words only at spaces (break-word does not shrink a column below its longest word)',
    );
  });
});
