// Faults: a `trialRecord.rules` setting the extension cannot use. The user is told what is ignored, the usable
// part still applies, everything else falls back to the defaults, and validation keeps running.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, extensionApi, openWorkspaceFile, waitFor, waitForDiagnostics } from '../helpers';

const INVALID = 'invalid-example.trial.yaml';
/** Rules that fire on the invalid sample (see `trial-record check samples/invalid-example.trial.yaml`). */
const DATES_ORDER = 'dates/order';
const MASKING = 'design/masking-who-masked';

function severityOf(diagnostics: readonly vscode.Diagnostic[], code: string): vscode.DiagnosticSeverity | undefined {
  return diagnostics.find((d) => codeOf(d) === code)?.severity;
}

async function setRules(value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('trialRecord').update('rules', value, vscode.ConfigurationTarget.Workspace);
}

suite('Settings faults', () => {
  teardown(async () => {
    await setRules(undefined);
  });

  test('an unusable trialRecord.rules entry gives a message; the usable entries still apply', async () => {
    const document = await openWorkspaceFile(INVALID);
    const api = await extensionApi();
    await waitForDiagnostics(document.uri, (ds) => severityOf(ds, DATES_ORDER) === vscode.DiagnosticSeverity.Error, {
      message: `the ${DATES_ORDER} error with the default settings`,
      timeout: 60_000,
    });
    assert.deepEqual(api.settingsProblems(), []);

    await setRules({ [DATES_ORDER]: 'off', [MASKING]: 'loud' });
    const problems = await waitFor(() => (api.settingsProblems().length > 0 ? api.settingsProblems() : undefined), {
      message: 'a message about the unusable level "loud"',
    });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /"loud" for "design\/masking-who-masked"/);

    // The usable entry applied (dates/order off); the unusable one fell back to the rule's default (warning).
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => severityOf(ds, DATES_ORDER) === undefined && ds.some((d) => codeOf(d) === 'schema/enum'),
      {
        message: `${DATES_ORDER} to be turned off while the schema checks go on`,
      },
    );
    assert.equal(severityOf(diagnostics, MASKING), vscode.DiagnosticSeverity.Warning, `${MASKING} should keep its default severity`);
  });

  test('a trialRecord.rules value that is not an object gives a message and every rule keeps its default', async () => {
    const document = await openWorkspaceFile(INVALID);
    const api = await extensionApi();
    await setRules({ [DATES_ORDER]: 'off' });
    await waitForDiagnostics(
      document.uri,
      (ds) => severityOf(ds, DATES_ORDER) === undefined && ds.some((d) => codeOf(d) === 'schema/enum'),
      {
        message: `${DATES_ORDER} off (a valid setting, to see the fallback undo it)`,
        timeout: 60_000,
      },
    );

    await setRules('everything off');
    await waitFor(() => api.settingsProblems().some((p) => /should be an object/.test(p)), {
      message: 'a message that trialRecord.rules should be an object',
      describe: () => api.settingsProblems().join('\n') || '(no problems reported)',
    });
    await waitForDiagnostics(document.uri, (ds) => severityOf(ds, DATES_ORDER) === vscode.DiagnosticSeverity.Error, {
      message: `${DATES_ORDER} back at its default severity (error)`,
    });

    await setRules(undefined);
    await waitFor(() => api.settingsProblems().length === 0, { message: 'the settings message to clear once the setting is removed' });
  });
});
