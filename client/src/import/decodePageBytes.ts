// Bytes of a picked page file → text. Pure (no `vscode`).
// UTF-8 unless a UTF-16 byte-order mark says otherwise (Windows "Save as Unicode"); bytes that are not valid
// UTF-8 become U+FFFD rather than failing, so a page with mojibake still imports and keeps what it has.

/** Larger than any registry page (a study with 5,000 sites is a few MB); refusing protects the editor's memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export function decodePageBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swap to little-endian: not every runtime's TextDecoder knows 'utf-16be'.
    const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      swapped[i] = bytes[i + 1];
      swapped[i + 1] = bytes[i];
    }
    return new TextDecoder('utf-16le').decode(swapped);
  }
  // The UTF-8 decoder drops a UTF-8 byte-order mark itself.
  return new TextDecoder('utf-8').decode(bytes);
}

export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
