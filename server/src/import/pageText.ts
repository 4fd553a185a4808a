import type { PageText } from './pageFormat';

/** Splits a page once into lines (`\r\n`, `\n` or a lone `\r` end a line); the text is otherwise untouched. */
export function toPageText(text: string): PageText {
  return { text, lines: text.split(/\r\n|\n|\r/) };
}

/** Indexes of the lines a reading must account for: every line with something besides whitespace. */
export function nonEmptyLineIndexes(page: PageText): number[] {
  const indexes: number[] = [];
  page.lines.forEach((line, index) => {
    if (line.trim() !== '') indexes.push(index);
  });
  return indexes;
}
