// How the protocol-section review criteria (titles, free text, eligibility, arms, contacts) read the
// record's free text. Free text can be huge or hostile, so every pattern here and in the rules that use
// these helpers is compiled once, at module level, and has no nested quantifiers (linear-time scanning).
import { ARMS, code, ELIGIBILITY, fieldText, IDENTIFICATION, items } from '../ruleHelpers';
import type { RuleContext } from '../ruleTypes';

/** Review criteria never read more of one field than this: the longest PRS field (detailed description) holds 32,000. */
export const MAX_SCANNED_CHARS = 40_000;

/** The part of a field the criteria read (a longer value is already a length error). */
export function scanned(text: string): string {
  return text.length > MAX_SCANNED_CHARS ? text.slice(0, MAX_SCANNED_CHARS) : text;
}

/** One free-text value of the protocol section, with what to call it in a message ("The brief summary"). */
export interface FreeTextField {
  readonly pointer: string;
  readonly text: string;
  /** Sentence-initial name of the field, e.g. "The description of arm `Placebo`". */
  readonly label: string;
}

/** The groups of free-text fields the criteria choose from. */
export type FreeTextScope =
  | 'titles'
  | 'briefSummary'
  | 'detailedDescription'
  | 'eligibility'
  | 'armDescriptions'
  | 'interventionDescriptions'
  | 'outcomeDescriptions';

const OUTCOME_LISTS: ReadonlyArray<[string, string]> = [
  ['primaryOutcomes', 'primary outcome'],
  ['secondaryOutcomes', 'secondary outcome'],
  ['otherOutcomes', 'other outcome'],
];

/** The non-blank free-text fields of the chosen scopes, in record order. */
export function freeTextFields(context: RuleContext, scopes: readonly FreeTextScope[]): FreeTextField[] {
  const fields: FreeTextField[] = [];
  const add = (pointer: string, label: string, text = context.text(pointer)) => {
    if (text !== undefined && text.trim() !== '') fields.push({ pointer, text: scanned(text), label });
  };
  for (const scope of scopes) {
    if (scope === 'titles') {
      add(`${IDENTIFICATION}/briefTitle`, 'The brief title');
      add(`${IDENTIFICATION}/officialTitle`, 'The official title');
    } else if (scope === 'briefSummary') add('/descriptionModule/briefSummary', 'The brief summary');
    else if (scope === 'detailedDescription') add('/descriptionModule/detailedDescription', 'The detailed description');
    else if (scope === 'eligibility') add(`${ELIGIBILITY}/eligibilityCriteria`, 'The eligibility criteria');
    else if (scope === 'armDescriptions') {
      for (const [pointer, arm] of items(context, `${ARMS}/armGroups`))
        add(`${pointer}/description`, `The description of ${named('arm', fieldText(arm, 'label'))}`, fieldText(arm, 'description'));
    } else if (scope === 'interventionDescriptions') {
      for (const [pointer, intervention] of items(context, `${ARMS}/interventions`)) {
        const label = `The description of ${named('intervention', fieldText(intervention, 'name'))}`;
        add(`${pointer}/description`, label, fieldText(intervention, 'description'));
      }
    } else {
      for (const [list, what] of OUTCOME_LISTS) {
        for (const [pointer, outcome] of items(context, `/outcomesModule/${list}`))
          add(
            `${pointer}/description`,
            `The description of the ${what} ${quote(fieldText(outcome, 'measure') ?? '')}`.trimEnd(),
            fieldText(outcome, 'description'),
          );
      }
    }
  }
  return fields;
}

function named(kind: string, name: string | undefined): string {
  return name ? `${kind} ${quote(name)}` : `this ${kind}`;
}

