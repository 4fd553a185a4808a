// `npm run package`: `vsce package` into dist-vsix/trial-record-studio.vsix. vsce first runs package.json's
// `vscode:prepublish` (the production build, then scripts/third-party-notices.mjs, so ThirdPartyNotices.txt always
// matches what was bundled); then this script checks the .vsix holds what the extension's page needs
// (scripts/vsix-contents.mjs). The folder is created here because vsce does not create the output folder.
//
// README links and images: the project has no public repository, so package.json names none and vsce cannot turn
// the README's relative links (docs/images/*.png, docs/*.md) into web addresses. The images are packaged beside
// the README (.vscodeignore) and the links are left relative. VS Code's extension page loads README images from
// https: addresses only, so it shows them once the files have one: set TRIAL_RECORD_PUBLIC_URL to the address the
// repository's files are served from (e.g. https://host/owner/trial-record-studio/raw/main) and vsce rewrites
// every relative link and image to it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVsixContents } from './vsix-contents.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join('dist-vsix', 'trial-record-studio.vsix');
const publicUrl = process.env.TRIAL_RECORD_PUBLIC_URL;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

fs.mkdirSync(path.join(root, 'dist-vsix'), { recursive: true });
const links = publicUrl ? ['--baseContentUrl', publicUrl, '--baseImagesUrl', publicUrl] : ['--no-rewrite-relative-links'];
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
