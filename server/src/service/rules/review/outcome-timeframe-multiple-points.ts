import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { filled, OUTCOME_REFERENCE, outcomeName, quote, readOutcomes } from './outcomeHelpers';
import { hasNumber, tokenize } from './timePointHelpers';

/** A parenthesis restating a point (`Baseline (Week 0)`) adds no point; `[^()]*` stops at the next parenthesis, so this is linear. */
const PARENTHESES = /\([^()]*\)/g;

/** Where one list item ends: `Baseline, Week 4 and Week 8`. */
const SEPARATOR = /[,;&+]|\band\b|\bversus\b|\bvs\b/i;

/** A window, a schedule or a summary over time is one time frame, however many points it names. */
const ONE_WINDOW =
  /\b(?:from|to|up to|until|till|through|thru|between|over|during|throughout|within|every|each|daily|weekly|monthly|annually|yearly|per|cumulative|average|averaged|mean|since|across|period|intervals?|occasions|twice|times|schedule|pre-?dose|post-?dose|sampl\w*|pharmacokinetic\w*|pk)\b/i;

/** Titles whose measure spans several points by nature: a change, an event time, a cumulative count, a PK parameter. */
const SPANS_POINTS =
  /\b(?:chang\w*|from baseline|difference|differences|time to|survival|duration|trajectory|trajectories|trend|trends|course|over time|cumulative|auc|area under|c ?max|t ?max|half-life|pharmacokinetics?|pk|concentrations?|clearance|slope|longitudinal|repeated|kinetics|profile|incidence|adverse events?|side effects?|complications?|events?|recurrence|relapse|progression)\b/i;

/** A description that frames the measure as a change (`Change from baseline in …`) answers the title's silence. */
const DESCRIBED_AS_CHANGE = /\bchanges? (?:from|in|between)\b/i;

/** An item that names a moment without a number: `Baseline`, `pre-operative`, `at discharge`. */
const NAMED_MOMENT =
  /\b(?:baseline|screening|intake|inclusion|enrol(?:l)?ment|randomi[sz]ation|admission|discharge|before|after|pre-?op\w*|post-?op\w*|pre-?(?:treatment|intervention|therapy|surgery)|post-?(?:treatment|intervention|therapy|surgery))\b/i;

export const outcomeTimeFrameMultiplePoints: RuleDefinition = {
  id: 'review/outcome-timeframe-multiple-points',
  title: 'Primary outcome time frame lists several time points',
  defaultSeverity: 'information',
  basis: 'R30, PRS Major comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": a primary outcome has one time point unless it is a change between two; otherwise one outcome per time point ' +
    '(CU-TF quotes the reviewers, ◑). A heuristic, so information. Exempt: ranges, schedules, time-to-event, cumulative and PK measures, a parenthesis restating a point.',
  reference: OUTCOME_REFERENCE,
  explanation:
    'A primary outcome whose time frame lists two or more separate time points appears to need one outcome per point, unless its title measures a change or difference.',
  documentation:
    'A primary outcome is assessed at one time point, or is the change between two (then the title says so: `Change from Baseline in … at Week 12`). ' +
    'Reviewers return primary outcomes whose time frame lists several points, such as `Baseline, Week 4, Week 8, Week 12` for a score: the analysis that answers the question is at one of them. ' +
    'Windows (`Up to 24 weeks`, `From baseline to Week 12`), time-to-event, cumulative and pharmacokinetic measures are fine. ' +
    'Fix: name the one time point, make the title a change between two, or copy the outcome once per time point (the later ones usually as secondary outcomes).',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      const timeFrame = outcome.timeFrame;
      if (outcome.kind !== 'primary' || timeFrame === undefined || !filled(outcome.measure)) continue;
      if (timeFrame.length > 500 || SPANS_POINTS.test(outcome.measure) || ONE_WINDOW.test(timeFrame)) continue;
      if (outcome.description !== undefined && DESCRIBED_AS_CHANGE.test(outcome.description)) continue;
      const points = new Set<string>();
      for (const item of timeFrame.replace(PARENTHESES, ' ').split(SEPARATOR)) {
        const text = item.trim().toLowerCase();
        if (text !== '' && (NAMED_MOMENT.test(text) || hasNumber(tokenize(text)))) points.add(text);
      }
      if (points.size < 2) continue;
      findings.push({
        pointer: `${outcome.pointer}/timeFrame`,
        target: 'value',
        message:
          `The time frame ${quote(timeFrame)} of ${outcomeName(outcome)} appears to list ${points.size} time points for one measure. ` +
          'Give the one time point of the primary analysis (for example `Week 12`), title it as a change between two points, or add one outcome per time point.',
      });
    }
    return findings;
  },
};
