import { ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { criteriaContent, listItemCount } from './eligibilityTextHelpers';
import { isPlaceholder, wordCount } from './textHelpers';

const CRITERIA = `${ELIGIBILITY}/eligibilityCriteria`;

/** Both parts named: without them the missing heading is `eligibility/criteria-sections`' finding, not this one's. */
const INCLUSION_WORD = /\binclu/i;
const EXCLUSION_WORD = /\bexclu/i;

/** Less text than this reads fine without bullets ("Inclusion Criteria: adults with asthma. Exclusion Criteria: none"). */
const MIN_WORDS_FOR_LIST = 30;

/**
 * The reference's criterion has two halves: the "Inclusion Criteria"/"Exclusion Criteria" headings, which
 * `eligibility/criteria-sections` already reports (so they are not checked again here), and bulleted criteria, which is
 * what this rule adds: criteria with both parts named but written as running text. Empty criteria are `review/eligibility-missing`'s.
 */
export const eligibilityStructure: RuleDefinition = {
  id: 'review/eligibility-structure',
  title: 'Eligibility criteria not a list',
  defaultSeverity: 'information',
  basis: '§4, §6 (PRS Advisory comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §4 (Eligibility Criteria definition: bulleted lists) and §6 (advisory comments). prs-review-criteria.md `review/eligibility-structure` (✅ [DEF]: bulleted criteria under "Inclusion Criteria" and "Exclusion Criteria"). ' +
    'The heading half is eligibility/criteria-sections; this rule is the bullet half. Regex, advisory, hence information.',
  reference: protocolDefinition('Eligibility Criteria'),
  explanation: 'Inclusion and exclusion criteria are written as bulleted lists, one criterion per bullet, not as running text.',
  documentation:
    'ClinicalTrials.gov asks for eligibility criteria as a bulleted list under "Inclusion Criteria" and one under "Exclusion Criteria", ' +
    'so that a reader can check each criterion in turn. Criteria written as paragraphs hide where one criterion ends and the next begins. ' +
    'Short criteria ("Exclusion Criteria: none") need no list. ' +
    'Fix: put each criterion on its own line starting with `* ` (or `- `) under its heading.',
  check(context) {
    const criteria = context.text(CRITERIA);
    if (criteria === undefined || !INCLUSION_WORD.test(criteria) || !EXCLUSION_WORD.test(criteria)) return [];
    if (listItemCount(criteria) > 0) return [];
    const content = criteriaContent(criteria).filter((line) => !isPlaceholder(line));
    if (content.length === 0) return []; // empty: review/eligibility-missing
    if (wordCount(content.join(' ')) < MIN_WORDS_FOR_LIST) return [];
    return [
      {
        pointer: CRITERIA,
        target: 'key',
        message:
          'The eligibility criteria appear to be running text, not lists. Put each criterion on its own line starting with `* ` under "Inclusion Criteria:" and "Exclusion Criteria:".',
      },
    ];
  },
};
