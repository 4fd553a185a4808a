import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckTextsResult } from '@trial-record/shared/protocol';
import { startInMemoryServer, type TestLspClient } from './lspClient';

const INVALID = readFileSync(path.resolve(__dirname, '../../samples/invalid-example.trial.yaml'), 'utf8');
const STALE = `statusModule:\n  overallStatus: RECRUITING\n  statusVerifiedDate: 2019-01\n`;

// Check All Records in Workspace: the client sends the records that are not open; the server checks each as an
// open document would be checked, with its own folder's settings.
describe('trialRecord/checkTexts', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    client.configurationFor = (scopeUri) =>
      scopeUri?.startsWith('file:///quiet/') ? { rules: { 'status/stale-verification': 'off' } } : undefined;
    await client.initialize();
  });
  after(() => client.shutdown());

  it('answers each record with the diagnostics an open editor would show', async () => {
    const uri = 'file:///records/invalid-example.trial.yaml';
    const result = await client.request<CheckTextsResult>('trialRecord/checkTexts', {
      records: [{ uri, languageId: 'trial-record-yaml', text: INVALID }],
    });
    assert.equal(result.records.length, 1);
    await client.open(uri, INVALID);
    const whenOpen = await client.diagnostics(uri);
    assert.deepEqual(
      result.records[0].diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`),
      whenOpen.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`),
    );
    assert.ok(result.records[0].diagnostics.some((d) => d.code === 'schema/enum'));
  });

  it("uses each record's folder settings", async () => {
    const result = await client.request<CheckTextsResult>('trialRecord/checkTexts', {
      records: [
        { uri: 'file:///loud/a.trial.yaml', languageId: 'trial-record-yaml', text: STALE },
        { uri: 'file:///quiet/b.trial.yaml', languageId: 'trial-record-yaml', text: STALE },
      ],
    });
    const stale = result.records.map((record) => record.diagnostics.some((d) => d.code === 'status/stale-verification'));
    assert.deepEqual(stale, [true, false]);
  });

  it('skips malformed entries instead of failing the whole check', async () => {
    const result = await client.request<CheckTextsResult>('trialRecord/checkTexts', {
      records: [{ uri: 42 }, { uri: 'file:///x.trial.json', languageId: 'trial-record-json', text: '{' }],
    });
    assert.deepEqual(
      result.records.map((record) => record.uri),
      ['file:///x.trial.json'],
    );
    assert.ok(result.records[0].diagnostics.some((d) => d.source === 'trial-record syntax' || String(d.code).startsWith('syntax/')));
  });
});
