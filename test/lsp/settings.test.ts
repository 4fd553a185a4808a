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
    assert.deepEqual(
      after.map((d) => d.code),
      before.filter((d) => !stale(d)).map((d) => d.code),
    );
  });
});

// In a multi-root workspace each folder has its own settings: the server asks with the document as scope.
describe('trialRecord settings per workspace folder', () => {
  let client: TestLspClient;
  const strict = 'file:///workspace/strict/record.trial.yaml';
  const relaxed = 'file:///workspace/relaxed/record.trial.yaml';
  const stale = (d: { code?: unknown }) => d.code === 'status/stale-verification';

  before(async () => {
    client = startInMemoryServer();
    client.configurationFor = (scopeUri) => {
      if (scopeUri?.startsWith('file:///workspace/strict/')) return { rules: { 'status/stale-verification': 'error' } };
      if (scopeUri?.startsWith('file:///workspace/relaxed/')) return { rules: { 'status/stale-verification': 'off' } };
      return undefined;
    };
    await client.initialize();
  });
  after(async () => client.shutdown());

  it("checks each document with its own folder's rule severities", { timeout: 60_000 }, async () => {
    await client.open(strict, RECORD);
    await client.open(relaxed, RECORD);
    const strictFindings = await client.diagnostics(strict, (ds) => ds.some(stale));
    assert.equal(
      strictFindings.find(stale)?.severity,
      1,
      `an error in the strict folder: ${JSON.stringify(strictFindings.find(stale))} ${JSON.stringify(client.configurationScopes)}`,
    );
    const relaxedFindings = await client.diagnostics(relaxed);
    assert.equal(relaxedFindings.some(stale), false, 'off in the relaxed folder');
    // The relaxed document was never checked with another folder's settings, not even at first.
    assert.ok(client.publishedFor(relaxed).every((published) => !published.diagnostics.some(stale)));
    assert.ok(client.configurationScopes.includes(strict) && client.configurationScopes.includes(relaxed));
  });

  it("asks again for each folder's settings when they change", { timeout: 60_000 }, async () => {
    client.configurationFor = (scopeUri) =>
      scopeUri?.startsWith('file:///workspace/strict/') ? { rules: { 'status/stale-verification': 'off' } } : undefined;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnostics(strict, (ds) => !ds.some(stale));
    const relaxedNow = await client.diagnostics(relaxed, (ds) => ds.some(stale));
    assert.equal(relaxedNow.find(stale)?.severity, 2, 'back to the default (a warning) once the folder no longer turns it off');
  });
});
