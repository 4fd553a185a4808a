// trialRecord.review.stage: the same record, checked in a folder that drafts and in one that submits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { readSettings } from '../../server/src/lsp/settings';
import { plainMessage, startInMemoryServer, type TestLspClient } from './lspClient';

/** Titles and a status: the sponsor, summary, conditions, study type and eligibility are missing. */
const RECORD = `identificationModule:
  orgStudyIdInfo: {id: ORG-1}
  briefTitle: A Small Study
statusModule:
  statusVerifiedDate: 2025-01
  overallStatus: COMPLETED
`;

const ERROR = 1;
const INFORMATION = 3;
const HINT = 4;

const required = (d: Diagnostic) => d.code === 'review/required-for-registration';
const leadSponsor = (d: Diagnostic) => required(d) && plainMessage(d).includes('`sponsorCollaboratorsModule.leadSponsor.name`');

describe('trialRecord.review.stage', () => {
  let client: TestLspClient;
  const draft = 'file:///workspace/draft/record.trial.yaml';
  const submission = 'file:///workspace/submission/record.trial.yaml';

  before(async () => {
    client = startInMemoryServer();
    client.configurationFor = (scopeUri) => {
      if (scopeUri?.startsWith('file:///workspace/submission/')) return { review: { stage: 'submission' } };
      if (scopeUri?.startsWith('file:///workspace/draft/')) return { review: { stage: 'draft' } };
      return undefined;
    };
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('reports a missing required field as information while drafting and as an error for submission', { timeout: 60_000 }, async () => {
    await client.open(draft, RECORD);
    await client.open(submission, RECORD);
    const drafted = await client.diagnostics(draft, (ds) => ds.some(leadSponsor));
    const submitted = await client.diagnostics(submission, (ds) => ds.some(leadSponsor));
    assert.ok(drafted.filter(required).every((d) => d.severity === INFORMATION && d.source === 'trial-record review'));
    assert.ok(submitted.filter(required).every((d) => d.severity === ERROR));
    assert.deepEqual(submitted.filter(required).map(plainMessage), drafted.filter(required).map(plainMessage));
  });

  it('lets an explicit rule severity win over the stage', { timeout: 60_000 }, async () => {
    client.configurationFor = (scopeUri) =>
      scopeUri?.startsWith('file:///workspace/submission/')
        ? { review: { stage: 'submission' }, rules: { 'review/required-for-registration': 'hint' } }
        : undefined;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const submitted = await client.diagnostics(submission, (ds) => ds.some((d) => leadSponsor(d) && d.severity === HINT));
    assert.ok(submitted.filter(required).every((d) => d.severity === HINT));
  });

  it('reads the setting per document, `draft` unless it is `submission`', () => {
    assert.equal(readSettings(undefined).review.stage, 'draft');
    assert.equal(readSettings({ review: { stage: 'submission' } }).review.stage, 'submission');
    for (const wrong of ['Submission', 'final', 3, null, ['submission']])
      assert.equal(readSettings({ review: { stage: wrong } }).review.stage, 'draft');
    assert.equal(readSettings({ review: 'submission' }).review.stage, 'draft');
  });
});
