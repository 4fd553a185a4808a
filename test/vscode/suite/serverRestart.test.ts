// Faults: the language server process dies mid-session (killed, crashed, out of memory). The client must start
// a new one, and the user must get diagnostics again for the documents already open, including edits made after.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  extensionApi,
  formatRange,
  openWorkspaceFile,
  rangeOfMatch,
  replaceRange,
  setDocumentText,
  waitFor,
  waitForDiagnostics,
} from '../helpers';

const INVALID = 'invalid-example.trial.yaml';
const STATUS_VALUE = /^[ \t]*overallStatus:[ \t]*(\S[^\n#]*?)[ \t]*(?:#.*)?$/m;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch {
    return false;
  }
}

function hasEnumAt(diagnostics: readonly vscode.Diagnostic[], range: vscode.Range): boolean {
  return diagnostics.some((d) => codeOf(d) === 'schema/enum' && d.range.isEqual(range));
}

suite('Language server faults', () => {
  test('killing the language server: the client starts a new one and diagnostics come back, edits included', async () => {
    const document = await openWorkspaceFile(INVALID);
    const originalText = document.getText();
    const api = await extensionApi();
    try {
      const statusRange = rangeOfMatch(document, STATUS_VALUE, 1);
      await waitForDiagnostics(document.uri, (ds) => hasEnumAt(ds, statusRange), {
        message: 'the schema/enum diagnostic on `Recruiting` before the kill',
        timeout: 60_000,
      });
      const firstPid = await waitFor(() => api.languageServerPid(), { message: 'the language server process id' });
      assert.ok(isAlive(firstPid), `the reported server pid ${firstPid} is not a live process`);

      process.kill(firstPid, 'SIGKILL');
      await waitFor(() => !isAlive(firstPid), { message: `server process ${firstPid} to die` });

      const secondPid = await waitFor(
        () => {
          const pid = api.languageServerPid();
          return pid !== undefined && pid !== firstPid && isAlive(pid) ? pid : undefined;
        },
        {
          message: 'the client to start a new language server process',
          timeout: 60_000,
          describe: () => `pid now: ${api.languageServerPid()}`,
        },
      );
      assert.notEqual(secondPid, firstPid);

      // The new server has the open document: an edit made now gets its own, new diagnostic.
      await replaceRange(document, rangeOfMatch(document, STATUS_VALUE, 1), 'Finished');
      const finishedRange = rangeOfMatch(document, STATUS_VALUE, 1);
      await waitForDiagnostics(document.uri, (ds) => hasEnumAt(ds, finishedRange) && ds.some((d) => codeOf(d) === 'schema/required'), {
        message: `the restarted server to flag \`Finished\` at ${formatRange(finishedRange)} (and keep the other problems)`,
        timeout: 60_000,
      });
      assert.equal(api.languageServerPid(), secondPid, 'the server was restarted more than once');
    } finally {
      await setDocumentText(document, originalText);
    }
  });
});
