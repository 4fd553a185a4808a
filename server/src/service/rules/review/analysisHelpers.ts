// How the results review criteria read numbers, measures (baseline and outcome), their denominators and the groups
// that started the study. Pointers are relative to the study's `resultsSection`. Everything reads plain objects
// directly (one pass, no lookups from the root): the largest real results section is half a megabyte.
import { isPlainObject, joinPointer, type RecordValue } from '../../parse/parsedRecord';
import { fieldText, normalizeLabel } from '../ruleHelpers';
import { resultsDefinition } from '../ruleReference';
import type { RuleReference, SectionView } from '../ruleTypes';

export const BASELINE = '/baselineCharacteristicsModule';
export const OUTCOME_MEASURES = '/outcomeMeasuresModule/outcomeMeasures';
export const FLOW = '/participantFlowModule';

/** The registry's definition of outcome measure results (analysis population, measure type, dispersion, analyses). */
export const OUTCOME_RESULTS_REFERENCE: RuleReference = resultsDefinition('Outcome Measure Information');

/** A plain object of the record (a list item), as the rules read it. */
export type RecordObject = { readonly [key: string]: RecordValue };

/**
 * A count or value as a number, whether the file writes `12` or `"12"` (API v2 gives counts as text in places).
 * `NA`, blanks, ranges and anything else that is not one plain number give undefined: a rule never guesses.
 */
export function resultNumber(value: RecordValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return undefined;
  return Number(text);
}

/** A number as the author wrote it (`"3.20"` stays `3.20`), for messages; other values give an empty text. */
export function asWritten(value: RecordValue | undefined): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** `1,234` for counts in messages, `0.5` as written for fractions. */
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

/** "Group `EG001` (Placebo)", at the start of a message. */
export function groupLabel(id: string, title: string | undefined): string {
  return capitalized(groupName(id, title));
}

/** The text with its first letter in capitals. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One group of a measure or module: its id and title. */
export interface ResultsGroup {
  readonly id: string;
  readonly title: string | undefined;
}

/** One count of a denominator: how many a group analyzed. */
export interface DenomCount {
  readonly groupId: string;
  /** The count's `value` (what a finding marks). */
  readonly pointer: string;
  readonly value: number | undefined;
}

/** One denominator row (`Overall Number of Participants Analyzed`, or of units such as eyes). */
export interface Denom {
  readonly units: string | undefined;
  readonly counts: readonly DenomCount[];
}

/** A baseline or outcome measure, its fields read once. */
export interface ResultsMeasure {
  readonly kind: 'baseline' | 'outcome';
  readonly pointer: string;
  /** How a message names it: `outcome measure 3 (Change in HbA1c)`, `baseline measure 2 (Age)`. */
  readonly name: string;
  readonly item: RecordObject;
  readonly groups: readonly ResultsGroup[];
  readonly denoms: readonly Denom[];
}

/** The groups of a `groups` list (items without an id are the schema's business). */
export function groupsOf(list: RecordValue | undefined): ResultsGroup[] {
  if (!Array.isArray(list)) return [];
  const groups: ResultsGroup[] = [];
  for (const group of list) {
    const id = fieldText(group, 'id');
    if (id !== undefined) groups.push({ id, title: fieldText(group, 'title') });
  }
  return groups;
}

/** The denominators of a measure (or of one of its classes, `…/classes/0`). */
export function denomsOf(owner: RecordObject, ownerPointer: string): Denom[] {
  const list = owner.denoms;
  if (!Array.isArray(list)) return [];
  const denoms: Denom[] = [];
  list.forEach((denom, denomIndex) => {
    if (!isPlainObject(denom) || !Array.isArray(denom.counts)) return;
    const counts: DenomCount[] = [];
    denom.counts.forEach((count, countIndex) => {
      const groupId = fieldText(count, 'groupId');
      if (groupId === undefined || !isPlainObject(count)) return;
      counts.push({
        groupId,
        pointer: `${ownerPointer}/denoms/${denomIndex}/counts/${countIndex}/value`,
        value: resultNumber(count.value),
      });
    });
    denoms.push({ units: fieldText(denom, 'units'), counts });
  });
  return denoms;
}

