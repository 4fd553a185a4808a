// Trial Record: New Record inside a real VS Code: with a study type given as the argument (the quick pick is the
// only part not driven here), an unsaved new-study.trial.yaml opens in the workspace folder with the server's
// skeleton, indented by two spaces, and the Problems panel names each required field still empty.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import { describeDiagnostics, revertAndClose, waitFor, waitForDiagnostics, workspaceFolder } from '../helpers';

const NEW_RECORD = 'trialRecord.newRecord';

/** Required fields of an observational study, by the name the server's message gives them. */
const UNFILLED_OBSERVATIONAL = [
  'Brief title',
  'Overall status',
  'Observational model',
  'Time perspective',
  'Eligibility criteria',
  'Sampling method',
];

suite('New Record', () => {
  test('an observational record opens unsaved, with its required fields empty and each listed as a problem', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(NEW_RECORD, { studyType: 'OBSERVATIONAL' });
    assert.ok(uri, `${NEW_RECORD} returned no document`);
    assert.equal(uri.scheme, 'untitled');
    assert.match(uri.path.split('/').pop() ?? '', /^new-study(-\d+)?\.trial\.yaml$/);
    assert.ok(uri.path.startsWith(`${workspaceFolder().uri.path}/`), `not in the workspace folder: ${uri.path}`);

    const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()), {
      message: 'the new record in an editor',
    });
    const document = editor.document;
    assert.equal(document.languageId, 'trial-record-yaml');
    assert.equal(document.isDirty, true, 'the new record should be unsaved');
    assert.equal(editor.options.tabSize, 2);
    assert.equal(editor.options.insertSpaces, true);

    const text = document.getText();
    const record = parseYaml(text) as { designModule?: { studyType?: string }; identificationModule?: { briefTitle?: unknown } };
    assert.equal(record.designModule?.studyType, 'OBSERVATIONAL');
    assert.equal(record.identificationModule?.briefTitle, null, 'the brief title is left for the author');
    assert.match(text, /^ {2}briefTitle:$/m, 'fields are indented by two spaces');
    assert.match(text, /^ {4}observationalModel:$/m);

    const diagnostics = await waitForDiagnostics(
      uri,
      (found) => UNFILLED_OBSERVATIONAL.every((field) => found.some((d) => d.message.startsWith(`${field} must be`))),
      { message: 'a problem for each empty required field' },
    );
    const briefTitleLine = text.split('\n').indexOf('  briefTitle:');
    assert.ok(
      diagnostics.some((d) => d.message.startsWith('Brief title must be') && d.range.start.line === briefTitleLine),
      `the brief title's problem is not on its line ${briefTitleLine}:\n${describeDiagnostics(diagnostics)}`,
    );

    await revertAndClose(document);
  });

  test('a study type it does not know opens nothing', async () => {
    const before = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(NEW_RECORD, { studyType: 'PILOT' });
    assert.equal(uri, undefined);
    const opened = vscode.workspace.textDocuments.filter((document) => !before.has(document.uri.toString()));
    assert.deepEqual(
      opened.map((document) => document.uri.toString()),
      [],
    );
  });
});
