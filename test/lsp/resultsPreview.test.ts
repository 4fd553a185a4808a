// The preview request on a whole study with results, through the real server in memory (no editor): the page has the
// results sections, and a table cell reveals its own source.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RenderPreviewRequest, type RenderPreviewResult } from '@trial-record/shared/protocol';
import { parseHtml } from '../unit/render/renderKit';
import { startInMemoryServer, type TestLspClient } from './lspClient';

describe('the preview of a whole study with results', () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('shows the results modules after the protocol, with their tables', async () => {
    const uri = 'file:///results/NCT02210780.trial.json';
    const text = readFileSync('test/fixtures/ctgov/json/NCT02210780.json', 'utf8');
    await client.open(uri, text, 'trial-record-json');
    const result = await client.request<RenderPreviewResult | null>(RenderPreviewRequest.method, { uri });
    assert.ok(result);
    assert.equal(result.staleReason, undefined);
    const page = parseHtml(result.html);
    const headings = page.elements.filter((e) => e.name === 'h2').map((e) => e.text);
    const results = [
      'Participant flow',
      'Baseline characteristics',
      'Outcome measure results',
      'Adverse events',
      'Limitations and more information',
    ];
    for (const heading of results) assert.ok(headings.includes(heading), `${heading} among ${headings.join(' | ')}`);
    assert.ok(headings.indexOf('Outcome measures') < headings.indexOf('Participant flow'), 'the results follow the protocol');
    const started = page.elements.find(
      (e) => e.attributes['data-pointer'] === '/resultsSection/participantFlowModule/periods/0/milestones/0',
    );
    assert.match(started?.text ?? '', /^Started/);
    const [line, character] = (started?.attributes['data-range'] ?? '').split(/[:-]/).map(Number);
    const lines = text.split('\n');
    assert.equal(lines[line].slice(character), '{', 'the row points at its milestone in the JSON');
    assert.match(lines[line + 1], /"type": "STARTED"/);
    assert.ok(page.elements.some((e) => e.name === 'td' && /^\d+:\d+-\d+:\d+$/.test(e.attributes['data-range'] ?? '')));
  });
});
