import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentLink, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startInMemoryServer, type TestLspClient } from './lspClient';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../samples/NCT06242405.trial.yaml'), 'utf8');

function slice(text: string, range: Range): string {
  const document = TextDocument.create('x', 'x', 1, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

describe('document links over LSP', () => {
  let client: TestLspClient;
  const yamlUri = 'file:///records/NCT06242405.trial.yaml';
  const jsonUri = 'file:///records/study.trial.json';
  const json = JSON.stringify(
    {
      protocolSection: {
        identificationModule: { nctId: 'NCT06954740' },
        referencesModule: {
          references: [{ pmid: '12345678', citation: 'A trial. doi: 10.1000/xyz.' }],
          seeAlsoLinks: [{ url: 'javascript:alert(1)' }, { url: 'https://example.org/' }],
        },
      },
    },
    null,
    2,
  );

  before(async () => {
    client = startInMemoryServer();
    const result = (await client.initialize()) as { capabilities: { documentLinkProvider?: { resolveProvider?: boolean } } };
    assert.deepEqual(
      result.capabilities.documentLinkProvider,
      { resolveProvider: false },
      'the server announces document links, resolved up front',
    );
    await client.open(yamlUri, SAMPLE);
    await client.open(jsonUri, json, 'trial-record-json');
  });
  after(async () => client.shutdown());

  const linksOf = async (uri: string, text: string) => {
    const links = await client.request<DocumentLink[] | null>('textDocument/documentLink', { textDocument: { uri } });
    return (links ?? []).map((link) => [slice(text, link.range), link.target, link.tooltip]);
  };

  it('links the NCT ID and the DOIs of a YAML sample, DOIs in folded citations included', async () => {
    assert.deepEqual(await linksOf(yamlUri, SAMPLE), [
      ['NCT06242405', 'https://clinicaltrials.gov/study/NCT06242405', 'Open NCT06242405 on ClinicalTrials.gov'],
      ['10.1002/stem.1818', 'https://doi.org/10.1002/stem.1818', 'Open DOI 10.1002/stem.1818'],
      ['10.31083/j.fbl2812359', 'https://doi.org/10.31083/j.fbl2812359', 'Open DOI 10.31083/j.fbl2812359'],
    ]);
  });

  it('links a JSON whole-study record, leaving the unsafe URL unlinked', async () => {
    assert.deepEqual(await linksOf(jsonUri, json), [
      ['NCT06954740', 'https://clinicaltrials.gov/study/NCT06954740', 'Open NCT06954740 on ClinicalTrials.gov'],
      ['12345678', 'https://pubmed.ncbi.nlm.nih.gov/12345678/', 'Open PubMed 12345678'],
      ['10.1000/xyz', 'https://doi.org/10.1000/xyz', 'Open DOI 10.1000/xyz'],
      ['https://example.org/', 'https://example.org/', 'Open https://example.org/'],
    ]);
  });

  it('answers the links of the edited text', async () => {
    const edited = SAMPLE.replace('nctId: NCT06242405', 'nctId: NCT01234567');
    await client.change(yamlUri, { text: edited });
    const [first] = await linksOf(yamlUri, edited);
    assert.deepEqual(first, ['NCT01234567', 'https://clinicaltrials.gov/study/NCT01234567', 'Open NCT01234567 on ClinicalTrials.gov']);
  });

  it('answers null for a document that is not open', async () => {
    assert.equal(await client.request('textDocument/documentLink', { textDocument: { uri: 'file:///records/closed.trial.yaml' } }), null);
  });
});

describe('document links whose answer fails', () => {
  it('answers null and logs the failure with the request and the document', async () => {
    const client = startInMemoryServer((service) => ({
      ...service,
      documentLinks: () => {
        throw new TypeError('links exploded on purpose');
      },
    }));
    try {
      await client.initialize();
      const uri = 'file:///records/NCT06242405.trial.yaml';
      await client.open(uri, SAMPLE);
      assert.equal(await client.request('textDocument/documentLink', { textDocument: { uri } }), null);
      const logged = client.loggedMessages.find((entry) => entry.message.includes('links exploded on purpose'));
      assert.ok(logged?.message.startsWith(`document links at ${uri} failed: TypeError`), JSON.stringify(client.loggedMessages));
    } finally {
      await client.shutdown();
    }
  });
});
