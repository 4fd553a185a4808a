// Scenario `untrusted-multi-root` (test/e2e/run-code-server.mjs): a workspace of two folders, `team-a` and `team-b`,
// each with its own `trialRecord.rules` and the same terminated study without a reason, opened with workspace trust
// on and not granted. Its workspace settings point the ClinicalTrials.gov host at a port nothing listens on.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportOutcome } from '../../../client/src/import/importOutcome';
import { startLocalServer, type LocalServer } from '../../unit/client/localHttpServer';
import { codeOf, describeDiagnostics, waitForDiagnostics } from '../helpers';

const IMPORT_CTGOV = 'trialRecord.importFromClinicalTrialsGov';
const CTGOV_ID = 'NCT05594173';
const WHY_STOPPED = 'status/why-stopped';

function folderNamed(name: string): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === name);
  assert.ok(folder, `no workspace folder ${name}: ${(vscode.workspace.workspaceFolders ?? []).map((f) => f.name).join(', ')}`);
  return folder;
}

async function openStudyOf(folderName: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderNamed(folderName).uri, 'study.trial.yaml'));
  await vscode.window.showTextDocument(document);
  return document;
}

suite('An untrusted workspace of two folders', () => {
  test('opens untrusted, with both folders', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the scenario must run in restricted mode');
    assert.deepEqual(
      (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.name),
      ['team-a', 'team-b'],
    );
  });

  test("each folder's trialRecord.rules sets the severity of its own records' problems", async () => {
    const a = await openStudyOf('team-a');
    await waitForDiagnostics(
      a.uri,
      (diagnostics) => diagnostics.some((d) => codeOf(d) === WHY_STOPPED && d.severity === vscode.DiagnosticSeverity.Information),
      { message: `team-a's ${WHY_STOPPED} as information` },
    );
    const b = await openStudyOf('team-b');
    const seen = await waitForDiagnostics(b.uri, (diagnostics) => diagnostics.length > 0, { message: "team-b's problems" });
    assert.ok(!seen.some((d) => codeOf(d) === WHY_STOPPED), `team-b turns ${WHY_STOPPED} off: ${describeDiagnostics(seen)}`);
    // Both are still open: team-a's severity did not change when team-b's record was checked.
    const aNow = vscode.languages.getDiagnostics(a.uri).filter((d) => codeOf(d) === WHY_STOPPED);
    assert.deepEqual(
      aNow.map((d) => d.severity),
      [vscode.DiagnosticSeverity.Information],
    );
  });

  suite('Import from ClinicalTrials.gov', () => {
    let userHost: LocalServer;
    const importSettings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('trialRecord.import');

    suiteSetup(async () => {
      const study = fs.readFileSync(
        path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'ctgov', 'json', `${CTGOV_ID}.json`),
        'utf8',
      );
      userHost = await startLocalServer((request, response) => {
        const found = request.url === `/api/v2/studies/${CTGOV_ID}`;
        response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
        response.end(found ? study : '{"message":"not found"}');
      });
      await importSettings().update('clinicalTrialsGovUrl', userHost.baseUrl, vscode.ConfigurationTarget.Global);
    });

    suiteTeardown(async () => {
      await importSettings().update('clinicalTrialsGovUrl', undefined, vscode.ConfigurationTarget.Global);
      await userHost?.close();
    });

    test('the study is fetched from the host in user settings, never from the one the workspace names', async () => {
      const workspaceFile = vscode.workspace.workspaceFile;
      assert.ok(workspaceFile, 'no .code-workspace file is open');
      const workspaceSettings = (JSON.parse(fs.readFileSync(workspaceFile.fsPath, 'utf8')) as { settings: Record<string, unknown> })
        .settings;
      assert.equal(workspaceSettings['trialRecord.import.clinicalTrialsGovUrl'], 'http://127.0.0.1:9', 'the workspace names another host');
      assert.equal(importSettings().inspect<string>('clinicalTrialsGovUrl')?.globalValue, userHost.baseUrl);

      const outcome = await vscode.commands.executeCommand<ImportOutcome>(IMPORT_CTGOV, { nctId: CTGOV_ID });
      assert.ok(outcome, 'the import command answered nothing');
      assert.deepEqual(outcome.failures, []);
      assert.ok(
        userHost.requests.includes(`/api/v2/studies/${CTGOV_ID}`),
        `not requested from the user host: ${userHost.requests.join(', ')}`,
      );
      assert.equal(outcome.records[0]?.studyId, CTGOV_ID);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
});
