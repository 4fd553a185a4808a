import type { EnumOption } from '../schema/recordSchema';
import { nearestMatch } from '../util/nearestMatch';
import { LEGACY_ENUM_LABELS, NUMBERED_LABELS, ROMAN_NUMERALS } from './spellings';

/**
 * How far a normaliser may go beyond the spellings it knows. `exact` (the importer): the API value, its label or
 * a spelling from the table, never a guess: absent beats wrong. `near` (quick fixes, schema suggestions): also
 * the nearest value or label when the text is a plausible typo of it; an author confirms before it is applied.
 */
export type MatchPolicy = 'exact' | 'near';

export interface EnumMatchOptions {
  readonly policy?: MatchPolicy;
  /** Spellings only one caller knows (`Observational` once a page's `study` is cut off). */
  readonly extraSpellings?: Readonly<Record<string, string>>;
}

/** Letters and digits only, upper case: `Not yet recruiting` and `not-yet_recruiting` compare equal; `Ⅱ` is `II`. */
export function enumKey(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * The API value among `options` that `text` names: by value in any case or spelling (`not_yet_recruiting`), by
 * the registry's label (`Not yet recruiting`, `Phase 2`), by a legacy label (`Parallel Assignment`), and under
 * the `near` policy by a near-miss typo (`RECRUTING`). Undefined when nothing matches.
 */
export function matchEnumValue(text: string, options: readonly EnumOption[], match: EnumMatchOptions = {}): string | undefined {
  const key = enumKey(withArabicNumbers(text));
  if (key === '') return undefined;
  const exact = options.find((option) => enumKey(option.value) === key || enumKey(option.label) === key);
  if (exact) return exact.value;
  for (const spellings of [...legacyLabelsOf(options), match.extraSpellings ?? {}]) {
    for (const [spelling, value] of Object.entries(spellings)) {
      if (enumKey(spelling) === key && options.some((option) => option.value === value)) return value;
    }
  }
  return match.policy === 'near' ? nearValue(text, options) : undefined;
}

const ROMAN_AFTER_LABEL = new RegExp(
  String.raw`\b(${NUMBERED_LABELS.join('|')})[\s_-]*(${Object.keys(ROMAN_NUMERALS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\b`,
  'gi',
);

/**
 * `Phase II` → `Phase 2` (and `Phase Ⅱ`), before the text is squashed into a key: squashed, `Phase I/II` would
 * read as `Phase III`.
 */
function withArabicNumbers(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ROMAN_AFTER_LABEL, (_, label: string, numeral: string) => `${label} ${ROMAN_NUMERALS[numeral.toUpperCase()]}`);
}

/** The legacy-label groups that belong to this enum: those whose every value it holds. */
function legacyLabelsOf(options: readonly EnumOption[]): ReadonlyArray<Readonly<Record<string, string>>> {
  const values = new Set(options.map((option) => option.value));
  return LEGACY_ENUM_LABELS.filter((group) => Object.values(group).every((value) => values.has(value)));
}

function nearValue(text: string, options: readonly EnumOption[]): string | undefined {
  const byName = new Map<string, string>();
  for (const option of options) {
    byName.set(option.value, option.value);
    byName.set(option.label, option.value);
  }
  const near = nearestMatch(text, byName.keys());
  return near === undefined ? undefined : byName.get(near);
}
