// Whether a message from the client is arriving right now. Over stdio (or a socket) a large message (a
// 400 KB record opened or pasted) arrives in 64 KB pieces over several turns of the event loop; the
// validation queue's idle-time work would otherwise run a step between each two pieces, and the record
// being opened would wait for all of them. Node IPC hands over whole messages, so nothing arrives in part.

import type { Readable } from 'node:stream';

const HEADER_END = '\r\n\r\n';
const MAX_HEADER = 8192;
const CONTENT_LENGTH = /(?:^|\r\n)content-length:[ \t]*(\d+)/i;

/** Reads the framing of the base protocol (`Content-Length: n`, blank line, n bytes) as the bytes go by. */
export class IncomingMessages {
  private header = '';
  /** Body bytes of the current message still to come; -1 between messages. */
  private remaining = -1;
  private readonly settledListeners: (() => void)[] = [];
  /** Messages that arrived whole since `takeCompleted` was last called. */
  private completed = 0;

  constructor(input: Readable) {
    // One more listener on the connection's own input: both see every chunk, nothing is consumed here.
    input.on('data', (chunk: Buffer) => this.received(chunk));
  }

  /** True while part of a message has arrived and the rest has not. */
  get arriving(): boolean {
    return this.remaining > 0 || this.header.length > 0;
  }

  /** How many messages arrived whole since the last call. */
  takeCompleted(): number {
    const completed = this.completed;
    this.completed = 0;
    return completed;
  }

  /** Called each time the last message in flight has arrived whole. */
  onSettled(listener: () => void): void {
    this.settledListeners.push(listener);
  }

  private received(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining > 0) {
        const taken = Math.min(this.remaining, chunk.length - offset);
        this.remaining -= taken;
        offset += taken;
        if (this.remaining === 0) this.completed++;
        continue;
      }
      // Headers are ASCII (one byte a character in latin1); a header split across chunks is put together first.
      const pending = this.header.length;
      const text = this.header + chunk.toString('latin1', offset, Math.min(chunk.length, offset + MAX_HEADER));
      const headerEnd = text.indexOf(HEADER_END);
      if (headerEnd < 0) {
        // Not the base protocol if no header ends within a few kilobytes: stop holding idle work back for it.
        this.header = text.length < MAX_HEADER ? text : '';
        break;
      }
      this.header = '';
      offset += headerEnd + HEADER_END.length - pending;
      const length = CONTENT_LENGTH.exec(text.slice(0, headerEnd));
      // A header without a length is not the base protocol: what follows cannot be framed, so stop reading this chunk.
      if (!length) break;
      this.remaining = Number(length[1]);
      if (this.remaining === 0) this.completed++;
    }
    if (!this.arriving) for (const listener of this.settledListeners) listener();
  }
}
