import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openWorkspaceFile, waitFor } from '../helpers';

suite('Activation', () => {
  test('opening invalid-example.trial.yaml gives it the trial-record-yaml language and activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the editor's extensions`);

    const document = await openWorkspaceFile('invalid-example.trial.yaml');
    assert.equal(document.languageId, 'trial-record-yaml');

    await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} to activate`, timeout: 60_000 });
    assert.equal(extension.isActive, true);
  });
});
