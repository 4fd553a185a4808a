// Where `check` and `import` write as they go: standard output and standard error, written with
// back-pressure (a write waits for the stream to drain when its buffer is full), so a slow reader of the
// output slows the run down instead of letting the output pile up in memory. A stream that failed (the
// reader went away: `| head`) fails every later write at once, so the run stops instead of waiting for
// a drain that never comes.
import type { Writable } from 'node:stream';
import type { ProgressStream } from './progressLine';

export interface CommandStreams {
  readonly stdout: Writable;
  readonly stderr: Writable & ProgressStream;
}

export async function writeText(stream: Writable, text: string): Promise<void> {
  throwIfFailed(stream);
  if (text === '' || stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error | null): void => {
      stream.off('drain', onDrain);
      stream.off('error', settle);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => settle();
    const onClose = (): void => settle(stream.errored ?? new Error('the output was closed'));
    stream.on('drain', onDrain);
    stream.on('error', settle);
    stream.on('close', onClose);
    if (stream.destroyed) onClose();
  });
}

function throwIfFailed(stream: Writable): void {
  if (stream.errored) throw stream.errored;
  if (stream.destroyed || stream.writableEnded) throw new Error('the output was closed');
}
