import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startInMemoryServer, type TestLspClient } from './lspClient';

const RECORD = `statusModule:
  overallStatus: RECRUITING
  statusVerifiedDate: 2019-01
`;

describe('trialRecord.rules settings', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    client.configuration = { rules: { 'status/stale-verificaton': 'off', 'dates/order': 'warning' } };
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('warns about a rule id that names no rule, suggesting the nearest one', async () => {
    const message = await client.shownMessage((text) => text.startsWith('trialRecord.rules:'));
    assert.match(message, /no rule is called `status\/stale-verificaton`; did you mean `status\/stale-verification`\?/);
    assert.doesNotMatch(message, /dates\/order/);
  });

  // The timeout only turns a hang (the setting never applied) into a failure.
  it('turns a rule off when the setting changes, and keeps the other findings', { timeout: 60_000 }, async () => {
    const uri = 'file:///settings/record.trial.yaml';
    await client.open(uri, RECORD);
    const stale = (d: { code?: unknown }) => d.code === 'status/stale-verification';
    const before = await client.diagnostics(uri, (ds) => ds.some(stale));
    client.configuration = { rules: { 'status/stale-verification': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await client.diagnostics(uri, (ds) => !ds.some(stale));
    assert.deepEqual(after.map((d) => d.code), before.filter((d) => !stale(d)).map((d) => d.code));
  });
});
