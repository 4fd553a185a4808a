// How the results review criteria read baseline measures and outcome measures (see resultsHelpers.ts, which
// re-exports everything here): groups, numbers analyzed (`denoms`), classes, categories and measurements, each with its
// pointer relative to resultsSection.
import { isPlainObject, type RecordValue } from '../../parse/parsedRecord';
import type { SectionView } from '../ruleTypes';
import { readOnceAt } from '../../results/readingsByObject';
import {
  BASELINE,
  hasText,
  objectsOf,
  OUTCOME_MEASURES,
  parseCount,
  parseMeasurement,
  readGroups,
  readOnce,
  textOf,
  type GroupIndex,
  type RecordObject,
} from './resultsBaseHelpers';

export interface DenomCount {
  readonly groupId: string;
  /** The count's `value`. */
  readonly pointer: string;
  readonly value: number | undefined;
}

/** A row of numbers analyzed: `units` is `Participants` or the unit analyzed (`Eyes`). */
export interface Denom {
  readonly pointer: string;
  readonly units: string | undefined;
  readonly counts: readonly DenomCount[];
  readonly byGroup: ReadonlyMap<string, DenomCount>;
}

export interface Measurement {
  readonly groupId: string;
  readonly pointer: string;
  /** The `value` as written (`"3.2"`, `"NA"`). */
  readonly value: string | undefined;
  /** The value as a number, when it is one. */
  readonly number: number | undefined;
}

export interface MeasureCategory {
  readonly pointer: string;
  readonly title: string | undefined;
  readonly measurements: readonly Measurement[];
}

export interface MeasureClass {
  readonly pointer: string;
  readonly title: string | undefined;
  /** Numbers analyzed for this row when they differ from the measure's. */
  readonly denoms: readonly Denom[];
  readonly categories: readonly MeasureCategory[];
}

/** A baseline measure or an outcome measure, read the same way. */
export interface ResultMeasure {
  readonly kind: 'baseline' | 'outcome';
  readonly pointer: string;
  /** 1-based position in its list. */
  readonly position: number;
  readonly title: string | undefined;
  readonly paramType: string | undefined;
  readonly dispersionType: string | undefined;
  readonly unitOfMeasure: string | undefined;
  readonly populationDescription: string | undefined;
  /** The measure's groups (an outcome measure's own; a baseline measure uses the module's). */
  readonly groups: GroupIndex;
  /** The measure's own numbers analyzed, else (baseline) the module's. */
  readonly denoms: readonly Denom[];
  readonly classes: readonly MeasureClass[];
}

export interface BaselineCharacteristics {
  readonly groups: GroupIndex;
  readonly denoms: readonly Denom[];
  readonly populationDescription: string | undefined;
  readonly measures: readonly ResultMeasure[];
}

function readDenoms(list: RecordValue | undefined, pointer: string): Denom[] {
  return objectsOf(list, pointer).map(([denomPointer, denom]) => {
    const counts: DenomCount[] = [];
    const byGroup = new Map<string, DenomCount>();
    for (const [countPointer, count] of objectsOf(denom.counts, `${denomPointer}/counts`)) {
      const groupId = textOf(count, 'groupId');
      if (groupId === undefined) continue;
      const denomCount = { groupId, pointer: `${countPointer}/value`, value: parseCount(count.value) };
      counts.push(denomCount);
      if (!byGroup.has(groupId)) byGroup.set(groupId, denomCount);
    }
    return { pointer: denomPointer, units: textOf(denom, 'units'), counts, byGroup };
  });
}

function readClasses(list: RecordValue | undefined, pointer: string): MeasureClass[] {
  return objectsOf(list, pointer).map(([classPointer, measureClass]) => ({
    pointer: classPointer,
    title: textOf(measureClass, 'title'),
    denoms: readDenoms(measureClass.denoms, `${classPointer}/denoms`),
    categories: objectsOf(measureClass.categories, `${classPointer}/categories`).map(([categoryPointer, category]) => ({
      pointer: categoryPointer,
      title: textOf(category, 'title'),
      measurements: objectsOf(category.measurements, `${categoryPointer}/measurements`).flatMap(([measurementPointer, item]) => {
        const groupId = textOf(item, 'groupId');
        if (groupId === undefined) return [];
        return [{ groupId, pointer: measurementPointer, value: textOf(item, 'value'), number: parseMeasurement(item.value) }];
      }),
    })),
  }));
}

