import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startInMemoryServer, type TestLspClient } from './lspClient';

describe('trialRecord/recordSkeleton over LSP', () => {
  let client: TestLspClient;

  before(async () => {
    client = startInMemoryServer();
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('answers a new observational record whose empty fields the server then reports', async () => {
    const { text } = await client.request<{ text: string }>('trialRecord/recordSkeleton', { studyType: 'OBSERVATIONAL' });
    assert.match(text, /^ {2}studyType: OBSERVATIONAL$/m);
    const uri = 'untitled:new-study.trial.yaml';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, (found) => found.length > 0);
    const messages = diagnostics
      .map((diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value))
      .join('\n');
    for (const field of ['Brief title', 'Observational model', 'Time perspective', 'Eligibility criteria'])
      assert.match(messages, new RegExp(`${field} must be text, not empty`));
    await client.close(uri);
  });

  it('writes JSON when asked', async () => {
    const { text } = await client.request<{ text: string }>('trialRecord/recordSkeleton', { studyType: 'EXPANDED_ACCESS', format: 'json' });
    assert.equal((JSON.parse(text) as { designModule: { studyType: string } }).designModule.studyType, 'EXPANDED_ACCESS');
  });

  it('refuses a study type it does not know', async () => {
    await assert.rejects(
      client.request('trialRecord/recordSkeleton', { studyType: 'PILOT' }),
      /one of INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS/,
    );
  });
});
