// A study with results in the editor: its results mistakes in Problems, completion of a group id, and the preview's
// results tables.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  completionLabel,
  describeDiagnostics,
  extensionApi,
  openWorkspaceFile,
  rangeOfMatch,
  waitFor,
  waitForDiagnostics,
} from '../helpers';

suite('Results', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test("the results sample's planted mistakes are in Problems at their lines", async () => {
    const document = await openWorkspaceFile('invalid-results.trial.yaml');
    await vscode.window.showTextDocument(document);
    const unknownGroupLine = rangeOfMatch(document, /groupId: OG002/).start.line;
    const flowLine = rangeOfMatch(document, /numSubjects: "1" # mistake/).start.line;
    const seen = await waitForDiagnostics(
      document.uri,
      (diagnostics) =>
        diagnostics.some((d) => codeOf(d) === 'results/unknown-group' && d.range.start.line === unknownGroupLine) &&
        diagnostics.some((d) => codeOf(d) === 'review/flow-arithmetic' && d.range.start.line === flowLine),
      { message: 'the unknown group id and the flow arithmetic at their lines' },
    );
    const unknown = seen.find((d) => codeOf(d) === 'results/unknown-group');
    assert.equal(unknown?.severity, vscode.DiagnosticSeverity.Error, describeDiagnostics(seen));
    assert.equal(unknown?.source, 'trial-record rules');
    assert.equal(seen.find((d) => codeOf(d) === 'review/flow-arithmetic')?.source, 'trial-record review');
  });

  test('completion at a group id offers the groups of that outcome measure, with their titles', async () => {
    const document = await openWorkspaceFile('invalid-results.trial.yaml');
    const value = rangeOfMatch(document, /groupId: (OG002)/, 1);
    let items: vscode.CompletionItem[] = [];
    await waitFor(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          document.uri,
          value.start,
        );
        items = list?.items ?? [];
        return items.some((item) => completionLabel(item) === 'OG001');
      },
      { message: 'the group ids to be offered', timeout: 60_000, interval: 250, describe: () => items.map(completionLabel).join(', ') },
    );
    const offered = items.filter((item) => /^OG\d{3}$/.test(completionLabel(item)));
    assert.deepEqual(offered.map(completionLabel).sort(), ['OG000', 'OG001']);
    assert.equal(offered.find((item) => completionLabel(item) === 'OG001')?.detail, 'Usual Activity');
  });

  test('the preview shows the participant flow, baseline, outcome measures and adverse events of a real study', async () => {
    const document = await openWorkspaceFile('NCT05594173.trial.yaml');
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('trialRecord.showPreviewToSide');
    const api = await extensionApi();
    const shown = await waitFor(
      () => {
        const render = api.shownInPreview();
        return render?.resource === document.uri.toString() && render.html.includes('section-results-flow') ? render : undefined;
      },
      { message: 'the preview to show the results', timeout: 60_000 },
    );
    for (const heading of ['Participant flow', 'Baseline characteristics', 'Outcome measure results', 'Adverse events']) {
      assert.ok(shown.html.includes(`<h2>${heading}</h2>`), heading);
    }
    assert.doesNotMatch(shown.html, /class="flow-mismatch"/, 'the real flow adds up');
  });
});
