// Whole studies with results, written inline for the tests of the participant-flow, baseline and measure criteria.
// Builders take the numbers per group in group order (FG000, FG001, …); `null` leaves a group out of a row.
import { findings, type SeenDiagnostic } from '../ruleTestKit';

type Json = Record<string, unknown>;
export type Cell = string | number | null;

/** `FG000`, `BG001`, `OG002`. */
export function groupId(prefix: string, index: number): string {
  return `${prefix}${String(index).padStart(3, '0')}`;
}

function groupsOf(prefix: string, titles: readonly string[]): Json[] {
  return titles.map((title, index) => ({ id: groupId(prefix, index), title }));
}

function flowCounts(prefix: string, cells: readonly Cell[], units?: readonly Cell[]): Json[] {
  return cells.flatMap((cell, index) =>
    cell === null
      ? []
      : [
          {
            groupId: groupId(prefix, index),
            numSubjects: String(cell),
            ...(units?.[index] != null ? { numUnits: String(units[index]) } : {}),
          },
        ],
  );
}

export interface PeriodSpec {
  readonly title?: string;
  /** `[type, numbers per group]` or `[type, numbers, units per group]`, in order. */
  readonly milestones: ReadonlyArray<readonly [string, readonly Cell[], (readonly Cell[])?]>;
  /** Reasons for not completing: `[type, numbers per group]`. */
  readonly reasons?: ReadonlyArray<readonly [string, readonly Cell[]]>;
}

/** A participant flow module with the given groups (titles) and periods. */
export function flow(titles: readonly string[], periods: readonly PeriodSpec[], extra: Json = {}): Json {
  return {
    ...extra,
    groups: groupsOf('FG', titles),
    periods: periods.map((period) => ({
      title: period.title ?? 'Overall Study',
      milestones: period.milestones.map(([type, cells, units]) => ({ type, achievements: flowCounts('FG', cells, units) })),
      ...(period.reasons ? { dropWithdraws: period.reasons.map(([type, cells]) => ({ type, reasons: flowCounts('FG', cells) })) } : {}),
    })),
  };
}

/** The usual one-period flow: started, completed, not completed per group. */
export function simpleFlow(
  titles: readonly string[],
  started: readonly Cell[],
  completed: readonly Cell[],
  notCompleted: readonly Cell[],
): Json {
  return flow(titles, [
    {
      milestones: [
        ['STARTED', started],
        ['COMPLETED', completed],
        ['NOT COMPLETED', notCompleted],
      ],
    },
  ]);
}

/** A denominator row (`denoms[]` item) of participants. */
export function denoms(prefix: string, cells: readonly Cell[], units = 'Participants'): Json[] {
  return [
    {
      units,
      counts: cells.flatMap((cell, index) => (cell === null ? [] : [{ groupId: groupId(prefix, index), value: String(cell) }])),
    },
  ];
}

/** A class with one or more categories of measurements (`values[category][group]`). */
export function measureClass(
  prefix: string,
  values: ReadonlyArray<readonly Cell[]>,
  extra: Json = {},
  categoryTitles: readonly string[] = [],
): Json {
  return {
    ...extra,
    categories: values.map((row, index) => ({
      ...(categoryTitles[index] ? { title: categoryTitles[index] } : {}),
      measurements: row.flatMap((cell, group) => (cell === null ? [] : [{ groupId: groupId(prefix, group), value: String(cell) }])),
    })),
  };
}

/** A baseline characteristics module: groups (titles), participants analyzed per group, and measures. */
export function baseline(titles: readonly string[], analyzed: readonly Cell[], measures: readonly Json[], extra: Json = {}): Json {
  return { ...extra, groups: groupsOf('BG', titles), denoms: denoms('BG', analyzed), measures };
}

/** A baseline measure counting participants per category (rows of numbers per group). */
export function baselineMeasure(title: string, fields: Json = {}, values: ReadonlyArray<readonly Cell[]> = [[1, 1]]): Json {
  return { title, paramType: 'COUNT_OF_PARTICIPANTS', unitOfMeasure: 'Participants', ...fields, classes: [measureClass('BG', values)] };
}

export interface OutcomeSpec {
  readonly title: string;
  readonly unit?: string;
  readonly paramType?: string;
  readonly analyzed?: readonly Cell[];
  /** Rows of values per group. */
  readonly values?: ReadonlyArray<readonly Cell[]>;
  /** Extra fields of the measure (e.g. `dispersionType`), or `classes` to replace the default one. */
  readonly extra?: Json;
}

/** One outcome measure with two groups (`OG000`, `OG001`) unless the values say otherwise. */
export function outcome(spec: OutcomeSpec): Json {
  const values = spec.values ?? [[10, 12]];
  const groupCount = Math.max(...values.map((row) => row.length), spec.analyzed?.length ?? 0);
  return {
    type: 'PRIMARY',
    title: spec.title,
    paramType: spec.paramType ?? 'NUMBER',
    ...(spec.unit === undefined ? {} : { unitOfMeasure: spec.unit }),
    timeFrame: 'Week 12',
    groups: groupsOf(
      'OG',
      Array.from({ length: groupCount }, (_, index) => (index === 0 ? 'Placebo' : `Drug ${index}`)),
    ),
    denoms: denoms('OG', spec.analyzed ?? Array.from({ length: groupCount }, () => 40)),
    classes: [measureClass('OG', values)],
    ...spec.extra,
  };
}

export interface StudySpec {
  readonly results: Json;
  readonly enrollment?: number | string;
  readonly enrollmentType?: string;
  /** Primary completion date; the PRS results validation is an error from 2017-01-18 on. */
  readonly primaryCompletion?: string;
}

/** A whole study (protocolSection + resultsSection) as pretty JSON, so a finding marks one value on its line. */
export function study(spec: StudySpec): string {
  return JSON.stringify(
    {
      protocolSection: {
        identificationModule: { nctId: 'NCT01234567', briefTitle: 'A Study of Drug X in Adults With Asthma' },
        statusModule: {
          overallStatus: 'COMPLETED',
          primaryCompletionDateStruct: { date: spec.primaryCompletion ?? '2019-05-01', type: 'ACTUAL' },
        },
        designModule: {
          studyType: 'INTERVENTIONAL',
          enrollmentInfo: { count: spec.enrollment ?? 40, type: spec.enrollmentType ?? 'ACTUAL' },
        },
      },
      resultsSection: spec.results,
    },
    null,
    2,
  );
}

/** The findings of one rule on a whole study in JSON. */
export function seen(text: string, id: string): SeenDiagnostic[] {
  return findings(text, id, { format: 'json' });
}
