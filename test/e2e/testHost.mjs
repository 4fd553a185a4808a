// The in-editor tests run against the extension INSTALLED from its .vsix, exactly what users get. VS Code's
// extension test protocol still needs an `extensionDevelopmentPath`: this writes a tiny stand-in extension for
// it — a package.json with no `main`, no activation events and no contributions — so the only Trial Record
// code in the editor is the installed one. Shared by test/e2e/run-code-server.mjs and test/vscode/run-electron.mjs.
import fs from 'node:fs';
import path from 'node:path';

export const TEST_HOST_NAME = 'trial-record-studio-test-host';

/** Writes the test-host extension into `dir` (created if needed) and returns `dir`. */
export function writeTestHost(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    name: TEST_HOST_NAME,
    displayName: 'Trial Record Studio test host',
    description: 'Stand-in extensionDevelopmentPath for the in-editor tests; contributes and activates nothing.',
    publisher: 'trial-record-studio',
    version: '0.0.0',
    private: true,
    engines: { vscode: '^1.100.0' },
    // The untrusted-workspace scenario opens a restricted-mode window; the stand-in must stay enabled there.
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return dir;
}
