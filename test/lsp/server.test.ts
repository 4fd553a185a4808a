import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver';
import { cursor, plainMessage, startInMemoryServer, startStdioServer, type TestLspClient } from './lspClient';

const RECORD = `identificationModule:
  orgStudyIdInfo:
    id: ABC-001
  briefTitle: A Study of Something
statusModule:
  overallStatus: Recruiting
  startDateStruct:
    date: 2024-02
designModule:
  studyType: INTERVENTIONAL
`;

function textAt(text: string, diagnostic: Diagnostic): string {
  const lines = text.split('\n');
  const { start, end } = diagnostic.range;
  assert.equal(start.line, end.line, 'single-line range expected');
  return lines[start.line].slice(start.character, end.character);
}

describe('language server over in-memory streams', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    const result = (await client.initialize()) as {
      capabilities: { completionProvider?: unknown; hoverProvider?: boolean; textDocumentSync?: { change?: number } };
    };
    assert.ok(result.capabilities.completionProvider);
    assert.equal(result.capabilities.hoverProvider, true);
    assert.equal(result.capabilities.textDocumentSync?.change, 2, 'incremental sync');
  });
  after(async () => client.shutdown());

  it('publishes a schema diagnostic on the wrong value, with a helpful message', async () => {
    const uri = 'file:///records/open.trial.yaml';
    await client.open(uri, RECORD);
    const diagnostics = await client.diagnostics(uri);
    const status = diagnostics.find((d) => d.code === 'schema/enum');
    assert.ok(status, `expected an enum diagnostic, got ${JSON.stringify(diagnostics)}`);
    assert.equal(textAt(RECORD, status), 'Recruiting');
    assert.match(plainMessage(status), /`Recruiting` is not a valid overall status\. Did you mean `RECRUITING`\?/);
    assert.match(String(status.source), /^trial-record/);
  });

  it('re-validates after an incremental change and clears the fixed problem', async () => {
    const uri = 'file:///records/change.trial.yaml';
    await client.open(uri, RECORD);
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'schema/enum'));
    const line = RECORD.split('\n').findIndex((l) => l.includes('overallStatus'));
    const version = await client.change(uri, {
      range: { start: { line, character: 17 }, end: { line, character: 27 } },
      text: 'RECRUITING',
    });
    const after = await client.diagnostics(uri, () => true, version);
    assert.equal(after.filter((d) => d.code === 'schema/enum').length, 0);
  });

  it('shows only the newest state after a burst of edits', async () => {
    const uri = 'file:///records/burst.trial.yaml';
    await client.open(uri, RECORD);
    let version = 1;
    for (let i = 0; i < 50; i++)
      version = await client.change(uri, { text: RECORD.replace('Recruiting', i % 2 === 0 ? 'RECRUITING' : `Bad${i}`) });
    const final = await client.diagnostics(uri, () => true, version);
    // The last edit (i = 49) wrote `Bad49`.
    assert.ok(final.some((d) => d.code === 'schema/enum' && plainMessage(d).includes('`Bad49`')));
    const published = client.publishedFor(uri).map((p) => p.version ?? 0);
    assert.ok(published.length < 51, `stale versions should be skipped, published ${published.length} times`);
  });

  it('completes all 14 overall statuses after `overallStatus: `', async () => {
    const uri = 'file:///records/complete.trial.yaml';
    const { text, line, character } = cursor(RECORD.replace('overallStatus: Recruiting', 'overallStatus: |'));
    await client.open(uri, text);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const labels = list.items.map((item) => item.label).sort();
    assert.deepEqual(labels, [
      'ACTIVE_NOT_RECRUITING',
      'APPROVED_FOR_MARKETING',
      'AVAILABLE',
      'COMPLETED',
      'ENROLLING_BY_INVITATION',
      'NOT_YET_RECRUITING',
      'NO_LONGER_AVAILABLE',
      'RECRUITING',
      'SUSPENDED',
      'TEMPORARILY_NOT_AVAILABLE',
      'TERMINATED',
      'UNKNOWN',
      'WITHDRAWN',
      'WITHHELD',
    ]);
    const notYet = list.items.find((item) => item.label === 'NOT_YET_RECRUITING');
    assert.equal(notYet?.detail, 'Not yet recruiting');
  });

  it('answers hover on a key with the field definition and its limit', async () => {
    const uri = 'file:///records/hover.trial.yaml';
    await client.open(uri, RECORD);
    const line = RECORD.split('\n').findIndex((l) => l.includes('briefTitle'));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 4 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /Brief title/);
    assert.match(value, /300/);
  });

  it('validates JSON records too, and clears diagnostics on close', async () => {
    const uri = 'file:///records/record.trial.json';
    const text = JSON.stringify({ identificationModule: { briefTitle: 'X', orgStudyIdInfo: { id: 'A' }, breifTitle: 'typo' } }, null, 2);
    await client.open(uri, text, 'trial-record-json');
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0);
    const unknown = diagnostics.find((d) => d.code === 'schema/unknown-property');
    assert.ok(unknown);
    assert.equal(textAt(text, unknown), '"breifTitle"');
    await client.close(uri);
    const cleared = await client.diagnostics(uri, (d) => d.length === 0);
    assert.deepEqual(cleared, []);
  });
});

describe('bundled server over stdio (node dist/server.js --stdio)', () => {
  it('speaks LSP to a plain client', async () => {
    const { client } = startStdioServer(path.resolve('dist/server.js'));
    try {
      const result = (await client.initialize()) as { serverInfo?: { name?: string } };
      assert.match(String(result.serverInfo?.name), /Trial Record/);
      const uri = 'file:///stdio/record.trial.yaml';
      await client.open(uri, RECORD);
      const diagnostics = await client.diagnostics(uri);
      assert.ok(diagnostics.some((d) => d.code === 'schema/enum'));
    } finally {
      await client.shutdown();
    }
  });
});
