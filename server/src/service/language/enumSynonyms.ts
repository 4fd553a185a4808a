import { matchEnumValue } from '../normalise';
import { LEGACY_ENUM_LABELS, NUMBERED_LABELS, ROMAN_NUMERALS } from '../normalise/spellings';
import type { EnumOption } from '../schema/recordSchema';

/**
 * Everyday words for an enum value that are neither the API value, nor the label ClinicalTrials.gov
 * displays for it (the schema's `x-enumLabels`: "Completed", "Recruiting"), nor a legacy registry
 * label the normaliser reads (`service/normalise/spellings.ts`: "Complete", "Stopped early"). They
 * only widen what completion matches, so an author who types the word they think of finds the
 * value; the normaliser does not read them (the importer must never guess).
 * One group per enum, like LEGACY_ENUM_LABELS: a group applies where the enum holds all its values.
 */
const COMPLETION_SYNONYMS: ReadonlyArray<Readonly<Record<string, string>>> = [
  // overallStatus: the registry shows "Completed", "Withdrawn", "Suspended"…
  {
    Finished: 'COMPLETED',
    Done: 'COMPLETED',
    Cancelled: 'WITHDRAWN',
    Canceled: 'WITHDRAWN',
    Paused: 'SUSPENDED',
    'On hold': 'SUSPENDED',
    Halted: 'TERMINATED',
    Open: 'RECRUITING',
    Planned: 'NOT_YET_RECRUITING',
    Ongoing: 'ACTIVE_NOT_RECRUITING',
  },
];

/** VS Code matches a typed word against the first 128 characters of an item's filter text only. */
export const MAX_FILTER_TEXT = 128;

const synonymCache = new WeakMap<readonly EnumOption[], ReadonlyMap<string, readonly string[]>>();

/**
 * The words besides value and label that name each option: the legacy labels the normaliser reads
 * as that value, Roman phase numbers (`Phase II`, which it reads too) and COMPLETION_SYNONYMS. Asking
 * `matchEnumValue` which value a spelling names keeps completion and the normaliser in agreement.
 */
export function enumSynonyms(options: readonly EnumOption[]): ReadonlyMap<string, readonly string[]> {
  const cached = synonymCache.get(options);
  if (cached) return cached;
  const byValue = new Map<string, string[]>();
  const add = (spelling: string, value: string | undefined): void => {
    const option = options.find((candidate) => candidate.value === value);
    if (!option || sameWords(spelling, option.value) || sameWords(spelling, option.label)) return;
    const list = byValue.get(option.value) ?? [];
    if (!list.some((known) => sameWords(known, spelling))) list.push(spelling);
    byValue.set(option.value, list);
  };
  for (const group of LEGACY_ENUM_LABELS) for (const spelling of Object.keys(group)) add(spelling, matchEnumValue(spelling, options));
  for (const spelling of romanSpellings(options)) add(spelling, matchEnumValue(spelling, options));
  for (const group of COMPLETION_SYNONYMS) {
    if (!Object.values(group).every((value) => options.some((option) => option.value === value))) continue;
    for (const [spelling, value] of Object.entries(group)) add(spelling, value);
  }
  synonymCache.set(options, byValue);
  return byValue;
}

/** `Phase II` for a `Phase 2` label (the numbered labels of the normaliser's spellings). */
function romanSpellings(options: readonly EnumOption[]): string[] {
  const numerals = Object.entries(ROMAN_NUMERALS);
  return options.flatMap((option) =>
    NUMBERED_LABELS.flatMap((label) => {
      const match = new RegExp(`\\b${label} (\\d)$`, 'i').exec(option.label);
      const roman = match && numerals.find(([, number]) => String(number) === match[1])?.[0];
      return roman ? [`${option.label.slice(0, match.index)}${label} ${roman}`] : [];
    }),
  );
}

function sameWords(a: string, b: string): boolean {
  const squash = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return squash(a) === squash(b);
}

/**
 * The filter text of an enum item: what the user may type to find it. The value first (VS Code
 * highlights and ranks on it), then the label and the synonyms while they fit in MAX_FILTER_TEXT.
 */
export function enumFilterText(written: string, option: EnumOption, synonyms: readonly string[]): string {
  let text = written;
  for (const word of [option.label, ...synonyms]) {
    if (word === option.value) continue;
    if (text.length + 1 + word.length > MAX_FILTER_TEXT) break;
    text += ` ${word}`;
  }
  return text;
}
