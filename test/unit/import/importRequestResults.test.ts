// The `trialRecord/importPage` request for a ClinicalTrials.gov study with results: the reply names the study and
// carries the whole study in its YAML only (the record and its results are not sent a second time).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ImportPageRequest, type ImportPageResult } from '@trial-record/shared/protocol';
import { startInMemoryServer, type TestLspClient } from '../../lsp/lspClient';

describe('importPage request, a study with results', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('names the study, keeps its results in the YAML and sends nothing twice', async () => {
    const text = readFileSync('test/fixtures/ctgov/json/NCT05594173.json', 'utf8');
    const result: ImportPageResult = await client.connection.sendRequest(ImportPageRequest.method, {
      text,
      sourceName: 'NCT05594173.json',
    });
    assert.equal(result.studyId, 'NCT05594173');
    assert.match(result.yaml, /^resultsSection:$/m);
    assert.equal('record' in result, false);
    assert.equal('studySections' in result, false);
  });
});
