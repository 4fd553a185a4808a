// The studies of a JSON Lines file (`.jsonl`, `.ndjson`: one study per line), read as a stream and cut at
// each line break, so the file can be far larger than memory. Each line is named `FILE:LINE` and checked
// on its own text, so a broken line is reported (with its line number) like a broken file, and the next
// line is checked as usual. A line over the size limit is refused and passed over unread.
import { createReadStream } from 'node:fs';
import { formatSize } from '../fileSize';
import type { SourceItem } from './sourceItem';

const LINE_FEED = 0x0a;

export async function* jsonLinesStudies(file: string, maxSize: number): AsyncGenerator<SourceItem> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let lineNumber = 0;
  let studies = 0;
  const endLine = (): SourceItem | undefined => {
    lineNumber++;
    const name = `${file}:${lineNumber}`;
    const content = Buffer.concat(parts, length);
    const wasTooLong = tooLong;
    parts = [];
    length = 0;
    tooLong = false;
    // A blank line (or one holding only a `\r`) separates nothing: no study.
    if (!wasTooLong && content.every(isSpace)) return undefined;
    studies++;
    if (wasTooLong)
      return { kind: 'refused', name, reason: `too large: a line of more than the ${formatSize(maxSize)} limit; --max-size raises it` };
    return { kind: 'study', input: { kind: 'entry', name, format: 'json', content: stripCarriageReturn(content) } };
  };
  const take = (part: Buffer): void => {
    if (tooLong || part.length === 0) return;
    if (length + part.length > maxSize) {
      tooLong = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(part);
    length += part.length;
  };

  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(LINE_FEED, start); end !== -1; end = chunk.indexOf(LINE_FEED, start)) {
      take(chunk.subarray(start, end));
      const item = endLine();
      if (item !== undefined) yield item;
      start = end + 1;
    }
    take(chunk.subarray(start));
  }
  if (length > 0 || tooLong) {
    const item = endLine();
    if (item !== undefined) yield item;
  }
  if (studies === 0) yield { kind: 'refused', name: file, reason: 'no studies in this JSON Lines file (one study per line)' };
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a;
}

function stripCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
