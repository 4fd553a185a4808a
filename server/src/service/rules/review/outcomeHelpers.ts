// How the outcome-measure review criteria read `outcomesModule` and the time points written in its free text.
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

// ---- time points -----------------------------------------------------------------------------------------

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Unit words as authors write them (spelled out and abbreviated) → the unit. */
const UNIT_WORDS: ReadonlyMap<string, TimeUnit> = new Map<string, TimeUnit>([
  ...['min', 'mins', 'minute', 'minutes'].map((word) => [word, 'minute'] as const),
  ...['h', 'hr', 'hrs', 'hour', 'hours'].map((word) => [word, 'hour'] as const),
  ...['d', 'day', 'days'].map((word) => [word, 'day'] as const),
  ...['w', 'wk', 'wks', 'week', 'weeks'].map((word) => [word, 'week'] as const),
  ...['mo', 'mos', 'month', 'months'].map((word) => [word, 'month'] as const),
  ...['y', 'yr', 'yrs', 'year', 'years'].map((word) => [word, 'year'] as const),
]);

/** The unit's length in days, to see that `1 year`, `12 months` and `52 weeks` are one time point. */
const DAYS_PER_UNIT: Record<TimeUnit, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.4, year: 365 };

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((word, index) => [word, index]),
);
const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
]);
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'].map(
    (word, index) => [word, index + 1],
  ),
);

/** `1st`, `2nd`: the suffix a number may carry. */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Words that join the numbers of one list: `Weeks 4, 8 and 12`, `3-6 months`. */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', '&', '-', '–', 'to', 'or', '/']);

export interface Token {
  readonly text: string;
  /** A number written in digits or words (`12`, `twelve`, `third`), else undefined. */
  readonly number: number | undefined;
  readonly unit: TimeUnit | undefined;
}

/**
 * Tokens of the texts used last (three rules tokenize each outcome's time frame, title and description), the
 * least recently used dropped first, so a record with more outcome texts than this still reuses the recent ones.
 */
const recentTokens = new Map<string, readonly Token[]>();
const RECENT_TOKENS = 256;

/** The lower-cased text as tokens; `sixty-five` is not combined (rare in time frames). */
export function tokenize(text: string): readonly Token[] {
  let tokens = recentTokens.get(text);
  if (tokens === undefined) {
    tokens = tokensOf(text);
    if (recentTokens.size >= RECENT_TOKENS) recentTokens.delete(recentTokens.keys().next().value as string);
  } else {
    recentTokens.delete(text); // re-inserted below: a Map keeps insertion order, the oldest first
  }
  recentTokens.set(text, tokens);
  return tokens;
}

/**
 * Whether {@link tokensOf} would find the word `at` in the text (no ASCII letter either side; a superset, so a
 * text without it need not be tokenized to learn that it names no `at …` point).
 */
export function hasAtWord(text: string): boolean {
  return AT_WORD.test(text);
}
const AT_WORD = /(?<![a-z])at(?![a-z])/i;

/** What a word means as a number or a unit; words that mean neither are not in it. */
const WORD_MEANINGS: ReadonlyMap<string, Pick<Token, 'number' | 'unit'>> = new Map(
  [...new Set([...NUMBER_WORDS.keys(), ...TENS_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...UNIT_WORDS.keys()])].map((word) => [
    word,
    { number: NUMBER_WORDS.get(word) ?? TENS_WORDS.get(word) ?? ORDINAL_WORDS.get(word), unit: UNIT_WORDS.get(word) },
  ]),
);

/**
 * Digits (with a decimal part), runs of the letters a–z, or one other character that is not white space (the
 * tokens of `/\d+(?:\.\d+)?|[a-z]+|[^\sa-z\d]/g` over the lower-cased text). A loop over character codes
 * rather than that pattern: every outcome text of every study passes here, and the match objects cost more
 * than the reading.
 */
