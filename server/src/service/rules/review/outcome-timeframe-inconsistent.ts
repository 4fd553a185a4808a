import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { checkable, OUTCOME_REFERENCE, outcomeName, quote, readOutcomes } from './outcomeHelpers';
import { daysOf, hasAtWord, sameTime, timePhrase, timePoints, tokenize, type TimePoint, type Token } from './timePointHelpers';

/** Words between `at` and the point that keep it one point: `at the 12-week visit`, `at approximately Week 12`. */
const FILLERS: ReadonlySet<string> = new Set(['the', 'approximately', 'about', 'around']);
/** Verbs that make a description's `at …` an assessment time (`assessed at 3 months`); a title's `at …` always is. */
const ASSESSMENT_VERBS: ReadonlySet<string> = new Set([
  'assessed',
  'measured',
  'evaluated',
  'collected',
  'recorded',
  'obtained',
  'performed',
  'determined',
  'analyzed',
  'analysed',
  'calculated',
  'compared',
  'administered',
  'completed',
  'reported',
]);
/** What after a point means an age or a spacing, not a study time: `at 6 months of age`, `at 2-week intervals`. */
const NOT_STUDY_TIME: ReadonlySet<string> = new Set([
  'of',
  'old',
  'gestation',
  'gestational',
  'interval',
  'intervals',
  'postmenstrual',
  'corrected',
  'age',
]);
/** A time frame with one of these is a window: a point inside it agrees with it. */
const WINDOW_WORDS: ReadonlySet<string> = new Set([
  'up',
  'to',
  'through',
  'until',
  'till',
  'within',
  'between',
  'over',
  'during',
  'throughout',
  '-',
  '–',
]);

/** The `at …` points of a text; `requireVerb` for descriptions (`assessed at 3 months`). */
function namedPoints(tokens: readonly Token[], requireVerb: boolean): TimePoint[] {
  return timePoints(tokens).filter((point) => {
    let before = point.start - 1;
    while (before >= 0 && FILLERS.has(tokens[before].text)) before--;
    if (tokens[before]?.text !== 'at') return false;
    if (requireVerb && !ASSESSMENT_VERBS.has(tokens[before - 1]?.text ?? '')) return false;
    return !NOT_STUDY_TIME.has(tokens[point.end]?.text ?? '');
  });
}

/** Whether the time frame covers the point: names it, or is a window reaching at least as far. */
function covers(frame: readonly TimePoint[], windowed: boolean, point: TimePoint): boolean {
  if (frame.some((candidate) => sameTime(candidate, point))) return true;
  return windowed && frame.some((candidate) => daysOf(candidate) >= daysOf(point));
}

/** The first point of the first mention none of whose points the time frame covers (mentions grouped by where they start). */
function firstUncovered(named: readonly TimePoint[], frame: readonly TimePoint[], windowed: boolean): TimePoint | undefined {
  const mentions = new Map<number, TimePoint[]>();
  for (const point of named) {
    const mention = mentions.get(point.start);
    if (mention) mention.push(point);
    else mentions.set(point.start, [point]);
  }
  for (const points of mentions.values()) if (!points.some((point) => covers(frame, windowed, point))) return points[0];
  return undefined;
}

export const outcomeTimeFrameInconsistent: RuleDefinition = {
  id: 'review/outcome-timeframe-inconsistent',
  title: 'Outcome title or description disagrees with the time frame',
  defaultSeverity: 'warning',
  basis: 'R30, PRS Major comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": title, description and time frame must agree (CU-CHK, ◑); NLM lists "internal inconsistency" among its review criteria (NEJM11-T3). ' +
    'Cross-field: the title’s `at <time>` or the description’s `assessed at <time>` against the time frame’s points, with units converted (3 months = 12 weeks) and windows covering their inside; a warning.',
  reference: OUTCOME_REFERENCE,
  explanation: 'The time point an outcome title or description names (`at Week 12`, `assessed at 3 months`) appears in its time frame.',
  documentation:
    'The title, description and time frame of an outcome are read together, so they must name the same time: a title `… at Week 12` with a time frame `Week 24` leaves the reader unsure which is analysed, and reviewers return it. ' +
    '`12 weeks after the last dose` agrees with `at Week 12`, and a window (`Up to 24 weeks`) covers the points inside it. ' +
    'Fix: make the title, the description and the time frame name the same time point.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      if (!checkable(outcome.timeFrame)) continue;
      const frameTokens = tokenize(outcome.timeFrame);
      const frame = timePoints(frameTokens);
      if (frame.length === 0) continue; // no time in the frame: the vague-time-frame check speaks
      const windowed = frameTokens.some((token) => WINDOW_WORDS.has(token.text));
      const sources: Array<['title' | 'description', string | undefined, boolean]> = [
        ['title', outcome.measure, false],
        ['description', outcome.description, true],
      ];
      for (const [field, text, requireVerb] of sources) {
        if (!checkable(text) || !hasAtWord(text)) continue;
        // Without the word `at` no point is named (most titles and descriptions): such text is not tokenized at all.
        // One mention may name a range or list (`at week 9-12`): it agrees when any of its points does.
        const missing = firstUncovered(namedPoints(tokenize(text), requireVerb), frame, windowed);
        if (!missing) continue;
        findings.push({
          pointer: `${outcome.pointer}/timeFrame`,
          target: 'value',
          message:
            `The ${field} of ${outcomeName(outcome)} names ${timePhrase(missing)}, which the time frame ${quote(outcome.timeFrame)} appears not to include. ` +
            `Make them agree, for example a time frame of \`${timePhrase(missing)}\`.`,
        });
        break; // one disagreement per outcome is enough to act on
      }
    }
    return findings;
  },
};
