// Scanning a text `JSON.parse` has accepted: plain JSON, so strings can be skipped by searching for their
// closing quote (most of a registry study's characters are in strings). Used by the fast JSON reading
// (fastJsonRead.ts) and its lazy locations (lazyJsonLocations.ts).
import type { ScanLimits } from './parseGuards';

/**
 * The keys of a text `JSON.parse` accepts (strings followed by `:`), or undefined where it passes one of
 * `limits` (scanJson then says which); run before the parse, so a text past the guards is never parsed. On
 * a text that is not plain JSON the count means nothing (the parse then refuses it). Held to the same limits as scanJson, but faster: strict JSON has no
 * comments and no line break in a string, so a string is skipped by searching for its closing quote, and
 * most of a registry study's characters are in strings.
 */
export function scanPlainJson(text: string, limits: ScanLimits): number | undefined {
  if (limits.chars !== undefined && text.length > limits.chars) return undefined;
  const maxValue = limits.valueChars ?? Infinity;
  let depth = 0;
  let values = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      const end = closingQuote(text, i);
      if (end + 1 - i > maxValue) return undefined;
      i = end + 1;
      while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 58 /* : */) keys++;
      i--;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > limits.nesting || ++values > limits.values) return undefined;
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) {
      depth--;
    } else if (ch === 44 /* , */) {
      if (++values > limits.values) return undefined;
    }
  }
  return keys;
}

/** Just past the bracket closing each object and array of a plain JSON text, by the offset of its opening bracket. */
export function containerEnds(text: string): Map<number, number> {
  const ends = new Map<number, number>();
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) i = closingQuote(text, i);
    else if (ch === 91 /* [ */ || ch === 123 /* { */) opens.push(i);
    else if (ch === 93 /* ] */ || ch === 125 /* } */) {
      const open = opens.pop();
      if (open !== undefined) ends.set(open, i + 1);
    }
  }
  return ends;
}

/** The index of the quote closing the JSON string opened at `open` (one not escaped by an odd run of backslashes). */
export function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1);
  while (quote > 0) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

export function isJsonSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
