/** The only link schemes the preview shows as links and the extension agrees to open. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * The URL when it is an absolute `http(s)` or `mailto` link, else undefined.
 * Control characters and whitespace inside the scheme (`java\tscript:`) are not stripped first:
 * anything that does not start exactly with an allowed scheme is refused.
 */
export function safeLinkUrl(url: string): string | undefined {
  const trimmed = url.trim();
  if (!SAFE_LINK.test(trimmed)) return undefined;
  // A URL with raw whitespace or control characters is not one a person typed as a link.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return undefined;
  return trimmed;
}

export function isSafeLinkUrl(url: string): boolean {
  return safeLinkUrl(url) !== undefined;
}
