// The packaged extension (dist-vsix/trial-record-studio.vsix, written by `npm run package`; scripts/test-all.mjs runs
// this folder right after that step) holds what its page in VS Code shows: a README whose screenshots VS Code can
// load (inline `data:` PNGs, see scripts/package.mjs), the image files, the icon, the licence, the changelog and the
// third-party notices; and nothing that only builds it.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

const VSIX = path.resolve('dist-vsix/trial-record-studio.vsix');

/** The image links of a Markdown text (`![alt](link)` and `<img src="link">`). */
function imageLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g), ...markdown.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)].map(
    (m) => m[1],
  );
}

/** Relative image paths of a Markdown text, web and data addresses left out. */
function relativeImages(markdown: string): string[] {
  return imageLinks(markdown).filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link));
}

describe('the packaged .vsix', () => {
  let zip: JSZip;
  let names: Set<string>;

  before(async () => {
    assert.ok(existsSync(VSIX), 'run `npm run package` first');
    zip = await JSZip.loadAsync(readFileSync(VSIX));
    names = new Set(
      Object.values(zip.files)
        .filter((entry) => !entry.dir)
        .map((entry) => entry.name),
    );
  });

  it('holds every image the README links', () => {
    const sourceImages = relativeImages(readFileSync('README.md', 'utf8'));
    assert.ok(sourceImages.length >= 5, `README.md links ${sourceImages.length} images`);
    for (const image of sourceImages)
      assert.ok(names.has(path.posix.join('extension', path.posix.normalize(image))), `${image} is not in the .vsix`);
  });

  it('packages a README whose images VS Code can show: each screenshot inline, or at a path inside the .vsix', async () => {
    const packagedReadme = await zip.file('extension/readme.md')?.async('string');
    assert.ok(packagedReadme, 'extension/readme.md');
    assert.ok(!names.has('extension/README.md'), 'one README only');
    const sourceImages = relativeImages(readFileSync('README.md', 'utf8'));
    const packagedImages = imageLinks(packagedReadme);
    assert.equal(packagedImages.length, sourceImages.length, 'the same images, in the same order');
    packagedImages.forEach((link, index) => {
      if (link.startsWith('data:')) {
        assert.ok(link.startsWith('data:image/png;base64,'), link.slice(0, 40));
        const inlined = Buffer.from(link.slice('data:image/png;base64,'.length), 'base64');
        assert.ok(inlined.equals(readFileSync(sourceImages[index])), `${sourceImages[index]} inlined byte for byte`);
      } else if (!link.startsWith('https:')) {
        assert.ok(names.has(path.posix.join('extension', path.posix.normalize(link))), `the packaged README's ${link} is not in the .vsix`);
      }
    });
  });

  it('holds the icon package.json names, the licence, the changelog and the third-party notices', async () => {
    const manifestText = await zip.file('extension/package.json')?.async('string');
    assert.ok(manifestText);
    const manifest = JSON.parse(manifestText) as { icon?: string; repository?: unknown };
    assert.equal(manifest.icon, 'media/icon.png');
    assert.ok(names.has('extension/media/icon.png'));
    assert.ok(names.has('extension/LICENSE.txt'), 'LICENSE');
    assert.ok(names.has('extension/changelog.md'), 'CHANGELOG');
    assert.ok(names.has('extension/ThirdPartyNotices.txt'), 'ThirdPartyNotices.txt');
    assert.equal(manifest.repository, undefined, 'no placeholder repository');
  });

  it('declares the icon and the changelog to the gallery', async () => {
    const vsixManifest = await zip.file('extension.vsixmanifest')?.async('string');
    assert.ok(vsixManifest);
    assert.match(vsixManifest, /Type="Microsoft\.VisualStudio\.Services\.Icons\.Default" Path="extension\/media\/icon\.png"/);
    assert.match(vsixManifest, /Type="Microsoft\.VisualStudio\.Services\.Content\.Changelog" Path="extension\/changelog\.md"/);
    assert.match(vsixManifest, /Microsoft\.VisualStudio\.Services\.Branding\.Color" Value="#1f5f8b"/);
  });

  it('ships the bundles but not sources, tests, source maps or the CLI', () => {
    assert.ok(names.has('extension/dist/extension.js') && names.has('extension/dist/server.js'));
    const unexpected = [...names].filter((name) =>
      /\.(ts|map)$|^extension\/(client|server|shared|test|node_modules|scripts)\/|^extension\/dist\/cli\.js$/.test(name),
    );
    assert.deepEqual(unexpected, []);
  });
});
