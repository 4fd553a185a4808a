// What the engine needs to know about a page's text before reading labels: whether it stops mid-way,
// whether it is bilingual, and each line's bare text (bullets, Markdown emphasis and table pipes off).
import type { PageText } from '../pageFormat';

/** A last token that is complete whatever follows: an enum constant, a number, a date, an address, a closing mark. */
const COMPLETE_ENDING = /(?:[.!?)\]}"'»”’*>…|]|\b[A-Z][A-Z0-9_]+|\b\d[\d,.]*|\b\d{4}-\d{2}(?:-\d{2})?|\S+@\S+\.\w+|https?:\/\/\S+)$/;

/**
 * The index of the last line when the text looks cut off: it does not end with a line break, and its
 * last line stops mid-word or mid-sentence (no closing punctuation, no complete token such as an enum
 * constant, number or date). A value that runs into that line may be incomplete. Undefined otherwise.
 */
export function cutOffLine(page: PageText): number | undefined {
  if (/[\r\n]\s*$/.test(page.text) || page.text.trim() === '') return undefined;
  const last = page.lines.length - 1;
  const text = page.lines[last].trim();
  if (text === '' || COMPLETE_ENDING.test(text)) return undefined;
  return last;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60]/g;

/** Whether a line is written mostly in Chinese, Japanese or Korean characters. */
export function isMostlyCjk(line: string): boolean {
  const letters = line.replace(/[\s\d\p{P}\p{S}]/gu, '');
  if (letters.length === 0) return false;
  return (line.match(CJK)?.length ?? 0) / letters.length > 0.5;
}

/** Whether the page mixes CJK lines with Latin ones (ChiCTR, ITMCTR, UMIN pages give each value twice). */
export function isBilingual(page: PageText): boolean {
  let cjk = 0;
  let latin = 0;
  for (const line of page.lines) {
    if (line.trim() === '') continue;
    if (isMostlyCjk(line)) cjk++;
    else if (/[A-Za-z]{3}/.test(line)) latin++;
  }
  return cjk >= 3 && latin >= 3;
}

/** A line that starts or ends with a mark, holds emphasis, a no-break space or a run of spaces. */
const NEEDS_BARING = /^[\s\-•*·▪◦‣#>|]|\*\*|\s$|\u00a0|\s\s|\|$/;

/**
 * A line as the label lexicon sees it: list bullets, Markdown headings and emphasis, and table pipes
 * removed; spaces collapsed. Values are still taken from the line as written.
 */
export function bareLine(line: string): string {
  // Most lines have nothing to remove: skip the replacements (pages can have 100,000 lines).
  if (!NEEDS_BARING.test(line)) return line;
  return line
    .replace(/\u00a0/g, ' ')
    .trim()
    .replace(/^(?:[-•*·▪◦‣]\s+|#{1,6}\s+|>\s+)+/, '')
    .replace(/^\*\*(.+?)\*\*/, '$1')
    .replace(/\*\*/g, '')
    .replace(/^\|\s*/, '')
    .replace(/\s*\|$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const bareLinesOfPage = new WeakMap<PageText, readonly string[]>();

/** `bareLine` of every line of a page, computed once per page (detection asks for them once per site). */
export function bareLines(page: PageText): readonly string[] {
  let lines = bareLinesOfPage.get(page);
  if (!lines) {
    lines = page.lines.map(bareLine);
    bareLinesOfPage.set(page, lines);
  }
  return lines;
}

/** A label as looked up in a lexicon: lower case, no trailing colon, no `(s)` variance in spacing. */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\s*[:：]\s*$/, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
