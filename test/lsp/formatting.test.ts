import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SortRecordRequest, type SortRecordResult } from '@trial-record/shared/protocol';
import { startInMemoryServer, type TestLspClient } from './lspClient';

const MESSY = 'statusModule:\n    overallStatus: RECRUITING   # now\nidentificationModule:\n    nctId: NCT01234567\n';

function applied(text: string, edits: TextEdit[] | null): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'trial-record-yaml', 1, text), edits ?? []);
}

describe('formatting and sorting over LSP', () => {
  let client: TestLspClient;
  const uri = 'file:///records/messy.trial.yaml';
  const brokenUri = 'file:///records/broken.trial.yaml';
  const jsonUri = 'file:///records/draft.trial.json';
  const options = { tabSize: 2, insertSpaces: true };

  before(async () => {
    client = startInMemoryServer();
    const result = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.equal(result.capabilities.documentFormattingProvider, true);
    assert.equal(result.capabilities.documentRangeFormattingProvider, true);
    await client.open(uri, MESSY);
    await client.open(brokenUri, 'identificationModule:\n    nctId: [NCT01234567\n');
    await client.open(jsonUri, '{"identificationModule": {"nctId": "NCT01234567"}}\n', 'trial-record-json');
  });
  after(async () => client.shutdown());

  it('formats a YAML document', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
    assert.equal(
      applied(MESSY, edits),
      'statusModule:\n  overallStatus: RECRUITING   # now\nidentificationModule:\n  nctId: NCT01234567\n',
    );
  });

  it('formats only the selected module', async () => {
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } };
    const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range, options });
    assert.equal(
      applied(MESSY, edits),
      'statusModule:\n    overallStatus: RECRUITING   # now\nidentificationModule:\n  nctId: NCT01234567\n',
    );
  });

  it('formats a JSON document with the requested indentation', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: jsonUri },
      options: { tabSize: 4, insertSpaces: true },
    });
    assert.equal(
      applied('{"identificationModule": {"nctId": "NCT01234567"}}\n', edits),
      '{\n    "identificationModule": {\n        "nctId": "NCT01234567"\n    }\n}\n',
    );
  });

  it('gives a document that does not parse no edits', async () => {
    assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: brokenUri }, options }), []);
  });

  it('sorts a record into registry order with a versioned edit', async () => {
    const result = await client.request<SortRecordResult | null>(SortRecordRequest.method, { uri });
    const change = result?.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change && 'edits' in change, 'a text document edit');
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.equal(
      applied(MESSY, change.edits as TextEdit[]),
      'identificationModule:\n    nctId: NCT01234567\nstatusModule:\n    overallStatus: RECRUITING   # now\n',
    );
  });

  it('answers no edit for a record in registry order, and an error for one that does not parse', async () => {
    assert.deepEqual(await client.request<SortRecordResult | null>(SortRecordRequest.method, { uri: jsonUri }), {});
    await assert.rejects(client.request(SortRecordRequest.method, { uri: brokenUri }), /does not parse/);
  });
});
