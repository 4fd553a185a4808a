// How the outcome-measure review criteria read `outcomesModule` (time points in its free text: timePointHelpers.ts).
// Everything here runs on every keystroke over text of any length: the patterns are compiled once, and each
// one can only start where its run starts (a word boundary or a look-behind), so no pattern backtracks over
// the text it already read.
import { isPlainObject, joinPointer, type RecordValue } from '../../parse/parsedRecord';
import { fieldText, listItems, moduleView } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleContext, RuleReference } from '../ruleTypes';

export const OUTCOMES = '/outcomesModule';

export type OutcomeKind = 'primary' | 'secondary' | 'other';

const OUTCOME_LISTS: ReadonlyArray<{ readonly kind: OutcomeKind; readonly key: string }> = [
  { kind: 'primary', key: 'primaryOutcomes' },
  { kind: 'secondary', key: 'secondaryOutcomes' },
  { kind: 'other', key: 'otherOutcomes' },
];

/** One outcome measure of the protocol section, its fields read once. */
export interface Outcome {
  readonly pointer: string;
  readonly kind: OutcomeKind;
  /** 1-based position in its list, as the registry's form numbers them. */
  readonly position: number;
  /** The outcome's title (`measure`). */
  readonly measure: string | undefined;
  readonly description: string | undefined;
  readonly timeFrame: string | undefined;
}

/** The registry's definition of the outcome fields (one page, the primary outcome's entry explains all three lists). */
export const OUTCOME_REFERENCE: RuleReference = protocolDefinition('Primary Outcome Measure');

/** Every outcome of the three lists, primary first; items that are not objects are the schema's business. */
export function readOutcomes(context: RuleContext): readonly Outcome[] {
  return moduleView(OUTCOMES_BY_MODULE, context, OUTCOMES, outcomesOf, []);
}

/** Thirteen rules read the outcomes: each module's are read once (ruleHelpers.ts `moduleView`). */
const OUTCOMES_BY_MODULE = new WeakMap<object, readonly Outcome[]>();

function outcomesOf(module: { readonly [key: string]: RecordValue }): readonly Outcome[] {
  const outcomes: Outcome[] = [];
  for (const { kind, key } of OUTCOME_LISTS) {
    let position = 0;
    for (const [pointer, item] of listItems(module, key, joinPointer(OUTCOMES, key))) {
      position++;
      if (!isPlainObject(item)) continue;
      outcomes.push({
        pointer,
        kind,
        position,
        measure: fieldText(item, 'measure'),
        description: fieldText(item, 'description'),
        timeFrame: fieldText(item, 'timeFrame'),
      });
    }
  }
  return outcomes;
}

/** `primary outcome 2`, the way an author finds it in the form. */
export function outcomeName(outcome: Outcome): string {
  return `${outcome.kind} outcome ${outcome.position}`;
}

/** `Primary outcome 2`, for the start of a sentence. */
export function outcomeNameCapitalized(outcome: Outcome): string {
  const name = outcomeName(outcome);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Text worth checking: present and not blank. */
export function filled(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

/**
 * The longest field the free-text heuristics read: several times the registry's own limits (255 for titles and
 * time frames, 999 for descriptions), which the schema layer reports. Beyond it a field is pasted data, not prose.
 */
const LONGEST_CHECKED_TEXT = 5000;

/** Text a free-text heuristic reads: present, not blank, and of a length a person types. */
export function checkable(text: string | undefined): text is string {
  return filled(text) && text.length <= LONGEST_CHECKED_TEXT;
}

const SPACES = /\s+/g;
/** Quotes, brackets, spaces and end punctuation around a title do not make it another title. */
const LEADING_MARKS = new Set([...' "\'“‘(']);
const TRAILING_MARKS = new Set([...' .;:,!"\'”’)']);

/** Lower case, single spaces, no quotes or full stop at the ends: the form two titles are compared in. */
export function normalizeText(text: string): string {
  const spaced = text.replace(SPACES, ' ');
  let start = 0;
  let end = spaced.length;
  while (start < end && LEADING_MARKS.has(spaced[start])) start++;
  while (end > start && TRAILING_MARKS.has(spaced[end - 1])) end--;
  return spaced.slice(start, end).toLowerCase();
}

/** Inline code for a value quoted in a message, shortened so a long field does not fill the problems list. */
export function quote(text: string, limit = 80): string {
  const single = text.replace(SPACES, ' ').trim();
  const shown = single.length > limit ? `${single.slice(0, limit - 1)}…` : single;
  return `\`${shown.replace(/`/g, "'")}\``;
}

// ---- titles ----------------------------------------------------------------------------------------------

/** The bare concepts reviewers reject as a whole title ("Safety", "Primary outcome 1"). */
const CONCEPT = String.raw`(?:safety|tolerability|efficacy|effectiveness|effectivity|feasibility|acceptability|satisfaction|pharmacokinetics?|pk|immunogenicity|toxicity|toxicities|quality of life|qol|response|(?:primary|secondary|other)(?: pre-?specified)? (?:outcome|endpoint)(?: measure)?(?: \d+)?|(?:outcome|endpoint)(?: measure)? \d+)`;

/**
 * A title that is only concepts, alone or joined (`Safety and Tolerability`), optionally `of <intervention>`.
 * Runs on the normalized title; the tail is bounded, so the match is linear.
 */
const BARE_CONCEPT_TITLE = new RegExp(String.raw`^${CONCEPT}(?:(?: ?, ?| and | & | ?/ ?)${CONCEPT}){0,3}(?: of ([^,:;()]{1,60}))?$`);

/** A tail after `of` that says what is measured, not just which intervention: `of X as measured by the Y Scale`. */
const MEASURING_TAIL =
  /\b(?:by|using|as|measured|assessed|evaluated|defined|according|scores?|scales?|questionnaires?|inventory|index|numbers?|percentages?|proportions?|rates?|changes?|levels?|incidence|grade|criteria)\b/;

/** Whether the whole title is a bare concept such as `Safety`, `Efficacy of Drug X` or `Primary outcome`. */
export function isBareConceptTitle(title: string): boolean {
  if (title.length > 200) return false;
  const normalized = normalizeText(title);
  const match = BARE_CONCEPT_TITLE.exec(normalized);
  return match !== null && !(match[1] !== undefined && MEASURING_TAIL.test(match[1]));
}

/** Words that name a metric: the title says what is counted or measured. */
export const METRIC_WORD =
  /\b(?:numbers?|percentages?|percent|proportions?|changes?|time to|rates?|scores?|levels?|concentrations?|counts?|incidence|prevalence|frequency|ratio|mean|median|duration)\b|%/i;

/**
 * Space-separated tokens in a title or description, for length heuristics: `12-week` and `(%)` count as one each
 * (textHelpers.ts `wordCount` counts letter-and-digit words instead).
 */
export function spacedTokenCount(text: string): number {
  let count = 0;
  for (const _word of text.matchAll(WORD)) count++;
  return count;
}
const WORD = /[^\s]+/g;
