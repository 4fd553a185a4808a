// The `trialRecord/importPage` request of the language server, over an in-memory LSP connection.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportPageRequest, type ImportPageResult } from '@trial-record/shared/protocol';
import { startInMemoryServer, type TestLspClient } from '../../lsp/lspClient';
import { PAGES_FOLDER, recordOf } from './support/importTestKit';

describe('importPage request', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('returns the record, the format, the counts and a report', async () => {
    const text = readFileSync(path.join(PAGES_FOLDER, 'ignite-NCT06731192.txt'), 'utf8');
    const result: ImportPageResult = await client.connection.sendRequest(ImportPageRequest.method, { text, sourceName: 'clipboard' });
    assert.equal(result.format, 'ignite');
    assert.equal(result.formatLabel, 'Ignite page');
    assert.equal(result.studyId, 'NCT06731192');
    assert.equal(result.keptLines, 6);
    assert.ok(result.filledFields > 80);
    assert.match(result.yaml, /^# Imported from clipboard \(Ignite page\)/);
    assert.equal((recordOf(result.yaml).identificationModule as { nctId: string }).nctId, 'NCT06731192');
    assert.match(result.report, /^# Import of clipboard/);
    assert.equal('record' in result, false);
  });

  it('answers empty text with an error message the user can read', async () => {
    await assert.rejects(client.connection.sendRequest(ImportPageRequest.method, { text: '   ' }), /The text is empty/);
    await assert.rejects(client.connection.sendRequest(ImportPageRequest.method, { text: 42 }), /needs the page text/);
  });
});
