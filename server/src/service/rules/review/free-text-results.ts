import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { firstUnexcusedMatch, freeTextFields, quote, sentenceBefore } from './textHelpers';

/**
 * Findings language and reported p-values. Linear: alternations of literal words with bounded spaces, no nested
 * quantifiers. A "Results:" heading counts only at the start of a line.
 */
const FINDINGS =
  /\b(?:this|the|our|present|current) (?:study|trial|analysis|research) (?:has |have )?(?:showed|shown|demonstrated|revealed|found|confirmed|proved)\b|\bwe (?:found|observed|showed|demonstrated|concluded)\b|\bresults (?:indicated|showed|demonstrated|revealed|confirmed)\b|\b(?:was|were) significantly (?:lower|higher|reduced|increased|improved|decreased|better|worse|greater|less|more|shorter|longer|different|associated)\b|\bin conclusion\b|^[ \t*#]{0,6}results?[ \t*]{0,3}:|\bp[ \t]{0,3}(?:=|<|≤|<=)[ \t]{0,3}0?\.\d{1,6}/gim;

/** A sentence that plans, hypothesises or sets a significance level ("p < 0.05 will be considered significant"). */
const PLANNING =
  /\b(?:will|would|shall|planned|plans?|expected|expects?|hypothes\w*|considered|consider|assum\w*|power|sample size|alpha|sided|significance level|level of significance|anticipat\w*|intend\w*|if|whether|aims?|objectives?|goals?|to (?:assess|evaluate|determine|compare|test|examine|investigate))\b/i;

/** A citation year ("2016", "(Smith, 2019)"): the sentence or the one before it is about published work. */
const CITATION_YEAR = /\b(?:19[5-9]\d|20[0-4]\d)\b/;

/** A sentence about earlier work ("previous studies have shown", "in a pilot trial", "(Smith 2019)"). */
const BACKGROUND =
  /\b(?:previous(?:ly)?|prior|earlier|preliminary|pilot|literature|studies|trials|reported|published|et al|meta-analys\w*|review|retrospective|our group|recent(?:ly)?|has been shown|have shown|had shown|have been)\b|\(\s*\d{4}\s*\)|\[\s*\d+\s*\]/i;

export const freeTextResults: RuleDefinition = {
  id: 'review/free-text-results',
  title: 'Free text appears to report results',
  defaultSeverity: 'warning',
  basis: 'R30, §6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md R30 (free-text lint) and §6 (Major comment on results in free text). prs-review-criteria.md `review/free-text-results` (✅ [MC] "A free-text field appears to include results data or conclusions drawn from the data", [NEJM11]). ' +
    "Lexicon heuristic, hence a warning. Protocol fields only here; results free text is the results criteria's scope.",
  reference: protocolDefinition('Brief Summary and Detailed Description'),
  explanation:
    'Protocol free text (summary, description, arm, intervention and outcome descriptions) describes the plan, not results or conclusions.',
  documentation:
    'ClinicalTrials.gov reviewers send back records whose free text appears to include results data or conclusions drawn from the data: ' +
    'the protocol section says what the study will do; results go in the results section (or a publication under references). ' +
    'The check looks for findings language ("this study showed", "we found", "was significantly lower", "In conclusion", a "Results:" heading) and reported p-values, ' +
    'and ignores sentences about earlier studies, hypotheses and analysis plans ("p < 0.05 will be considered significant"). ' +
    'Fix: rewrite the sentence as what the study does or will measure, and move findings to the results section.',
  check(context) {
    const findings: RuleFinding[] = [];
    const fields = freeTextFields(context, [
      'briefSummary',
      'detailedDescription',
      'armDescriptions',
      'interventionDescriptions',
      'outcomeDescriptions',
    ]);
    for (const field of fields) {
      const match = firstUnexcusedMatch(
        field.text,
        FINDINGS,
        (sentence, found) =>
          PLANNING.test(sentence) ||
          BACKGROUND.test(sentence) ||
          CITATION_YEAR.test(sentence) ||
          CITATION_YEAR.test(sentenceBefore(field.text, found.index)),
      );
      if (!match) continue;
      findings.push({
        pointer: field.pointer,
        target: 'value',
        message:
          `${field.label} appears to report results (${quote(match[0])}). ` +
          'Describe what the study will do, not what it found: findings belong in the results section.',
      });
    }
    return findings;
  },
};
