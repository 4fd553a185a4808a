// Completion as a user meets it: type the start of a key, an everyday word for a status, or the start of an arm's
// label, accept the first suggestion, and the line holds what was meant (never the typed text replaced by
// something else).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { completionLabel, waitFor } from '../helpers';

async function openRecord(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'trial-record-yaml', content });
  const editor = await vscode.window.showTextDocument(document);
  editor.options = { tabSize: 2, insertSpaces: true };
  return editor;
}

/** Puts the cursor at the end of the first line that is exactly `line`. */
function cursorAtEndOf(editor: vscode.TextEditor, line: string): vscode.Position {
  const index = editor.document.getText().split('\n').indexOf(line);
  assert.ok(index >= 0, `no line ${JSON.stringify(line)}`);
  const end = editor.document.lineAt(index).range.end;
  editor.selection = new vscode.Selection(end, end);
  return end;
}

/** Waits until the server offers `label` at `position` (the first requests may reach a server still starting). */
async function waitUntilOffered(editor: vscode.TextEditor, position: vscode.Position, label: string): Promise<string[]> {
  let labels: string[] = [];
  await waitFor(
    async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        editor.document.uri,
        position,
      );
      labels = (list?.items ?? []).map(completionLabel);
      return labels.includes(label);
    },
    { message: `completion to offer ${label}`, timeout: 60_000, interval: 250, describe: () => labels.join(', ') || '(none)' },
  );
  return labels;
}

/** Opens the suggest widget as Ctrl+Space does and accepts its first (selected) item; resolves to the line after. */
async function acceptFirstSuggestion(editor: vscode.TextEditor): Promise<string> {
  const line = editor.selection.active.line;
  const before = editor.document.lineAt(line).text;
  return waitFor(
    async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      const now = editor.document.lineAt(line).text;
      if (now !== before) return now;
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      return undefined;
    },
    { message: 'the suggest widget to open and its first item to be accepted', interval: 200 },
  );
}

suite('Completion, accepted in the editor', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the start of a key completes to that key', async () => {
    const editor = await openRecord('identificationModule:\n  nctId: NCT01234567\n  brief\n');
    const position = cursorAtEndOf(editor, '  brief');
    await waitUntilOffered(editor, position, 'briefTitle');
    const line = await acceptFirstSuggestion(editor);
    assert.match(line, /^ {2}briefTitle:/);
  });

  test('an everyday word for a status completes to the registry value', async () => {
    const editor = await openRecord('statusModule:\n  overallStatus: finished\n');
    const position = cursorAtEndOf(editor, '  overallStatus: finished');
    await waitUntilOffered(editor, position, 'COMPLETED');
    assert.equal(await acceptFirstSuggestion(editor), '  overallStatus: COMPLETED');
  });

  test("an intervention's arm group label completes from the arms the record defines", async () => {
    const record = [
      'armsInterventionsModule:',
      '  armGroups:',
      '    - label: Placebo Comparator Arm',
      '      type: PLACEBO_COMPARATOR',
      '    - label: Semaglutide 2.4 mg',
      '      type: EXPERIMENTAL',
      '  interventions:',
      '    - type: DRUG',
      '      name: Semaglutide',
      '      armGroupLabels:',
      '        - Sema',
      '',
    ].join('\n');
    const editor = await openRecord(record);
    const position = cursorAtEndOf(editor, '        - Sema');
    const offered = await waitUntilOffered(editor, position, 'Semaglutide 2.4 mg');
    assert.ok(offered.includes('Placebo Comparator Arm'), `every defined label is offered: ${offered.join(', ')}`);
    assert.equal(await acceptFirstSuggestion(editor), '        - Semaglutide 2.4 mg');
  });
});
