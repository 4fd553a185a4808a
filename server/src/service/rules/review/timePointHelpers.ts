// The time points outcome texts name (`12 weeks`, `Week 12`, `Weeks 4, 8 and 12`, `a year`), read from tokens of
// the lower-cased text. Every outcome text of every study passes here: the tokenizer is a loop over character
// codes, tokens of recent texts are kept, and nothing backtracks.

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
