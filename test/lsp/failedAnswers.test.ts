import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentSymbol, Location } from 'vscode-languageserver';
import { startInMemoryServer, type TestLspClient } from './lspClient';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../samples/NCT06954740.trial.yaml'), 'utf8');
const MessageType = { Error: 1 } as const;

// A bug inside one answer (here: a service that throws on purpose) must not pass unnoticed nor break
// the others: the request is answered empty and the output channel says what failed, where.
describe('a request whose answer fails', () => {
  let client: TestLspClient;
  const uri = 'file:///records/NCT06954740.trial.yaml';

  before(async () => {
    client = startInMemoryServer((service) => ({
      ...service,
      symbols: () => {
        throw new TypeError('outline exploded on purpose');
      },
      definitions: () => {
        throw new RangeError('definitions exploded on purpose');
      },
      hover: () => {
        throw new Error('hover exploded on purpose');
      },
    }));
    await client.initialize();
    await client.open(uri, SAMPLE);
    await client.diagnostics(uri);
  });

  after(() => client.shutdown());

  it('answers the outline empty and logs the error with the request and the document', async () => {
    const symbols = await client.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols, null);
    const logged = client.loggedMessages.find((entry) => entry.message.includes('outline exploded on purpose'));
    assert.ok(logged, `logged: ${JSON.stringify(client.loggedMessages)}`);
    assert.equal(logged.type, MessageType.Error);
    assert.match(
      logged.message,
      new RegExp(`^outline at ${uri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} failed: TypeError: outline exploded on purpose`),
    );
  });

  it('logs the position of a request made at one', async () => {
    const found = await client.request<Location[] | null>('textDocument/definition', {
      textDocument: { uri },
      position: { line: 4, character: 7 },
    });
    assert.equal(found, null);
    const logged = client.loggedMessages.find((entry) => entry.message.includes('definitions exploded on purpose'));
    assert.ok(logged, `logged: ${JSON.stringify(client.loggedMessages)}`);
    assert.ok(logged.message.startsWith(`go to definition at ${uri}:5:8 failed: RangeError`), logged.message);
    // The stack says where the bug is.
    assert.match(logged.message, /failedAnswers\.test\.ts/);
  });

  it('answers a hover empty and logs it', async () => {
    const help = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    assert.equal(help, null);
    const logged = client.loggedMessages.find((entry) => entry.message.includes('hover exploded on purpose'));
    assert.ok(logged?.message.startsWith(`hover at ${uri}:2:4 failed: Error: hover exploded on purpose`), JSON.stringify(logged));
  });

  it('keeps answering what does not fail', async () => {
    const ranges = await client.request<unknown[] | null>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(ranges && ranges.length > 0);
  });
});
