// `npm run package`: `vsce package` into dist-vsix/trial-record-studio.vsix. vsce first runs package.json's
// `vscode:prepublish` (the production build, then scripts/third-party-notices.mjs, so ThirdPartyNotices.txt always
// matches what was bundled); then this script checks the .vsix holds what the extension's page needs
// (scripts/vsix-contents.mjs). The folder is created here because vsce does not create the output folder.
//
// README images. The project has no public repository, so package.json names none and vsce cannot turn the README's
// relative links into web addresses. VS Code's extension page does not resolve relative images against the extension
// folder either: it loads README images from `https:` and `data:` only (its Content-Security-Policy), so the packaged
// README (out/vsix/README.md, vsce's --readme-path) carries each screenshot inline as a `data:` PNG. VS Code 1.100 to
// 1.102 (code-server 4.100.3 here) show them; later versions drop `data:` images from extension READMEs and show the
// alt text. Relative links to other files stay relative. The image files are packaged as well (.vscodeignore).
// Once the repository's files have an https address, set TRIAL_RECORD_PUBLIC_URL to it (e.g.
// https://host/owner/trial-record-studio/raw/main): the README is then packaged as it is and vsce rewrites every
// relative link and image to that address, which every VS Code version and the Marketplace show.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVsixContents } from './vsix-contents.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join('dist-vsix', 'trial-record-studio.vsix');
const publicUrl = process.env.TRIAL_RECORD_PUBLIC_URL;

function run(command, args) {
  // TRIAL_RECORD_PACKAGING tells `vscode:prepublish` (scripts/packaging-route.mjs) that the README is taken care of.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TRIAL_RECORD_PACKAGING: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** README.md with every relative image inlined as a `data:` URL, written where vsce takes it from. */
function writeInlinedReadme() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const inlined = readme.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, alt, link) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return whole;
    if (!/\.png$/i.test(link)) throw new Error(`README.md: only PNG images can be inlined, not ${link}`);
    return `![${alt}](data:image/png;base64,${fs.readFileSync(path.join(root, link)).toString('base64')})`;
  });
  const file = path.join('out', 'vsix', 'README.md');
  fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), inlined);
  return file;
}

fs.mkdirSync(path.join(root, 'dist-vsix'), { recursive: true });
const links = publicUrl
  ? ['--baseContentUrl', publicUrl, '--baseImagesUrl', publicUrl]
  : ['--no-rewrite-relative-links', '--readme-path', writeInlinedReadme()];
// --no-dependencies and --allow-missing-repository are also in package.json's `vsce` options, for a plain `vsce package`.
run(process.execPath, [
  path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  ...links,
  '-o',
  outFile,
]);

const problems = await checkVsixContents(path.join(root, outFile));
if (problems.length > 0) {
  console.error(`${outFile} is missing what the extension's page needs:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${outFile}: README images, icon, LICENSE, CHANGELOG and third-party notices are inside`);
