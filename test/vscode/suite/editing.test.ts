// Editing a record feels like editing YAML in VS Code: two-space indentation in new and imported records, and
// Enter and outdent put new keys where the server expects them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor, waitForDiagnostics } from '../helpers';

const IMPORT_PAGE = 'trialRecord.importRegistryPage';
const IGNITE_PAGE = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'import', 'pages', 'ignite-NCT06731192.txt');

async function type(text: string): Promise<void> {
  await vscode.commands.executeCommand('type', { text });
}

function lineText(editor: vscode.TextEditor): string {
  return editor.document.lineAt(editor.selection.active.line).text;
}

suite('Editing records', () => {
  test('an imported record opens with two-space indentation, and a key typed after Enter and outdent sits beside its siblings', async () => {
    const text = fs.readFileSync(IGNITE_PAGE, 'utf8');
    const outcome = await vscode.commands.executeCommand<{ records: Array<{ uri: vscode.Uri }> }>(IMPORT_PAGE, {
      text,
      sourceName: 'clipboard',
    });
    const [record] = outcome?.records ?? [];
    assert.ok(record, 'nothing was imported');
    const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === record.uri.toString()), {
      message: 'the imported record in an editor',
    });
    assert.equal(editor.options.tabSize, 2);
    assert.equal(editor.options.insertSpaces, true);

    // At the end of `    class: OTHER` under `  leadSponsor:`.
    const document = editor.document;
    const classLine = document
      .getText()
      .split('\n')
      .findIndex((line, index, lines) => line === '    class: OTHER' && lines.slice(0, index).some((l) => l === '  leadSponsor:'));
    assert.ok(classLine > 0, 'no leadSponsor class line in the imported record');
    const end = document.lineAt(classLine).range.end;
    editor.selection = new vscode.Selection(end, end);
    await type('\n');
    assert.equal(lineText(editor), '    ', 'Enter keeps the sibling indentation');
    await vscode.commands.executeCommand('editor.action.outdentLines');
    await type('collaborators:');
    assert.equal(lineText(editor), '  collaborators:', 'outdent goes back one level of two spaces, beside leadSponsor');
    await type('\n');
    assert.equal(lineText(editor), '    ', 'Enter after a key opens its block two spaces deeper');
    await type('- name: Sun Yat-sen University');

    // The published problems catch up with the last keystroke: then none is on the typed lines.
    const typedLines = (d: vscode.Diagnostic) => d.range.start.line >= classLine && d.range.start.line <= classLine + 3;
    await waitForDiagnostics(
      document.uri,
      (diagnostics) =>
        !diagnostics.some((d) => d.message.startsWith('Wrong indentation')) &&
        !diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error && typedLines(d)),
      { message: 'no indentation problem and no error on the typed lines' },
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Sort Record into Registry Order puts modules in API order, comments moving with their keys', async () => {
    const text =
      '# my draft\nstatusModule:\n  overallStatus: RECRUITING\n# who runs it\nidentificationModule:\n  briefTitle: A sorted study\n';
    const document = await vscode.workspace.openTextDocument({ language: 'trial-record-yaml', content: text });
    await vscode.window.showTextDocument(document);
    const changed = await waitFor(async () => (await vscode.commands.executeCommand<boolean>('trialRecord.sortRecord')) || undefined, {
      message: 'the record to be sorted (the server may still be opening it)',
    });
    assert.equal(changed, true);
    assert.equal(
      document.getText(),
      '# my draft\n# who runs it\nidentificationModule:\n  briefTitle: A sorted study\nstatusModule:\n  overallStatus: RECRUITING\n',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Format Document indents a record by two spaces and keeps its comments where the author aligned them', async () => {
    const text = 'identificationModule:\n      briefTitle: A study   # the short title\n';
    const document = await vscode.workspace.openTextDocument({ language: 'trial-record-yaml', content: text });
    const editor = await vscode.window.showTextDocument(document);
    // VS Code detects six-space indentation in this text; the record's two spaces are set as a user would.
    editor.options = { tabSize: 2, insertSpaces: true };
    await waitFor(
      async () => {
        await vscode.commands.executeCommand('editor.action.formatDocument');
        return document.getText() !== text;
      },
      { message: 'Format Document to change the record' },
    );
    assert.equal(document.getText(), 'identificationModule:\n  briefTitle: A study   # the short title\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
