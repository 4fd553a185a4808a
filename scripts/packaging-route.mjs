// Part of `vscode:prepublish`. A plain `vsce package` cannot package this README: vsce turns its relative screenshot
// links into web addresses, and the project has no public repository for them (package.json names none rather than a
// placeholder). Say so plainly and stop before the build, instead of vsce's error after it.
// `npm run package` (scripts/package.mjs) sets TRIAL_RECORD_PACKAGING and packages a README with the screenshots
// inline; with TRIAL_RECORD_PUBLIC_URL set (the https address of the repository's files), it has vsce rewrite the
// links to that address instead.
import fs from 'node:fs';

const manifest = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const viaPackageScript = process.env.TRIAL_RECORD_PACKAGING === '1';
const hasPublicAddress = Boolean(process.env.TRIAL_RECORD_PUBLIC_URL || manifest.repository);
if (!viaPackageScript && !hasPublicAddress) {
  console.error(
    'Package with `npm run package` (dist-vsix/trial-record-studio.vsix): the README links its screenshots relatively and ' +
      'the project has no public repository address for vsce to rewrite them to. ' +
      'Once it has one, set TRIAL_RECORD_PUBLIC_URL=https://…/raw/main (the address of its files) and run `npm run package`.',
  );
  process.exit(1);
}
