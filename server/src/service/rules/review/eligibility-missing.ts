import { ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { criteriaContent } from './eligibilityTextHelpers';
import { isPlaceholder, quote } from './textHelpers';

const CRITERIA = `${ELIGIBILITY}/eligibilityCriteria`;

/**
 * Criteria written but empty: blank, a placeholder, or headings with nothing beneath. An absent field is not reported here
 * (a draft may not have reached it; a missing required field is the submission-readiness checks' job), and the
 * missing inclusion or exclusion part of real criteria is `eligibility/criteria-sections`'.
 */
export const eligibilityMissing: RuleDefinition = {
  id: 'review/eligibility-missing',
  title: 'Eligibility criteria empty',
  defaultSeverity: 'error',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (Major comment: eligibility criteria appear missing). prs-review-criteria.md `review/eligibility-missing` (✅ [MC] "Eligibility Criteria appear to be missing"). Mechanical, hence an error.',
  reference: protocolDefinition('Eligibility Criteria'),
  explanation: 'The eligibility criteria field has criteria, not just blank text, a placeholder or headings.',
  documentation:
    'ClinicalTrials.gov reviewers send back records whose eligibility criteria appear to be missing: a blank field, a placeholder ("N/A", "TBD", "See protocol") ' +
    'or "Inclusion Criteria:" and "Exclusion Criteria:" headings with nothing beneath. People deciding whether to ask about the study read this field first. ' +
    'Fix: list who may take part under "Inclusion Criteria:" and who may not under "Exclusion Criteria:", one bullet per criterion.',
  check(context) {
    const criteria = context.text(CRITERIA);
    if (criteria === undefined) return [];
    const content = criteriaContent(criteria);
    let what: string | undefined;
    if (criteria.trim() === '') what = 'The eligibility criteria are blank.';
    else if (isPlaceholder(criteria)) what = `The eligibility criteria are only a placeholder (${quote(criteria)}).`;
    else if (content.every((line) => isPlaceholder(line))) what = 'The eligibility criteria have headings but no criteria beneath them.';
    if (what === undefined) return [];
    return [
      {
        pointer: CRITERIA,
        target: criteria.trim() === '' ? 'key' : 'value',
        message: `${what} List who may take part under "Inclusion Criteria:" and who may not under "Exclusion Criteria:", one bullet per criterion.`,
      },
    ];
  },
};
