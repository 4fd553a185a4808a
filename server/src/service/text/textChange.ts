/**
 * The one contiguous region where two versions of a text differ: `before[start, oldEnd)` became
 * `after[start, newEnd)`; everything before `start` and from `oldEnd`/`newEnd` on is the same.
 */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Chunk compared with one string comparison (a memory compare) before refining by character. */
const CHUNK = 1024;

/**
 * The changed region between two texts (common prefix and suffix), or undefined when they are
 * equal. Compares in chunks first, so a 4 MB text with a one-character edit costs well under a
 * millisecond rather than four million character reads.
 */
export function textChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = shorter - start;
  let suffix = 0;
  while (
    suffix + CHUNK <= room &&
    before.slice(before.length - suffix - CHUNK, before.length - suffix) ===
      after.slice(after.length - suffix - CHUNK, after.length - suffix)
  )
    suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}
