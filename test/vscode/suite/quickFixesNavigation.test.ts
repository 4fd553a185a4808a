import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, diagnosticsOf, rangeOfMatch, waitFor, waitForDiagnostics, useWorkspaceDocument } from '../helpers';

const INVALID = 'invalid-example.trial.yaml';
const RULE_SOURCE = 'trial-record rules';

/** The code actions VS Code collects for `range` (only `kind` when given). */
async function codeActionsAt(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
    kind,
  );
  return (actions ?? []).filter(
    (action): action is vscode.CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'),
  );
}

async function applyAndWait(
  document: vscode.TextDocument,
  edit: vscode.WorkspaceEdit | undefined,
  expected: (text: string) => boolean,
  what: string,
): Promise<void> {
  assert.ok(edit, `${what}: no edit`);
  assert.ok(await vscode.workspace.applyEdit(edit), `${what}: applyEdit was refused`);
  await waitFor(() => expected(document.getText()), { message: what, describe: () => document.getText() });
}

suite('Quick fixes and navigation', () => {
  const sample = useWorkspaceDocument(INVALID);
  let document: vscode.TextDocument;
  let originalText: string;
  setup(() => {
    ({ document, originalText } = sample());
  });

  test('the invalid sample shows rule diagnostics with rule ids', async () => {
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => ['design/masking-who-masked', 'dates/order', 'arms/unknown-arm-label'].every((code) => ds.some((d) => codeOf(d) === code)),
      {
        message: 'the rule diagnostics of the invalid sample',
        timeout: 60_000,
      },
    );
    const masking = diagnostics.find((d) => codeOf(d) === 'design/masking-who-masked')!;
    assert.equal(masking.source, RULE_SOURCE);
    assert.equal(document.getText(masking.range), 'DOUBLE');
    assert.match(masking.message, /matching level is `SINGLE`/);
  });

  test('applying a quick fix from executeCodeActionProvider rewrites the value and clears its diagnostic', async () => {
    const value = rangeOfMatch(document, /^[ \t]*overallStatus:[ \t]*(Recruiting)/m, 1);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'schema/enum' && d.range.isEqual(value)), {
      timeout: 60_000,
    });
    const fix = await waitFor(
      async () =>
        (await codeActionsAt(document, value, vscode.CodeActionKind.QuickFix.value)).find(
          (action) => action.title === 'Change `overallStatus` to `RECRUITING`',
        ),
      {
        message: 'the quick fix for Recruiting',
      },
    );
    assert.equal(fix.isPreferred, true);
    const statusLine = document.lineAt(value.start.line).text;
    await applyAndWait(
      document,
      fix.edit,
      (text) => text.includes(statusLine.replace('Recruiting', 'RECRUITING')),
      'the status to read RECRUITING with its comment',
    );
    await waitForDiagnostics(
      document.uri,
      (ds) => !ds.some((d) => codeOf(d) === 'schema/enum' && d.range.start.line === value.start.line),
      {
        message: 'the schema/enum diagnostic on the status to go away',
      },
    );
    // Only that line changed.
    const before = originalText.split('\n');
    const after = document.getText().split('\n');
    assert.deepEqual(
      after.filter((line, index) => line !== before[index]),
      [statusLine.replace('Recruiting', 'RECRUITING')],
    );
  });

  test('a rule quick fix sets the masking level that matches the masked roles', async () => {
    const masking = await waitFor(() => diagnosticsOf(document.uri).find((d) => codeOf(d) === 'design/masking-who-masked'), {
      message: 'the masking diagnostic',
      describe: () => describeDiagnostics(diagnosticsOf(document.uri)),
      timeout: 60_000,
    });
    const fix = await waitFor(
      async () =>
        (await codeActionsAt(document, masking.range, vscode.CodeActionKind.QuickFix.value)).find(
          (action) => action.title === 'Change `masking` to `SINGLE`',
        ),
      {
        message: 'the masking quick fix',
      },
    );
    await applyAndWait(document, fix.edit, (text) => /masking: SINGLE +# cross-field/.test(text), 'masking to read SINGLE');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'design/masking-who-masked'), {
      message: 'the masking diagnostic to go away',
    });
  });

  test('renaming an arm label with executeDocumentRenameProvider updates its armGroupLabels entry', async () => {
    const label = rangeOfMatch(document, /- label: (Aerobic exercise)/, 1);
    const edit = await waitFor(
      async () =>
        vscode.commands.executeCommand<vscode.WorkspaceEdit>(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          label.start.translate(0, 3),
          'Supervised exercise',
        ),
      { message: 'a rename edit' },
    );
    assert.equal(edit.get(document.uri).length, 2);
    await applyAndWait(document, edit, (text) => !text.includes('Aerobic exercise\n'), 'the arm and its reference to be renamed');
    const text = document.getText();
    assert.match(text, /- label: Supervised exercise\n/);
    assert.match(text, /armGroupLabels:\n\s+- Supervised exercise\n/);
    // Still linked: no rule complains about the renamed arm.
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => d.message.includes('Supervised exercise')), {
      message: 'no diagnostic about the renamed arm',
    });
  });

  test('the outline lists the arms by label', async () => {
    const symbols = await waitFor(
      async () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      { message: 'document symbols' },
    );
    const arms = symbols.find((s) => s.name === 'armsInterventionsModule')?.children.find((s) => s.name === 'armGroups');
    assert.deepEqual(
      arms?.children.map((s) => s.name),
      ['Aerobic exercise', 'Usual activity', 'Arm 3'],
    );
  });
});
