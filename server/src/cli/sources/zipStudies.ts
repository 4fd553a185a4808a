// The studies of a ZIP archive (the registry's bulk download: one JSON file per study, possibly in
// sub-folders), read with yauzl from the central directory, one entry at a time (`lazyEntries`), each
// entry inflated as a stream into memory, never unpacked to disk. The next entry is read only when the
// caller asks for it, so a slow check holds the reading back. An entry whose size is over the limit is
// refused before it is inflated (a zip bomb), and the inflation stops at the limit whatever the entry
// claims (yauzl also checks each entry's real size against the one it declares).
import * as yauzl from 'yauzl';
import { formatSize } from '../fileSize';
import type { SourceItem } from './sourceItem';

/** Entries checked: JSON study files and records; folders and other files (a README) are passed over. */
const STUDY_ENTRY = /(\.json|\.trial\.ya?ml)$/i;

/**
 * The archive's studies in the archive's order, named `ARCHIVE!ENTRY`. `onEntryCount` hears how many
 * entries the archive lists (folders and other files included) once it is open.
 */
export async function* zipStudies(file: string, maxSize: number, onEntryCount?: (entries: number) => void): AsyncGenerator<SourceItem> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    yield { kind: 'refused', name: file, reason: `cannot be read as a ZIP archive: ${messageOf(error)}` };
    return;
  }
  const entries = new EntryReader(zip);
  onEntryCount?.(zip.entryCount);
  let studies = 0;
  try {
    for (;;) {
      let entry: yauzl.Entry | undefined;
      try {
        entry = await entries.next();
      } catch (error) {
        yield { kind: 'refused', name: file, reason: `the ZIP archive cannot be read past its ${studies}th study: ${messageOf(error)}` };
        return;
      }
      if (entry === undefined) break;
      if (!STUDY_ENTRY.test(entry.fileName)) continue;
      studies++;
      const name = `${file}!${entry.fileName}`;
      const refusal = refusalOf(entry, maxSize);
      if (refusal !== undefined) {
        yield { kind: 'refused', name, reason: refusal };
        continue;
      }
      let content: Buffer;
      try {
        content = await readEntry(zip, entry, maxSize);
      } catch (error) {
        yield { kind: 'refused', name, reason: messageOf(error) };
        continue;
      }
      yield { kind: 'study', input: { kind: 'entry', name, format: /json$/i.test(entry.fileName) ? 'json' : 'yaml', content } };
    }
  } finally {
    zip.close();
  }
  if (studies === 0) yield { kind: 'refused', name: file, reason: 'no .json, .trial.yaml or .trial.yml files in this ZIP archive' };
}

function refusalOf(entry: yauzl.Entry, maxSize: number): string | undefined {
  if (entry.isEncrypted()) return 'encrypted: cannot be read';
  if (entry.uncompressedSize > maxSize)
    return `too large: ${formatSize(entry.uncompressedSize)} (${entry.uncompressedSize} bytes) unpacked, over the ${formatSize(maxSize)} limit; --max-size raises it`;
  return undefined;
}

/** The entry's bytes; throws once more than `maxSize` came, or when the entry is damaged. */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, maxSize: number): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxSize) {
      stream.destroy();
      throw new Error(`too large: more than the ${formatSize(maxSize)} limit unpacked (reading stopped there); --max-size raises it`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/**
 * `readEntry` as a promise. The archive's `error` listener stays for the archive's whole life: an error
 * emitted between two reads is kept and thrown by the next, never left to crash the process.
 */
class EntryReader {
  private waiting: { resolve: (entry: yauzl.Entry | undefined) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(private readonly zip: yauzl.ZipFile) {
    zip.on('entry', (entry: yauzl.Entry) => this.settle((waiting) => waiting.resolve(entry)));
    zip.on('end', () => this.settle((waiting) => waiting.resolve(undefined)));
    zip.on('error', (error: Error) => {
      this.failure ??= error;
      this.settle((waiting) => waiting.reject(error));
    });
  }

  next(): Promise<yauzl.Entry | undefined> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.zip.readEntry();
    });
  }

  private settle(answer: (waiting: NonNullable<EntryReader['waiting']>) => void): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting !== undefined) answer(waiting);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
