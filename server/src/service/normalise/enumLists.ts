import type { EnumOption } from '../schema/recordSchema';
import { recordSchema } from '../schema/recordSchema';
import { enumKey, matchEnumValue, type EnumMatchOptions } from './enums';
import { ROMAN_NUMERALS } from './spellings';

const NUMBER = `(?:\\d+|${Object.keys(ROMAN_NUMERALS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
/** `/`, `,`, `;`, `&`, `+`, `and`, and a hyphen between numbers (`Phase 2-3`, `Phase II-III`). */
const SEPARATOR = new RegExp(`\\s*(?:/|,|;|&|\\+|\\band\\b|(?<=\\b${NUMBER})\\s*-\\s*(?=${NUMBER}\\b|phase\\b))\\s*`, 'i');
const BARE_NUMBER = new RegExp(`^${NUMBER}$`, 'i');
const LABELLED_NUMBER = new RegExp(`^(.*?)\\s*${NUMBER}$`, 'i');

/**
 * Several enum values written as one (`Phase 1/Phase 2`, `Phase 2/3`, `PHASE1, PHASE2`, `Phase II-III`): the
 * API values, when every part is one (undefined otherwise, and for text that is a single part or a single value).
 */
export function splitEnumList(written: string, options: readonly EnumOption[], match: EnumMatchOptions = {}): string[] | undefined {
  const text = written.normalize('NFKC');
  // A label that itself holds a separator (`Active, not recruiting`) is one value.
  if (matchEnumValue(text, options, { ...match, policy: 'exact' }) !== undefined) return undefined;
  const parts = text.split(SEPARATOR).filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  // `Phase 1/2`, `2/Phase 3` (a page's cell cut after `Phase`): a bare number shares the label of a labelled value.
  const label = parts.map((part) => LABELLED_NUMBER.exec(part)?.[1]).find((found) => found);
  if (label) for (let i = 0; i < parts.length; i++) if (BARE_NUMBER.test(parts[i])) parts[i] = `${label} ${parts[i]}`;
  if (parts.some((part) => part.length < 2)) return undefined; // `N/A` is one value, not `N` and `A`
  const values = parts.map((part) => matchEnumValue(part, options, match));
  if (values.some((value) => value === undefined)) return undefined;
  return [...new Set(values as string[])];
}

/**
 * The enum values a text names, as a list: one value (`Not yet recruiting`) or several (`Phase 1/Phase 2`).
 * Undefined when any part names none.
 */
export function readEnumList(written: string, options: readonly EnumOption[], match: EnumMatchOptions = {}): string[] | undefined {
  const single = matchEnumValue(written, options, { ...match, policy: 'exact' });
  if (single !== undefined) return [single];
  const several = splitEnumList(written, options, match);
  if (several) return several;
  const near = match.policy === 'near' ? matchEnumValue(written, options, match) : undefined;
  return near === undefined ? undefined : [near];
}

/**
 * A phase label → API phases: `Phase 1/Phase 2` → [PHASE1, PHASE2], `phase II/III`, `Phase Ⅱ`, `EARLY_PHASE1`,
 * `PHASE2, PHASE3`; `N/A`, `Not Applicable` → [NA]. Undefined for anything else (free text is not a phase).
 */
export function readPhases(written: string, match: EnumMatchOptions = {}): string[] | undefined {
  if (enumKey(written) === '') return undefined;
  return readEnumList(written.trim(), phaseOptions(), match);
}

let phases: readonly EnumOption[] | undefined;
function phaseOptions(): readonly EnumOption[] {
  phases ??= recordSchema().enumOptions(recordSchema().nodeAt(['designModule', 'phases']));
  return phases;
}
