import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { filled, isBareConceptTitle, OUTCOME_REFERENCE, outcomeName, quote, readOutcomes } from './outcomeHelpers';

export const outcomeTitleNonspecific: RuleDefinition = {
  id: 'review/outcome-title-nonspecific',
  title: 'Outcome title names a concept, not a measure',
  defaultSeverity: 'warning',
  basis: 'R30, PRS validation warning, Major comment',
  confidence: 'verified',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": PRS has warned on titles such as "Safety" or "Efficacy" since June 2018 (WN-06, ✅) and reviewers return them (UCSF, CU-INS). ' +
    'A lexicon matched against the whole title, so a warning. Silent for a concept before a metric ("Feasibility: Percentage of …") and for named instruments.',
  reference: OUTCOME_REFERENCE,
  explanation:
    'An outcome title is more than a bare concept such as `Safety`, `Efficacy of Drug X`, `Quality of life` or `Primary outcome`.',
  documentation:
    'An outcome title says what is measured, specifically enough that a reader could find the value in the results: the variable, the metric and, where it matters, the instrument. ' +
    '`Safety`, `Tolerability`, `Efficacy of Drug X`, `Pharmacokinetics`, `Quality of life` or `Primary outcome` name a goal, not a measure, and the registry warns about them. ' +
    'Good: `Number of Participants With Grade 3 or Higher Treatment-Related Adverse Events`, `Change From Baseline in EORTC QLQ-C30 Global Health Status Score at Week 12`. ' +
    'Fix: name the measure and its metric (number, percentage, change, time to, score, concentration); one concept with several measures becomes several outcomes.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      if (!filled(outcome.measure) || !isBareConceptTitle(outcome.measure)) continue;
      findings.push({
        pointer: `${outcome.pointer}/measure`,
        target: 'value',
        message:
          `The title ${quote(outcome.measure)} of ${outcomeName(outcome)} names a concept, not a measure. ` +
          'Say what is measured and how, for example `Number of Participants With Treatment-Related Adverse Events` or `Change From Baseline in Pain Score (0–10) at Week 4`.',
      });
    }
    return findings;
  },
};
