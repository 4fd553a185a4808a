// A document with thousands of problems must not flood the editor: at most
// `trialRecord.diagnostics.maxProblems` are shown (errors first) plus one that counts the rest, and
// a long list identical to the last one sent is not sent again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { ALWAYS_PUBLISHED_BELOW, TOO_MANY_PROBLEMS_CODE } from '../../server/src/lsp/diagnosticsPublisher';
import { DEFAULT_MAX_PROBLEMS, readSettings } from '../../server/src/lsp/settings';
import { plainMessage, startInMemoryServer, type TestLspClient } from './lspClient';

/** A record with `count` wrong phases (one schema error each) and a stale verification date (a rule warning). */
function recordWithErrors(count: number): string {
  return `statusModule:\n  overallStatus: RECRUITING\n  statusVerifiedDate: 2019-01\ndesignModule:\n  studyType: INTERVENTIONAL\n  phases:\n${'    - PHASE_TEN\n'.repeat(count)}`;
}

function last(diagnostics: Diagnostic[]): Diagnostic {
  return diagnostics[diagnostics.length - 1];
}

describe('diagnostics cap (trialRecord.diagnostics.maxProblems)', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    client.configuration = { diagnostics: { maxProblems: 50 } };
    await client.initialize();
  });
  after(async () => client.shutdown());

  it(
    'shows the first maxProblems problems, errors first, and one more that counts the rest and names the CLI',
    { timeout: 60_000 },
    async () => {
      const uri = 'file:///cap/many.trial.yaml';
      await client.open(uri, recordWithErrors(300));
      const shown = await client.diagnostics(uri, (diagnostics) =>
        diagnostics.some((diagnostic) => diagnostic.code === TOO_MANY_PROBLEMS_CODE),
      );
      assert.equal(shown.length, 51);
      assert.ok(
        shown.slice(0, 50).every((diagnostic) => diagnostic.severity === 1),
        'the errors come before the warning',
      );
      const summary = last(shown);
      assert.equal(summary.code, TOO_MANY_PROBLEMS_CODE);
      const message = plainMessage(summary);
      assert.match(message, /^\d+ more problems are not shown .*trialRecord\.diagnostics\.maxProblems.*`trial-record check`/);
      const total = Number(/^(\d+)/.exec(message)![1]) + 50;
      assert.ok(total >= 301, `${total} problems in all (300 wrong phases and a rule warning)`);
    },
  );

  it('shows every problem when there are no more than maxProblems', { timeout: 60_000 }, async () => {
    const uri = 'file:///cap/few.trial.yaml';
    await client.open(uri, recordWithErrors(3));
    const shown = await client.diagnostics(uri, (diagnostics) => diagnostics.length > 0);
    assert.ok(!shown.some((diagnostic) => diagnostic.code === TOO_MANY_PROBLEMS_CODE));
    assert.equal(shown.filter((diagnostic) => diagnostic.code === 'schema/enum').length, 3);
  });

  it('does not send a long list again when an edit leaves it unchanged; sends it when it changes', { timeout: 60_000 }, async () => {
    // Lists shorter than ALWAYS_PUBLISHED_BELOW are always sent: show 200 here.
    client.configuration = { diagnostics: { maxProblems: 200 } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'file:///cap/unchanged.trial.yaml';
    await client.open(uri, recordWithErrors(300));
    const first = await client.diagnostics(uri, (diagnostics) => diagnostics.length === 201);
    assert.ok(first.length > ALWAYS_PUBLISHED_BELOW);
    // A comment typed after the first key: every problem stays where it was.
    const unchanged = await client.change(uri, {
      range: { start: { line: 0, character: 13 }, end: { line: 0, character: 13 } },
      text: ' # note',
    });
    // Let the server check that version before the next edit (so it is not simply superseded):
    // a hover needs its analysis, and the validation run publishes (or not) right after.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Then a change that moves every problem down a line; its publication shows the first one was skipped.
    const moved = await client.change(uri, {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      text: '# first line\n',
    });
    await client.diagnostics(uri, () => true, moved);
    const versions = client.publishedFor(uri).map((published) => published.version);
    assert.ok(!versions.includes(unchanged), `published versions ${versions.join(', ')}`);
    assert.equal(versions.at(-1), moved);
  });
});

describe('reading trialRecord.diagnostics.maxProblems', () => {
  it('takes a whole number of at least 1, and falls back to 1,000 for anything else', () => {
    assert.equal(readSettings({ diagnostics: { maxProblems: 25 } }).diagnostics.maxProblems, 25);
    assert.equal(readSettings({ diagnostics: { maxProblems: 2.7 } }).diagnostics.maxProblems, 2);
    for (const wrong of [0, -5, 'many', null, Number.NaN, Number.POSITIVE_INFINITY])
      assert.equal(readSettings({ diagnostics: { maxProblems: wrong } }).diagnostics.maxProblems, DEFAULT_MAX_PROBLEMS, String(wrong));
    assert.equal(readSettings(undefined).diagnostics.maxProblems, 1000);
  });
});
