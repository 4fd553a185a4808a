// Results parts for the results review criteria's tests (adverse events, analysis populations, dispersion and
// statistical analyses), in whole studies written by resultsFlowKit.ts.
import type { SeenDiagnostic } from '../ruleTestKit';
import { seen, study } from './resultsFlowKit';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface StudyParts {
  /** `statusModule.primaryCompletionDateStruct.date`; on or after 2017-01-18 unless a test says otherwise. */
  readonly primaryCompletion?: string;
  readonly results: { [module: string]: Json };
}

/** A whole study (protocol + results) as pretty JSON, so a diagnostic's marked text is one value. */
export function studyText(parts: StudyParts): string {
  return study({ results: parts.results, primaryCompletion: parts.primaryCompletion ?? '2020-06-30' });
}

/** The findings of one rule on a study. */
export function ruleFindings(parts: StudyParts, id: string): SeenDiagnostic[] {
  return seen(studyText(parts), id);
}

/** Two event groups with the given totals (Drug `EG000`, Placebo `EG001`). */
export function eventGroups(...totals: Array<Partial<Record<string, number>>>): Json[] {
  const titles = ['Drug', 'Placebo', 'Open-label'];
  return totals.map((fields, index) => ({
    id: `EG00${index}`,
    title: titles[index] ?? `Group ${index}`,
    deathsNumAffected: 0,
    deathsNumAtRisk: 50,
    seriousNumAffected: 0,
    seriousNumAtRisk: 50,
    otherNumAffected: 0,
    otherNumAtRisk: 50,
    ...(fields as Record<string, number>),
  }));
}

/** One adverse event term with per-group `[affected, atRisk, events?]`. */
export function term(name: string, ...stats: Array<[number, number, number?]>): Json {
  return {
    term: name,
    organSystem: 'General disorders',
    stats: stats.map(([numAffected, numAtRisk, numEvents], index) => ({
      groupId: `EG00${index}`,
      numEvents: numEvents ?? numAffected,
      numAffected,
      numAtRisk,
    })),
  };
}

/** A participant flow with one period whose STARTED counts are given (Drug `FG000`, Placebo `FG001`). */
export function flow(started: number[], dropWithdraws: Json[] = []): Json {
  const titles = ['Drug', 'Placebo', 'Open-label'];
  return {
    groups: started.map((_, index) => ({ id: `FG00${index}`, title: titles[index] })),
    periods: [
      {
        title: 'Overall Study',
        milestones: [
          { type: 'STARTED', achievements: started.map((count, index) => ({ groupId: `FG00${index}`, numSubjects: String(count) })) },
        ],
        dropWithdraws,
      },
    ],
  };
}

/** A flow withdrawal reason with per-group counts. */
export function reason(type: string, ...counts: number[]): Json {
  return { type, reasons: counts.map((count, index) => ({ groupId: `FG00${index}`, numSubjects: String(count) })) };
}

/** Outcome groups Drug `OG000`, Placebo `OG001`… */
export function outcomeGroups(count: number): Json[] {
  const titles = ['Drug', 'Placebo', 'Open-label'];
  return Array.from({ length: count }, (_, index) => ({ id: `OG00${index}`, title: titles[index] }));
}

/** An outcome measure with one denominator row of participants and one value per group. */
export function outcomeMeasure(
  fields: { [key: string]: Json },
  analyzed: number[],
  values: Json[] = analyzed.map(() => ({ value: '1' })),
): Json {
  return {
    type: 'PRIMARY',
    title: 'Change From Baseline in Pain Score at Week 12',
    reportingStatus: 'POSTED',
    paramType: 'COUNT_OF_PARTICIPANTS',
    unitOfMeasure: 'Participants',
    timeFrame: 'Baseline and Week 12',
    groups: outcomeGroups(analyzed.length),
    denoms: [{ units: 'Participants', counts: analyzed.map((count, index) => ({ groupId: `OG00${index}`, value: String(count) })) }],
    classes: [
      {
        categories: [
          {
            measurements: values.map((value, index) => ({ groupId: `OG00${index}`, ...(value as { [key: string]: Json }) })),
          },
        ],
      },
    ],
    ...fields,
  };
}

/** The results section holding the given outcome measures. */
export function outcomes(...measures: Json[]): { [module: string]: Json } {
  return { outcomeMeasuresModule: { outcomeMeasures: measures } };
}