function readMeasure(
  kind: ResultMeasure['kind'],
  item: RecordObject,
  pointer: string,
  position: number,
  inherited: { groups: GroupIndex; denoms: readonly Denom[] },
): ResultMeasure {
  const ownDenoms = readDenoms(item.denoms, `${pointer}/denoms`);
  return {
    kind,
    pointer,
    position,
    title: textOf(item, 'title'),
    paramType: textOf(item, 'paramType'),
    dispersionType: textOf(item, 'dispersionType'),
    unitOfMeasure: textOf(item, 'unitOfMeasure'),
    populationDescription: textOf(item, 'populationDescription'),
    groups: kind === 'outcome' ? readGroups(item.groups, `${pointer}/groups`) : inherited.groups,
    denoms: ownDenoms.length > 0 ? ownDenoms : inherited.denoms,
    classes: readClasses(item.classes, `${pointer}/classes`),
  };
}

/** The baseline characteristics, or undefined when the results have no `baselineCharacteristicsModule`. */
export function readBaseline(results: SectionView | undefined): BaselineCharacteristics | undefined {
  const module = results?.value(BASELINE);
  return isPlainObject(module) ? readOnce(baselineReadings, module, () => readBaselineModule(module)) : undefined;
}

const baselineReadings = new WeakMap<object, BaselineCharacteristics>();
const outcomeReadings = new WeakMap<object, readonly ResultMeasure[]>();
/** Each outcome measure read so far, by its object: after an edit in one measure, the others are not read again. */
const measureReadings = new WeakMap<object, Map<string, ResultMeasure>>();

function readBaselineModule(module: RecordObject): BaselineCharacteristics {
  const groups = readGroups(module.groups, `${BASELINE}/groups`);
  const denoms = readDenoms(module.denoms, `${BASELINE}/denoms`);
  const measures = objectsOf(module.measures, `${BASELINE}/measures`).map(([pointer, item], index) =>
    readMeasure('baseline', item, pointer, index + 1, { groups, denoms }),
  );
  return { groups, denoms, populationDescription: textOf(module, 'populationDescription'), measures };
}

/** The outcome measures of the results (empty when there are none). */
export function readOutcomeMeasures(results: SectionView | undefined): readonly ResultMeasure[] {
  const list = results?.value(`${OUTCOME_MEASURES}/outcomeMeasures`);
  if (!Array.isArray(list)) return [];
  return readOnce(outcomeReadings, list, () =>
    objectsOf(list, `${OUTCOME_MEASURES}/outcomeMeasures`).map(([pointer, item], index) =>
      readOnceAt(measureReadings, item, `${pointer} ${index + 1}`, () =>
        readMeasure('outcome', item, pointer, index + 1, { groups: new Map(), denoms: [] }),
      ),
    ),
  );
}

/** Every baseline measure, then every outcome measure. */
export function readResultMeasures(results: SectionView | undefined): readonly ResultMeasure[] {
  return [...(readBaseline(results)?.measures ?? []), ...readOutcomeMeasures(results)];
}

/** 'Outcome measure 2 ("Percentage of Participants …")', 'Baseline measure "Age, Continuous"', for messages. */
export function measureName(measure: ResultMeasure): string {
  const title = measure.title?.trim();
  const shown = title && title.length > 80 ? `${title.slice(0, 77)}…` : title;
  if (measure.kind === 'baseline') return shown ? `Baseline measure "${shown}"` : `Baseline measure ${measure.position}`;
  return shown ? `Outcome measure ${measure.position} ("${shown}")` : `Outcome measure ${measure.position}`;
}

/** The row of participants analyzed: the one whose units are participants, or the only row when it names no units. */
export function participantDenom(denoms: readonly Denom[]): Denom | undefined {
  const named = denoms.find((denom) => /^\s*participants?\s*$/i.test(denom.units ?? ''));
  if (named) return named;
  return denoms.length === 1 && !hasText(denoms[0].units) ? denoms[0] : undefined;
}

/** The participants a group analyzed for a row of the measure: the row's own numbers analyzed, else the measure's. */
export function participantsAnalyzed(
  measure: ResultMeasure,
  measureClass: MeasureClass | undefined,
  groupId: string,
): DenomCount | undefined {
  const own = measureClass ? participantDenom(measureClass.denoms)?.byGroup.get(groupId) : undefined;
  return own ?? participantDenom(measure.denoms)?.byGroup.get(groupId);
}

/**
 * Whether the measure reports data: some group analyzed more than 0, or (no numbers analyzed at all) some measurement
 * has a value. A measure whose every group analyzed 0 is a placeholder the registry accepts without units or values.
 */
export function measureHasData(measure: ResultMeasure): boolean {
  let anyAnalyzed = false;
  for (const denoms of [measure.denoms, ...measure.classes.map((measureClass) => measureClass.denoms)]) {
    for (const denom of denoms) {
      for (const count of denom.counts) {
        if (count.value !== undefined && count.value > 0) return true;
        anyAnalyzed = true;
      }
    }
  }
  if (anyAnalyzed) return false;
  return measure.classes.some((measureClass) =>
    measureClass.categories.some((category) => category.measurements.some((measurement) => hasText(measurement.value))),
  );
}
