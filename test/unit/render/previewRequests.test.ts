// The preview's custom requests against the real server, in memory (test/lsp/lspClient.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ExportStudyRequest, RenderPreviewRequest, type ExportStudyResult, type RenderPreviewResult } from '@trial-record/shared/protocol';
import { startInMemoryServer, type TestLspClient } from '../../lsp/lspClient';
import { parseHtml, type ExportedStudy } from './renderKit';

const SAMPLE = readFileSync('samples/NCT06731192.trial.yaml', 'utf8');

describe('renderPreview and exportStudy requests', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    await client.initialize();
  });
  after(async () => client.shutdown());

  const renderOf = (uri: string) => client.request<RenderPreviewResult | null>(RenderPreviewRequest.method, { uri });
  const exportOf = (uri: string) => client.request<ExportStudyResult | null>(ExportStudyRequest.method, { uri });

  it('renders the current version of an open record', async () => {
    const uri = 'file:///preview/a.trial.yaml';
    await client.open(uri, SAMPLE);
    const first = await renderOf(uri);
    assert.ok(first);
    assert.equal(first.version, 1);
    assert.equal(first.staleReason, undefined);
    assert.equal(
      parseHtml(first.html).elements.find((e) => e.name === 'h1')?.text,
      'Human Umbilical Cord Mesenchymal Stem Cells for Alport Syndrome (HUCMSC)',
    );

    const version = await client.change(uri, { text: SAMPLE.replace('for Alport Syndrome\n', 'for Alport Syndrome, edited\n') });
    const second = await renderOf(uri);
    assert.equal(second?.version, version);
    assert.match(second?.html ?? '', /for Alport Syndrome, edited</);
  });

  it('keeps the last good render while the text does not parse, saying why, then recovers', async () => {
    const uri = 'file:///preview/b.trial.yaml';
    await client.open(uri, SAMPLE);
    const good = await renderOf(uri);
    const broken = SAMPLE.replace('briefTitle: Human', 'briefTitle: [Human');
    const version = await client.change(uri, { text: broken });
    const stale = await renderOf(uri);
    assert.equal(stale?.version, version);
    assert.match(stale?.staleReason ?? '', /^Line \d+: /);
    assert.equal(stale?.html, good?.html);
    await client.change(uri, { text: SAMPLE });
    const recovered = await renderOf(uri);
    assert.equal(recovered?.staleReason, undefined);
  });

  it('renders what it can, with the reason, for a record that was opened broken', async () => {
    const uri = 'file:///preview/c.trial.yaml';
    await client.open(uri, 'identificationModule:\n  briefTitle: Still shown\n  officialTitle: [unclosed\n');
    const result = await renderOf(uri);
    assert.ok(result?.staleReason);
    assert.ok(result.html.includes('Still shown'));
  });

  it('answers null for a document the server does not have', async () => {
    assert.equal(await renderOf('file:///preview/not-open.trial.yaml'), null);
    assert.equal(await exportOf('file:///preview/not-open.trial.yaml'), null);
  });

  it('exports the API study JSON with the count of syntax and schema errors', async () => {
    const uri = 'file:///preview/d.trial.yaml';
    await client.open(uri, SAMPLE);
    const clean = await exportOf(uri);
    assert.equal(clean?.errorCount, 0);
    assert.equal((JSON.parse(clean?.json ?? '{}') as ExportedStudy).protocolSection.identificationModule.nctId, 'NCT06731192');

    const invalid = 'file:///preview/e.trial.yaml';
    await client.open(invalid, readFileSync('samples/invalid-example.trial.yaml', 'utf8'));
    const withErrors = await exportOf(invalid);
    assert.ok((withErrors?.errorCount ?? 0) > 5);
    assert.ok((JSON.parse(withErrors?.json ?? '{}') as Partial<ExportedStudy>).protocolSection);
  });

  it('refuses to export a record that does not parse', async () => {
    const uri = 'file:///preview/f.trial.json';
    await client.open(uri, '{"identificationModule": {', 'trial-record-json');
    await assert.rejects(exportOf(uri), /Nothing to export: the record does not parse/);
  });
});
