// Records with outcome measures, written inline for the outcome review criteria's tests.
import { yaml } from '../ruleTestKit';

export interface OutcomeFields {
  readonly measure?: string;
  readonly description?: string;
  readonly timeFrame?: string;
}

export type OutcomeList = 'primaryOutcomes' | 'secondaryOutcomes' | 'otherOutcomes';

/** YAML lines of one outcome list; values are written as JSON strings, which YAML reads as they are. */
function listLines(list: OutcomeList, outcomes: readonly OutcomeFields[]): string[] {
  const lines = [`  ${list}:`];
  for (const outcome of outcomes) {
    const fields = Object.entries(outcome).filter(([, value]) => value !== undefined);
    fields.forEach(([key, value], index) => lines.push(`${index === 0 ? '    - ' : '      '}${key}: ${JSON.stringify(value)}`));
  }
  return lines;
}

function isOutcomeArray(value: readonly OutcomeFields[] | object): value is readonly OutcomeFields[] {
  return Array.isArray(value);
}

/** A protocol section whose outcomes module has the given lists (primary outcomes when given an array). */
export function outcomesRecord(
  lists: readonly OutcomeFields[] | Partial<Record<OutcomeList, readonly OutcomeFields[]>>,
  extraLines: readonly string[] = [],
): string {
  const byList = isOutcomeArray(lists) ? { primaryOutcomes: lists } : lists;
  const lines = ['outcomesModule:'];
  for (const list of ['primaryOutcomes', 'secondaryOutcomes', 'otherOutcomes'] as const) {
    const outcomes = byList[list];
    if (outcomes) lines.push(...listLines(list, outcomes));
  }
  return yaml(...extraLines, ...lines);
}

/** One primary outcome. */
export function primary(outcome: OutcomeFields): string {
  return outcomesRecord([outcome]);
}
