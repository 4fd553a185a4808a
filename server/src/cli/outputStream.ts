// Where `check` and `import` write as they go: standard output and standard error, written with
// back-pressure (a write waits for the stream to drain when its buffer is full), so a slow reader of the
// output slows the run down instead of letting the output pile up in memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ProgressStream } from './progressLine';

export interface CommandStreams {
  readonly stdout: Writable;
  readonly stderr: Writable & ProgressStream;
}

export async function writeText(stream: Writable, text: string): Promise<void> {
  if (text === '' || stream.write(text)) return;
  await once(stream, 'drain');
}
