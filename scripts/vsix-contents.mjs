// What a .vsix must hold for the extension's page: every image the packaged README shows, either inline (`data:`),
// at an https address, or at a relative path that exists under `extension/` in the .vsix; the icon named in
// package.json, the licence, the changelog and the third-party notices. Used by scripts/package.mjs after
// `vsce package`; test/packaging/vsix.test.ts checks the same from the outside.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** The image paths a Markdown text links: `![alt](path)` and `<img src="path">`. */
export function markdownImageLinks(markdown) {
  const links = [];
  for (const match of markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push(match[1]);
  for (const match of markdown.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)) links.push(match[1]);
  return links;
}

/** The names of the files in a .vsix (a ZIP), folders left out. */
export async function vsixEntries(vsixFile) {
  const zip = await JSZip.loadAsync(fs.readFileSync(vsixFile));
  return {
    zip,
    names: Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name),
  };
}

/** What is missing from the .vsix, one line each; empty when everything is there. */
export async function checkVsixContents(vsixFile) {
  const { zip, names } = await vsixEntries(vsixFile);
  const has = new Set(names.map((name) => name.toLowerCase()));
  const problems = [];
  const readmeEntry = zip.file(/^extension\/readme\.md$/i)[0];
  if (!readmeEntry) return ['extension/readme.md'];
  for (const link of markdownImageLinks(await readmeEntry.async('string'))) {
    if (/^data:image\/png;base64,[A-Za-z0-9+/]{100}/.test(link)) continue; // inlined (scripts/package.mjs)
    if (/^https:/i.test(link)) continue; // rewritten to TRIAL_RECORD_PUBLIC_URL
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
      problems.push(`an image VS Code would not show: ${link.slice(0, 60)}`);
      continue;
    }
    const entry = path.posix.join('extension', path.posix.normalize(decodeURI(link)));
    if (!has.has(entry.toLowerCase())) problems.push(`${entry} (an image the README shows)`);
  }
  const manifest = JSON.parse(await zip.file('extension/package.json').async('string'));
  if (!manifest.icon || !has.has(path.posix.join('extension', manifest.icon).toLowerCase()))
    problems.push(`the icon (${manifest.icon ?? 'no "icon" in package.json'})`);
  if (!names.some((name) => /^extension\/licen[sc]e(\.(md|txt))?$/i.test(name))) problems.push('extension/LICENSE');
  if (!has.has('extension/changelog.md')) problems.push('extension/changelog.md');
  if (!has.has('extension/thirdpartynotices.txt')) problems.push('extension/ThirdPartyNotices.txt');
  return problems;
}
