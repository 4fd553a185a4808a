// Items of the status module: the overall status (also said in a sentence), why a study stopped, and
// the study's and the registry's dates.
import { normaliseOverallStatus, statusOfSentence } from '../../normalise/designEnums';
import type { Item } from '../itemTypes';
import { dateItem, textItem, valueText } from './itemKit';

const STATUS = 'statusModule';

/** `Recruiting`, `COMPLETED`, `Prematurely Ended`, or a sentence that says only the status. */
export function statusOf(text: string): string | undefined {
  return normaliseOverallStatus(text) ?? statusOfSentence(text);
}

const overallStatus: Item = {
  shape: 'one',
  accepts: (text) => statusOf(text) !== undefined,
  read(value, context) {
    const text = valueText(value, context);
    return text !== undefined && context.recorder.set([STATUS, 'overallStatus'], statusOf(text), value.lines, 'overall status');
  },
};

export const STATUS_ITEMS = {
  overallStatus,
  whyStopped: textItem([STATUS, 'whyStopped'], 'block'),
  startDate: dateItem([STATUS, 'startDateStruct'], 'struct'),
  primaryCompletionDate: dateItem([STATUS, 'primaryCompletionDateStruct'], 'struct'),
  completionDate: dateItem([STATUS, 'completionDateStruct'], 'struct'),
  verifiedDate: dateItem([STATUS, 'statusVerifiedDate'], 'plain'),
  firstSubmitted: dateItem([STATUS, 'studyFirstSubmitDate'], 'plain'),
  firstPosted: dateItem([STATUS, 'studyFirstPostDateStruct'], 'struct-untyped'),
  lastUpdateSubmitted: dateItem([STATUS, 'lastUpdateSubmitDate'], 'plain'),
  lastUpdatePosted: dateItem([STATUS, 'lastUpdatePostDateStruct'], 'struct-untyped'),
  resultsFirstSubmitted: dateItem([STATUS, 'resultsFirstSubmitDate'], 'plain'),
  resultsFirstPosted: dateItem([STATUS, 'resultsFirstPostDateStruct'], 'struct-untyped'),
} as const;
