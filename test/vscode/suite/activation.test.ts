import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openWorkspaceFile, waitFor } from '../helpers';

/** Set by test/e2e/run-code-server.mjs when the extension was installed from its .vsix into this folder. */
const INSTALLED_IN_ENV = 'TRIAL_RECORD_E2E_INSTALLED_IN';

suite('Activation', () => {
  test('opening invalid-example.trial.yaml gives it the trial-record-yaml language and activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the editor's extensions`);

    const document = await openWorkspaceFile('invalid-example.trial.yaml');
    assert.equal(document.languageId, 'trial-record-yaml');

    await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} to activate`, timeout: 60_000 });
    assert.equal(extension.isActive, true);
  });

  test('the extension under test is the one installed from the .vsix (when the runner installed one)', function () {
    const installedIn = process.env[INSTALLED_IN_ENV];
    if (!installedIn) {
      this.skip(); // dev mode or @vscode/test-electron with the working tree
      return;
    }
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the editor's extensions`);
    const location = extension.extensionUri.fsPath;
    const relative = path.relative(installedIn, location);
    assert.ok(
      relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative),
      `${EXTENSION_ID} runs from ${location}, not from the extensions folder the .vsix was installed into (${installedIn})`,
    );
    // Only what the package ships is there: the bundles, not the sources.
    assert.equal((extension.packageJSON as { main?: unknown }).main, './dist/extension.js');
  });
});
