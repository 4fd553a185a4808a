// How the eligibility review criteria read `eligibilityCriteria`: headings, list items and the inclusion part.
// Line by line, with bounded patterns, so a huge or hostile text costs one pass.
import { scanned } from './textHelpers';

/**
 * A heading line: "Inclusion Criteria:", "Key Exclusion Criteria", "Eligibility criteria for cohort A:", optionally with
 * text after its colon ("Exclusion Criteria: none"), which is captured.
 */
const HEADING =
  /^[ \t*#>_-]{0,6}(?:key |main |major |general |additional |specific |other )?(?:inclusion|exclusion|eligibility|selection)(?: criteria| criterion)?(?: for [^:\n]{0,80})?[ \t*_]{0,3}(?::(.*))?$/i;

/** A list item: a bullet, or a number or letter followed by `.` or `)`. */
export const LIST_ITEM = /^[ \t]{0,12}(?:[-*•·‣▪◦–+]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\d{1,3}\)|\([a-zA-Z]\))[ \t]/;

/** A line that starts the exclusion part. */
const EXCLUSION_START = /^[ \t*#>_-]{0,6}(?:key |main |major |general |additional |specific |other )?exclusion/i;

/** The text's lines (within the scanned part), trimmed, without empty ones. */
function lines(text: string): string[] {
  return scanned(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** True when the line is only a heading (nothing after its colon). */
export function isHeadingLine(line: string): boolean {
  const match = HEADING.exec(line);
  return match !== null && (match[1] === undefined || match[1].trim() === '');
}

/** The criteria's lines with headings dropped, the text after a heading's colon kept, and list markers removed. */
export function criteriaContent(text: string): string[] {
  const content: string[] = [];
  for (const line of lines(text)) {
    const heading = HEADING.exec(line);
    const rest = heading ? (heading[1] ?? '') : line;
    const withoutMarker = rest.replace(LIST_ITEM, '').trim();
    if (withoutMarker !== '') content.push(withoutMarker);
  }
  return content;
}

/** The lines of the inclusion part: everything before the first line that starts the exclusion part. */
export function inclusionLines(text: string): string[] {
  const all = lines(text);
  const exclusionAt = all.findIndex((line) => EXCLUSION_START.test(line));
  return exclusionAt < 0 ? all : all.slice(0, exclusionAt);
}

/** How many lines of the criteria are list items. */
export function listItemCount(text: string): number {
  return scanned(text)
    .split('\n')
    .filter((line) => LIST_ITEM.test(line)).length;
}
