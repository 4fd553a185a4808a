// Renders media/icon.svg (the source, edited by hand) to media/icon.png, the 128×128 Marketplace icon that
// package.json's `icon` names: VS Code and the Marketplace accept no SVG icon. Run it after editing the SVG and
// commit both files: `node scripts/render-icon.mjs` (needs Chromium; CHROMIUM=/path/to/chromium overrides).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const size = 128;
const svg = fs.readFileSync(path.join(root, 'media', 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true });
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  // omitBackground keeps the rounded corners transparent.
  await page.screenshot({
    path: path.join(root, 'media', 'icon.png'),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
} finally {
  await browser.close();
}
console.log(`media/icon.png: ${size}×${size} from media/icon.svg`);
