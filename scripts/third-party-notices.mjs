// Writes ThirdPartyNotices.txt: the name, version, licence and full licence text of every npm package that esbuild
// bundled into dist/*.js and media/preview.js (the .vsix and the CLI ship those bundles, not node_modules). The list comes from the
// metafiles that scripts/build.mjs writes to out/esbuild-meta/, so it is exactly what was bundled: run a build first.
//   node scripts/third-party-notices.mjs            write the file
//   node scripts/third-party-notices.mjs --check    exit 1 if the committed file is out of date
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const metaDir = path.join(root, 'out', 'esbuild-meta');
const outFile = path.join(root, 'ThirdPartyNotices.txt');
const licenceFilePattern = /^(licen[sc]e|copying)([-.].*)?$/i;

// A package that ships no licence file gets the standard text of the licence its package.json declares.
const STANDARD_TEXTS = {
  MIT: `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`,
};

/** The package folders (e.g. `node_modules/htmlparser2/node_modules/entities`) of the bundles' inputs, by bundle. */
export function bundledPackageDirs(metafileDir = metaDir) {
  if (!fs.existsSync(metafileDir)) throw new Error(`${path.relative(root, metafileDir)} is missing: run \`npm run build\` first`);
  const dirs = new Map();
  for (const name of fs.readdirSync(metafileDir).filter((file) => file.endsWith('.json'))) {
    const { bundle, metafile } = JSON.parse(fs.readFileSync(path.join(metafileDir, name), 'utf8'));
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (!match) continue;
      const bundles = dirs.get(match[1]) ?? new Set();
      bundles.add(bundle);
      dirs.set(match[1], bundles);
    }
  }
  return dirs;
}

function authorOf(manifest) {
  return typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
}

function noticeFor(dir, bundles) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const licence = typeof manifest.license === 'string' ? manifest.license : manifest.license?.type;
  const files = fs
    .readdirSync(path.join(root, dir))
    .filter((file) => licenceFilePattern.test(file))
    .sort();
  let text;
  if (files.length > 0) {
    text = files.map((file) => fs.readFileSync(path.join(root, dir, file), 'utf8').trim()).join('\n\n');
  } else if (licence && STANDARD_TEXTS[licence]) {
    const author = authorOf(manifest);
    text =
      `(The package ships no licence file; its package.json declares ${licence}${author ? `, author ${author}` : ''}.` +
      ` The standard ${licence} licence text follows.)\n\n${STANDARD_TEXTS[licence]}`;
  } else {
    throw new Error(`${dir} (${manifest.name}) has no licence file and no known licence text (${licence ?? 'no licence field'})`);
  }
  const header = [
    `${manifest.name} ${manifest.version}`,
    `License: ${licence ?? 'see the text below'}`,
    manifest.homepage || manifest.repository
      ? `Source: ${manifest.homepage ?? manifest.repository?.url ?? manifest.repository}`
      : undefined,
    `Bundled into: ${[...bundles].sort().join(', ')}`,
  ].filter(Boolean);
  return { name: manifest.name, version: manifest.version, text: `${header.join('\n')}\n\n${text.replace(/\r\n/g, '\n')}` };
}

export function renderNotices(metafileDir = metaDir) {
  // The same package at the same version can sit in two node_modules folders: one notice, listing every bundle.
  const byRelease = new Map();
  for (const [dir, bundles] of bundledPackageDirs(metafileDir)) {
    const { name, version } = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    const release = byRelease.get(`${name}@${version}`) ?? { dir, bundles: new Set() };
    for (const bundle of bundles) release.bundles.add(bundle);
    byRelease.set(`${name}@${version}`, release);
  }
  const unique = [...byRelease.values()].map(({ dir, bundles }) => noticeFor(dir, bundles));
  unique.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, undefined, { numeric: true }));
  const rule = '='.repeat(100);
  const intro = [
    'Trial Record Studio: third-party notices',
    '',
    'The extension (dist/extension.js, dist/server.js) and the trial-record command line (dist/cli.js) include the',
    'following npm packages, bundled by esbuild. Each is listed with its version, its licence and the licence text it',
    'ships. Generated by scripts/third-party-notices.mjs; do not edit by hand.',
  ].join('\n');
  return `${intro}\n\n${unique.map((notice) => `${rule}\n${notice.text}\n`).join('\n')}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderNotices();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
    if (current !== text) {
      console.error('ThirdPartyNotices.txt is out of date: run `node scripts/third-party-notices.mjs` and commit it');
      process.exit(1);
    }
  } else {
    fs.writeFileSync(outFile, text);
    console.log(`ThirdPartyNotices.txt: ${text.split('\n' + '='.repeat(100)).length - 1} packages`);
  }
}
