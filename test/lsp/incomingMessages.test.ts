// The base protocol's framing read as the bytes go by: a message is "arriving" from its first byte to
// its last, however the stream cuts it (headers split, several messages in one chunk).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { IncomingMessages } from '../../server/src/lsp/incomingMessages';

function framed(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'latin1'), bytes]);
}

describe('incoming messages', () => {
  it('is arriving from a message’s first byte to its last, for every way of cutting the stream', () => {
    const messages = [framed('{"a":"é"}'), framed(`{"method":"didOpen","text":"${'x'.repeat(300)}"}`), framed('{}')];
    const stream = Buffer.concat(messages);
    const ends = new Set<number>();
    let end = 0;
    for (const message of messages) ends.add((end += message.length));
    for (const size of [1, 2, 3, 7, 16, 64, stream.length]) {
      const input = new PassThrough();
      const incoming = new IncomingMessages(input);
      let settled = 0;
      incoming.onSettled(() => settled++);
      let completed = 0;
      for (let offset = 0; offset < stream.length; offset += size) {
        const cut = Math.min(offset + size, stream.length);
        input.emit('data', stream.subarray(offset, cut));
        completed += incoming.takeCompleted();
        assert.equal(incoming.arriving, !ends.has(cut), `chunks of ${size}, after byte ${cut}`);
      }
      assert.equal(completed, 3, `chunks of ${size}`);
      assert.ok(settled >= 1 && settled <= 3, `chunks of ${size}: ${settled} settled`);
    }
  });

  it('stops holding back for a stream that is not the base protocol', () => {
    const input = new PassThrough();
    const incoming = new IncomingMessages(input);
    input.emit('data', Buffer.from('x'.repeat(10_000)));
    assert.equal(incoming.arriving, false);
    input.emit('data', Buffer.from('Content-Type: text/plain\r\n\r\nhello, no length\r\n\r\n'));
    assert.equal(incoming.arriving, false, 'a header without a length');
  });
});
