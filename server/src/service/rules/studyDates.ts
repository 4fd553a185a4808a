// The three study dates (start, primary completion, completion), read for the `dates/*` and `status/*` rules.
import { parsePartialDate, type PartialDate } from './partialDate';
import { STATUS } from './ruleHelpers';
import type { RuleContext } from './ruleTypes';

export interface StudyDate {
  readonly name: string;
  readonly struct: string;
  readonly date: PartialDate | undefined;
  readonly type: string | undefined;
}

export const DATE_FIELDS: ReadonlyArray<readonly [name: string, struct: string]> = [
  ['start date', `${STATUS}/startDateStruct`],
  ['primary completion date', `${STATUS}/primaryCompletionDateStruct`],
  ['completion date', `${STATUS}/completionDateStruct`],
];

export function studyDates(context: RuleContext): StudyDate[] {
  return DATE_FIELDS.map(([name, struct]) => ({
    name,
    struct,
    date: parsePartialDate(context.value(`${struct}/date`)),
    type: context.text(`${struct}/type`),
  }));
}
