import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { completionLabel, hoverText, openWorkspaceFile, rangeOfMatch, replaceRange, setDocumentText, waitFor } from '../helpers';

const ALL_STATUSES = [
  'ACTIVE_NOT_RECRUITING',
  'COMPLETED',
  'ENROLLING_BY_INVITATION',
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'WITHDRAWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
  'UNKNOWN',
];

suite('Completion and hover', () => {
  test('completion after `overallStatus: ` offers all 14 statuses', async () => {
    const document = await openWorkspaceFile('invalid-example.trial.yaml');
    const originalText = document.getText();
    try {
      // Make the line `overallStatus: ` with nothing after it, and ask right after the space.
      const value = rangeOfMatch(document, /^[ \t]*overallStatus:[ \t]*(\S[^\n]*?)[ \t]*$/m, 1);
      await replaceRange(document, value, '');
      const line = document.lineAt(value.start.line).text;
      assert.match(line, /overallStatus: $/);
      const position = new vscode.Position(value.start.line, line.length);

      // The first request may reach a server that is still starting: poll until the statuses are offered.
      let labels: string[] = [];
      await waitFor(
        async () => {
          const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            document.uri,
            position,
          );
          labels = (list?.items ?? []).map(completionLabel);
          return ALL_STATUSES.every((status) => labels.includes(status));
        },
        {
          message: 'completion to offer every overallStatus value',
          timeout: 60_000,
          interval: 250,
          describe: () => `labels: ${labels.join(', ') || '(none)'}`,
        },
      );
      const missing = ALL_STATUSES.filter((status) => !labels.includes(status));
      assert.deepEqual(missing, []);
    } finally {
      await setDocumentText(document, originalText);
    }
  });

  test('hover on briefTitle explains the field and its 300-character limit', async () => {
    const document = await openWorkspaceFile('NCT06731192.trial.yaml');
    const key = rangeOfMatch(document, /^[ \t]*(briefTitle)[ \t]*:/m, 1);
    const position = key.start.translate(0, 2);

    let text = '';
    await waitFor(
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
        text = hoverText(hovers ?? []);
        return text.includes('Brief title');
      },
      {
        message: 'a hover on briefTitle mentioning "Brief title"',
        timeout: 60_000,
        interval: 250,
        describe: () => `hover text: ${JSON.stringify(text)}`,
      },
    );
    assert.match(text, /\b300\b/, `the hover should state the 300-character limit; got ${JSON.stringify(text)}`);
  });
});
