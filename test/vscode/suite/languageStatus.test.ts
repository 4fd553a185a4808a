// The language status item beside the language name in the status bar: the server's state, the active record's
// problem counts and the rules turned off in settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, waitFor } from '../helpers';

suite('Language status', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('trialRecord').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test("shows the active record's problem counts and the rules turned off", async () => {
    const api = await extensionApi();
    // Terminated without a reason (`status/why-stopped`, an error) and a date that is not a date (a schema error).
    const content =
      'identificationModule:\n  briefTitle: A stopped study\nstatusModule:\n  overallStatus: TERMINATED\n  startDateStruct:\n    date: March 2024\n';
    const document = await vscode.workspace.openTextDocument({ language: 'trial-record-yaml', content });
    await vscode.window.showTextDocument(document);
    const withErrors = await waitFor(
      () => {
        const shown = api.languageStatus();
        return /^Trial Record: [2-9]\d* errors/.test(shown.text) ? shown : undefined;
      },
      { message: 'the status item to count the errors', describe: () => JSON.stringify(api.languageStatus()) },
    );
    assert.match(withErrors.detail ?? '', /^Server checking records/);
    assert.equal(withErrors.severity, 'information');

    await vscode.workspace
      .getConfiguration('trialRecord')
      .update('rules', { 'status/why-stopped': 'off' }, vscode.ConfigurationTarget.Global);
    const withRuleOff = await waitFor(
      () => {
        const shown = api.languageStatus();
        return /rules off: status\/why-stopped/.test(shown.detail ?? '') ? shown : undefined;
      },
      { message: 'the status item to name the rule turned off', describe: () => JSON.stringify(api.languageStatus()) },
    );
    assert.match(withRuleOff.text, /^Trial Record: \d+ errors?/);
  });
});
