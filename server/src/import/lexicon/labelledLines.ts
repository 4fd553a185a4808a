// Small line helpers of the labelled-page reader.
import { bareLine } from './pageShape';

/** Whether a line could be one name in a list: not a bare number, a sentence, a sub-heading or a long text. */
export function isNameLike(line: string): boolean {
  const text = bareLine(line);
  if (text.length === 0 || text.length > 160) return false;
  if (/^[\d.,%\s]+$/.test(text)) return false;
  if (/[:：]$/.test(text)) return false;
  return !(text.length > 90 && /[.!?]$/.test(text));
}

/** A block value's line as written, without table pipes around it. */
export function cleanBlockLine(line: string): string {
  return line
    .trim()
    .replace(/^\|\s*/, '')
    .replace(/\s*\|$/, '');
}

export function range(start: number, end: number): number[] {
  const result: number[] = [];
  for (let index = start; index < end; index++) result.push(index);
  return result;
}