function measureAt(
  kind: ResultsMeasure['kind'],
  item: RecordValue,
  pointer: string,
  position: number,
  groups?: ResultsGroup[],
): ResultsMeasure | undefined {
  if (!isPlainObject(item)) return undefined;
  const title = fieldText(item, 'title')?.trim();
  const name = `${kind} measure ${position}${title ? ` (${title})` : ''}`;
  return { kind, pointer, name, item, groups: groups ?? groupsOf(item.groups), denoms: denomsOf(item, pointer) };
}

/** Every outcome measure of the results, in order. */
export function readOutcomeMeasures(results: SectionView): ResultsMeasure[] {
  const measures: ResultsMeasure[] = [];
  results.list(OUTCOME_MEASURES).forEach((item, index) => {
    const measure = measureAt('outcome', item, joinPointer(OUTCOME_MEASURES, index), index + 1);
    if (measure) measures.push(measure);
  });
  return measures;
}

/** Every baseline measure, with the baseline module's groups (baseline measures share them). */
export function readBaselineMeasures(results: SectionView): ResultsMeasure[] {
  const groups = groupsOf(results.value(`${BASELINE}/groups`));
  const measures: ResultsMeasure[] = [];
  results.list(`${BASELINE}/measures`).forEach((item, index) => {
    const measure = measureAt('baseline', item, `${BASELINE}/measures/${index}`, index + 1, groups);
    if (measure) measures.push(measure);
  });
  return measures;
}

/** The measure's group of that id. */
export function groupById(groups: readonly ResultsGroup[], id: string): ResultsGroup | undefined {
  return groups.find((group) => group.id === id);
}

/**
 * The denominator of participants: the row whose units are participants (or the first row when none says so and
 * the measure counts no other unit). Rows of other units (eyes, lesions) are not compared with the flow.
 */
export function participantDenom(measure: ResultsMeasure): Denom | undefined {
  const byUnits = measure.denoms.find((denom) => isParticipantUnit(denom.units));
  if (byUnits) return byUnits;
  const first = measure.denoms[0];
  return first && first.units === undefined ? first : undefined;
}

function isParticipantUnit(units: string | undefined): boolean {
  return units !== undefined && /^(?:participants?|subjects?|patients?)$/i.test(units.trim());
}

/** A group of the participant flow's first period with the number that started it. */
export interface StartedGroup {
  readonly id: string;
  readonly title: string | undefined;
  readonly started: number;
}

/**
 * How many started each participant-flow group: the `STARTED` milestone of the first period (later periods start
 * from those who completed the one before, so they say nothing about enrollment).
 */
export function startedGroups(results: SectionView): StartedGroup[] {
  const titles = new Map(groupsOf(results.value(`${FLOW}/groups`)).map((group) => [group.id, group.title]));
  const milestones = results.list(`${FLOW}/periods/0/milestones`);
  const started = milestones.find((milestone) => normalizeLabel(fieldText(milestone, 'type') ?? '') === 'started');
  if (!isPlainObject(started) || !Array.isArray(started.achievements)) return [];
  const groups: StartedGroup[] = [];
  for (const achievement of started.achievements) {
    const id = fieldText(achievement, 'groupId');
    const count = isPlainObject(achievement) ? resultNumber(achievement.numSubjects) : undefined;
    if (id !== undefined && count !== undefined) groups.push({ id, title: titles.get(id), started: count });
  }
  return groups;
}

/**
 * The one candidate whose title is the same as `title` (case, spacing and a leading list number aside). Groups of different modules are
 * matched by title only: ids are per module, and a study reporting different populations names them differently.
 */
export function sameTitled<T extends { readonly title: string | undefined }>(
  title: string | undefined,
  candidates: readonly T[],
): T | undefined {
  if (title === undefined || title.trim() === '') return undefined;
  const wanted = comparableTitle(title);
  const matches = candidates.filter((candidate) => candidate.title !== undefined && comparableTitle(candidate.title) === wanted);
  return matches.length === 1 ? matches[0] : undefined;
}

/** A group title compared across modules: case, spacing and a leading list number (`1 Placebo`, `2. Drug`) aside. */
function comparableTitle(title: string): string {
  return normalizeLabel(title).replace(/^\d{1,2}[.)]?\s+(?=\S)/, '');
}

/** Text worth reading: present and not blank. */
export function filledText(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}
