import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { firstUnexcusedMatch, freeTextFields, quote } from './textHelpers';

/**
 * Advertising words. "Breakthrough" only before a word for a treatment: "breakthrough pain/bleeding/infection/seizures"
 * are clinical terms. Linear: literal alternatives, one optional separator each.
 */
const PROMOTIONAL =
  /\bbreakthrough (?:therap(?:y|ies)|treatments?|drugs?|medicines?|cures?|technolog(?:y|ies)|innovations?|discover(?:y|ies))\b|\brevolutionary\b|\bmiracle\b|\bcutting[- ]edge\b|\bstate[- ]of[- ]the[- ]art\b|\bworld[- ]class\b|\bguaranteed?\b|\bfree (?:of charge )?(?:treatment|medication|medicine|care|drugs?|therapy)\b/gi;

/** The FDA's "Breakthrough Therapy designation" stated as a fact; "cannot be guaranteed" in a caution. */
const EXCUSED =
  /\bbreakthrough therapy (?:designation|status)\b|\bdesignated (?:as )?(?:a )?breakthrough\b|\b(?:not|cannot|can't|no) (?:be )?guaranteed?\b/i;

export const promotionalLanguage: RuleDefinition = {
  id: 'review/promotional-language',
  title: 'Promotional wording',
  defaultSeverity: 'information',
  basis: '§6 (PRS Major comment)',
  confidence: 'unverified',
  provenance:
    'ctgov-model.md §6 (Major comment: information inappropriate for posting). prs-review-criteria.md `review/promotional-language` (❓ inferred from [MC] "Information in the record appears inappropriate for posting"). ' +
    'Lexicon heuristic with unverified backing, hence information.',
  reference: protocolDefinition('Brief Title, Official Title, Brief Summary and Detailed Description'),
  explanation:
    'Titles and descriptions use neutral wording, not advertising ("revolutionary", "breakthrough treatment", "free treatment").',
  documentation:
    'A registry record informs; it does not advertise. ClinicalTrials.gov reviewers return records with content that appears inappropriate for posting, ' +
    'and words such as "revolutionary", "miracle", "breakthrough treatment", "cutting-edge", "world-class", "guaranteed" or "free treatment" ' +
    'promise a benefit the study is there to test. Clinical terms ("breakthrough pain") and a Breakthrough Therapy designation stated as a fact are not flagged. ' +
    'Fix: describe the intervention plainly (what it is, how it is given).',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const field of freeTextFields(context, ['titles', 'briefSummary', 'detailedDescription'])) {
      const match = firstUnexcusedMatch(field.text, PROMOTIONAL, (sentence) => EXCUSED.test(sentence));
      if (!match) continue;
      findings.push({
        pointer: field.pointer,
        target: 'value',
        message:
          `${field.label} appears to use promotional wording (${quote(match[0])}). ` +
          'Describe the study and its intervention in neutral terms; the study is there to find out whether it helps.',
      });
    }
    return findings;
  },
};