export function tokensOf(text: string): Token[] {
  const lower = text.toLowerCase();
  const tokens: Token[] = [];
  const length = lower.length;
  let index = 0;
  while (index < length) {
    const code = lower.charCodeAt(index);
    const start = index;
    if (isDigit(code)) {
      do index++;
      while (index < length && isDigit(lower.charCodeAt(index)));
      if (lower.charCodeAt(index) === 46 /* . */ && isDigit(lower.charCodeAt(index + 1))) {
        index++;
        do index++;
        while (index < length && isDigit(lower.charCodeAt(index)));
      }
      const digits = lower.slice(start, index);
      tokens.push({ text: digits, number: Number(digits), unit: undefined });
    } else if (isLetter(code)) {
      do index++;
      while (index < length && isLetter(lower.charCodeAt(index)));
      const word = lower.slice(start, index);
      const meaning = WORD_MEANINGS.get(word);
      tokens.push({ text: word, number: meaning?.number, unit: meaning?.unit });
    } else {
      index++;
      if (!isWhiteSpace(code)) tokens.push({ text: lower[start], number: undefined, unit: undefined });
    }
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The characters `\s` matches in a JavaScript pattern. */
function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface TimePoint {
  readonly value: number;
  readonly unit: TimeUnit;
  /** Index of the first token of the mention (for callers that look at what precedes it). */
  readonly start: number;
  /** Index just after the mention's last token (for callers that look at what follows it). */
  readonly end: number;
}

/**
 * The time points a text names, `12 weeks`, `Week 12`, `12-week`, `six months`, `Weeks 4, 8 and 12`,
 * `3, 7 and 14 days`, `a year`: one pass over the tokens.
 */
export function timePoints(tokens: readonly Token[]): TimePoint[] {
  const found: TimePoint[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if ((token.text === 'a' || token.text === 'an') && next?.unit) {
      found.push({ value: 1, unit: next.unit, start: index, end: index + 2 }); // `a year`
      index += 2;
      continue;
    }
    if (token.number !== undefined) {
      // A number list, then its unit: `3, 7 and 14 days`.
      const list = numberList(tokens, index);
      const unit = tokens[list.end]?.unit;
      if (unit) {
        for (const value of list.values) found.push({ value, unit, start: index, end: list.end + 1 });
        index = list.end + 1;
        continue;
      }
      index = Math.max(list.end, index + 1);
      continue;
    }
    if (token.unit && next?.number !== undefined) {
      // The unit, then its numbers: `Week 12`, `Weeks 4, 8 and 12` (not `week 6 months`).
      const list = numberList(tokens, index + 1);
      if (!tokens[list.end]?.unit) {
        for (const value of list.values) found.push({ value, unit: token.unit, start: index, end: list.end });
        index = list.end;
        continue;
      }
    }
    index++;
  }
  return found;
}

/** The numbers from `start` joined by list words, and the index after the list (ordinal suffixes skipped). */
function numberList(tokens: readonly Token[], start: number): { values: number[]; end: number } {
  const values: number[] = [];
  let index = start;
  while (index < tokens.length && tokens[index].number !== undefined) {
    values.push(tokens[index].number!);
    index++;
    if (ORDINAL_SUFFIXES.has(tokens[index]?.text ?? '')) index++;
    if (tokens[index]?.text === '-' && tokens[index + 1]?.unit) index++; // `12-week`
    const joiner = tokens[index]?.text;
    if (joiner === undefined || !LIST_JOINERS.has(joiner) || tokens[index + 1]?.number === undefined) break;
    index++;
  }
  return { values, end: index };
}

/** Whether two time points are the same moment, allowing for `3 months` ≈ `12 weeks` ≈ `90 days`. */
export function sameTime(a: Pick<TimePoint, 'value' | 'unit'>, b: Pick<TimePoint, 'value' | 'unit'>): boolean {
  if (a.unit === b.unit) return a.value === b.value;
  const first = daysOf(a);
  const second = daysOf(b);
  return Math.abs(first - second) <= 0.1 * Math.max(first, second);
}

/** The point's distance from day 0 in days. */
export function daysOf(point: Pick<TimePoint, 'value' | 'unit'>): number {
  return point.value * DAYS_PER_UNIT[point.unit];
}

/** `12 weeks`, `1 week`: a time point in words for messages. */
export function timePhrase(point: Pick<TimePoint, 'value' | 'unit'>): string {
  return `${point.value} ${point.unit}${point.value === 1 ? '' : 's'}`;
}

/** Whether the text names a number at all (digits, a number word or an ordinal word). */
export function hasNumber(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, index) => token.number !== undefined || ((token.text === 'a' || token.text === 'an') && tokens[index + 1]?.unit),
  );
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
