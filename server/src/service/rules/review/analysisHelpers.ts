// What the analysis, dispersion and adverse-event review criteria add to the shared results readers of
// resultsHelpers.ts: numbers as messages show them, group names, the groups that started the study and matching
// groups of different modules by title. Pointers are relative to the study's `resultsSection`.
import type { RecordValue } from '../../parse/parsedRecord';
import type { SectionView } from '../ruleTypes';
import { firstPeriodStarted, groupTitleKey, readParticipantFlow, type ResultMeasure } from './resultsHelpers';

/** A number as the author wrote it (`"3.20"` stays `3.20`), for messages; other values give an empty text. */
export function asWritten(value: RecordValue | undefined): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** `1,234` for counts in messages, fractions as they are. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

/** `2 participants`, `1 participant`. */
export function countOf(value: number, noun: string): string {
  return `${formatNumber(value)} ${noun}${value === 1 ? '' : 's'}`;
}

/** "group `EG001` (Placebo)", how a message names a results group inside a sentence. */
export function groupName(id: string, title: string | undefined): string {
  const name = title?.trim();
  return name ? `group \`${id}\` (${name})` : `group \`${id}\``;
}

/** The text with its first letter in capitals ("Group `EG001` (Placebo): …" at the start of a message). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether an outcome measure's results are still to come (`reportingStatus: NOT_POSTED`): nothing to check yet. */
export function notPosted(results: SectionView, measure: ResultMeasure): boolean {
  return measure.kind === 'outcome' && results.text(`${measure.pointer}/reportingStatus`) === 'NOT_POSTED';
}

/** A group of the participant flow's first period with the number that started it. */
export interface StartedGroup {
  readonly id: string;
  readonly title: string | undefined;
  readonly started: number;
}

/**
 * How many started each participant-flow group: the `STARTED` milestone of the first period (later periods start
 * from those who completed the one before, so they say nothing about who was assigned).
 */
export function startedGroups(results: SectionView): StartedGroup[] {
  const flow = readParticipantFlow(results);
  const first = flow ? firstPeriodStarted(flow) : undefined;
  if (!flow || !first) return [];
  const groups: StartedGroup[] = [];
  for (const count of first.started.counts) {
    if (count.subjects !== undefined)
      groups.push({ id: count.groupId, title: flow.groups.get(count.groupId)?.title, started: count.subjects });
  }
  return groups;
}

/** A group title compared across modules: case, spacing and a leading list number (`1 Placebo`, `2. Drug`) aside. */
function comparableTitle(title: string | undefined): string | undefined {
  return groupTitleKey(title)?.replace(/^\d{1,2}[.)]?\s+(?=\S)/, '');
}

/**
 * The one candidate whose title is the same as `title` (case, spacing and a leading list number aside). Groups of
 * different modules are matched by title only: ids are per module, and a study reporting different populations
 * (`Placebo (FAS)`, `Placebo (SS)`) names them differently.
 */
export function sameTitled<T extends { readonly title: string | undefined }>(
  title: string | undefined,
  candidates: readonly T[],
): T | undefined {
  const wanted = comparableTitle(title);
  if (wanted === undefined) return undefined;
  const matches = candidates.filter((candidate) => comparableTitle(candidate.title) === wanted);
  return matches.length === 1 ? matches[0] : undefined;
}