/** A short inline quotation of what the author wrote, for messages (long text is cut with an ellipsis). */
export function quote(text: string, maxLength = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return '';
  return code(oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1).trimEnd()}…` : oneLine);
}

/** Characters that end a sentence or a list item, for {@link sentenceAt}. */
const SENTENCE_END = /[.!?;\n]/;

/** How far {@link sentenceAt} looks either way: enough for a long sentence, bounded so hostile text stays cheap. */
const SENTENCE_REACH = 400;

/**
 * The sentence (or list item) around `index`: from after the previous sentence end to the next one,
 * at most {@link SENTENCE_REACH} characters either way. A full stop between digits ("0.03") does not end a sentence.
 */
export function sentenceAt(text: string, index: number, length = 0): string {
  let start = index;
  const lowest = Math.max(0, index - SENTENCE_REACH);
  while (start > lowest && !isSentenceEnd(text, start - 1)) start--;
  let end = index + length;
  const highest = Math.min(text.length, index + length + SENTENCE_REACH);
  while (end < highest && !isSentenceEnd(text, end)) end++;
  return text.slice(start, end);
}

/** The sentence before the one around `index` (empty at the start of the text): background often cites in one sentence and reports in the next. */
export function sentenceBefore(text: string, index: number): string {
  let start = index;
  const lowest = Math.max(0, index - SENTENCE_REACH);
  while (start > lowest && !isSentenceEnd(text, start - 1)) start--;
  return start < 2 ? '' : sentenceAt(text, start - 2);
}

function isSentenceEnd(text: string, at: number): boolean {
  const character = text[at];
  if (!SENTENCE_END.test(character)) return false;
  if (character !== '.') return true;
  // "0.03", "e.g." inside a sentence, "vs." are not ends; a full stop followed by a space or the end is.
  const next = text[at + 1];
  return next === undefined || /\s/.test(next);
}

/** How many matches of one field {@link firstUnexcusedMatch} weighs: a text with thousands of excused mentions is not read sentence by sentence. */
const MAX_CANDIDATES = 100;

/**
 * The first match of a global `pattern` whose sentence `excused` does not excuse, or undefined.
 * Scans at most {@link MAX_SCANNED_CHARS} and weighs at most {@link MAX_CANDIDATES} matches, each one bounded sentence read.
 */
export function firstUnexcusedMatch(
  text: string,
  pattern: RegExp,
  excused: (sentence: string, match: RegExpExecArray) => boolean,
): RegExpExecArray | undefined {
  if (!pattern.global) throw new Error('firstUnexcusedMatch needs a global pattern');
  pattern.lastIndex = 0;
  const body = scanned(text);
  let candidates = 0;
  for (let match = pattern.exec(body); match !== null && candidates < MAX_CANDIDATES; match = pattern.exec(body)) {
    candidates++;
    if (match[0] === '') pattern.lastIndex++;
    else if (!excused(sentenceAt(body, match.index, match[0].length), match)) {
      pattern.lastIndex = 0;
      return match;
    }
  }
  pattern.lastIndex = 0;
  return undefined;
}

/** Case-, punctuation- and whitespace-insensitive form of a text, for "is this the same text" comparisons. */
export function normalizedWords(text: string): string {
  return scanned(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a text holds a letter or digit at all (its {@link normalizedWords} are not empty). */
export function hasWords(text: string): boolean {
  return ANY_LETTER.test(scanned(text));
}
const ANY_LETTER = /[\p{L}\p{N}]/u;

/**
 * Whether two texts are the same words ({@link normalizedWords} of both equal), read word by word so that two
 * texts that differ early (a summary and a long description mostly do) are not normalized whole.
 */
export function sameWords(first: string, second: string): boolean {
  const firstRuns = scanned(first).toLowerCase().matchAll(LETTER_RUN);
  const secondRuns = scanned(second).toLowerCase().matchAll(LETTER_RUN);
  for (;;) {
    const a = firstRuns.next();
    const b = secondRuns.next();
    if (a.done || b.done) return a.done === b.done;
    if (a.value[0] !== b.value[0]) return false;
  }
}

/** The number of words in a text. */
export function wordCount(text: string): number {
  const words = normalizedWords(text);
  return words === '' ? 0 : words.split(' ').length;
}

/** Placeholder values people type where they have nothing to say (compared after {@link normalizedWords}). */
export const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'n a',
  'na',
  'none',
  'nil',
  'not applicable',
  'not available',
  'tbd',
  'tba',
  'to be determined',
  'to be decided',
  'unknown',
  'other',
  'pending',
  'see protocol',
  'refer to protocol',
  'as per protocol',
  'per protocol',
  'xxx',
  'test',
  '',
]);

/** The most letters and digits a placeholder holds ("refer to protocol": 15). */
const MAX_PLACEHOLDER_LETTERS = Math.max(...[...PLACEHOLDER_WORDS].map((words) => words.replace(/ /g, '').length));
const LETTER_RUN = /[\p{L}\p{N}]+/gu;

/** True when the text is only a placeholder ("N/A", "TBD", "See protocol", "-"). */
export function isPlaceholder(text: string): boolean {
  // Whole eligibility criteria are asked about: stop counting once past the longest placeholder's letters.
  let letters = 0;
  for (const run of scanned(text).matchAll(LETTER_RUN)) {
    letters += run[0].length;
    if (letters > MAX_PLACEHOLDER_LETTERS) return false;
  }
  return PLACEHOLDER_WORDS.has(normalizedWords(text));
}
