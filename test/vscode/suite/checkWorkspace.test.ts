// Check All Records in Workspace fills the Problems panel for records that are not open, and an opened record
// then shows the server's live problems instead.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitFor, workspaceFolder } from '../helpers';

suite('Check All Records in Workspace', () => {
  const folder = () => vscode.Uri.joinPath(workspaceFolder().uri, `check-all-${Date.now().toString(36)}`);
  let created: vscode.Uri | undefined;

  suiteTeardown(async () => {
    if (created) await vscode.workspace.fs.delete(created, { recursive: true, useTrash: false });
  });

  test('reports a record that is not open, with the same codes as an open one', async () => {
    created = folder();
    const record = vscode.Uri.joinPath(created, 'unopened.trial.yaml');
    const text = 'identificationModule:\n  briefTitle: A study never opened in an editor\nstatusModule:\n  overallStatus: Recruiting\n';
    await vscode.workspace.fs.writeFile(record, new TextEncoder().encode(text));

    const checked = await vscode.commands.executeCommand<number>('trialRecord.checkWorkspace');
    assert.ok(typeof checked === 'number' && checked >= 1, `checked ${String(checked)}`);
    const problems = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(record);
        return found.length > 0 ? found : undefined;
      },
      { message: 'problems of the unopened record' },
    );
    assert.ok(
      problems.some((diagnostic) => codeOf(diagnostic) === 'schema/enum'),
      problems.map((d) => `${codeOf(d)} ${d.message}`).join('\n'),
    );
    assert.equal(
      vscode.workspace.textDocuments.some((document) => document.uri.toString() === record.toString()),
      false,
      'the check opened the record',
    );

    // Opened, the record's problems come from the server, once: the workspace check's copy goes away.
    await vscode.window.showTextDocument(record);
    await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(record).filter((diagnostic) => codeOf(diagnostic) === 'schema/enum');
        return found.length === 1;
      },
      { message: 'one schema/enum problem for the opened record' },
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
