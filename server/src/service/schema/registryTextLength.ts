// How long a text is by the registry's count. The ClinicalTrials.gov API serves markup fields as Markdown
// and escapes every Markdown character of the PRS text with a backslash (`\>`, `\&`, `\*`, `\[`, …):
// 998 characters typed in PRS come back as 1,018 when 20 of them are `<`. PRS counts its own text, without
// those backslashes (ctgov-model.md §1 "markup vs text": the Markdown is a conversion of the PRS text).

/** A backslash before ASCII punctuation: a CommonMark escape, which stands for the punctuation character alone. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * The number of characters PRS counts in a text: Unicode code points (as ajv's `maxLength` counts them),
 * with each Markdown backslash escape counted as the one character it stands for.
 */
export function registryTextLength(text: string): number {
  let length = 0;
  for (const _ of text.replace(MARKDOWN_ESCAPE, '$1')) length++;
  return length;
}
