/**
 * A block value's text from its lines, with the page's paragraph breaks kept: a blank line between two value
 * lines stays one blank line, and a heading (`Exclusion Criteria:`) stands in a paragraph of its own, so that
 * Markdown does not run it into the last item of the list above it.
 */
export function blockText(
  entries: ReadonlyArray<{ readonly line: number; readonly text: string }>,
  isHeading: (line: number) => boolean,
): string {
  let text = '';
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    if (previous) text += previous.line + 1 < entry.line || isHeading(entry.line) || isHeading(previous.line) ? '\n\n' : '\n';
    text += entry.text.trim();
  });
  return text.trim();
}
