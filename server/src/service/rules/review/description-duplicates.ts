import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { hasWords, sameWords, scanned } from './textHelpers';

const BRIEF_SUMMARY = '/descriptionModule/briefSummary';
const DETAILED_DESCRIPTION = '/descriptionModule/detailedDescription';

/** An "Inclusion Criteria" / "Exclusion Criteria" heading: at a line start, with a colon or alone on its line. */
const INCLUSION_HEADING = /^[ \t*#>-]{0,6}(?:key |main |major )?inclusion criteria[ \t*]{0,3}(?::|$)/im;
const EXCLUSION_HEADING = /^[ \t*#>-]{0,6}(?:key |main |major )?exclusion criteria[ \t*]{0,3}(?::|$)/im;

export const descriptionDuplicates: RuleDefinition = {
  id: 'review/description-duplicates',
  title: 'Detailed description repeats other fields',
  defaultSeverity: 'information',
  basis: '§4, §6 (PRS Advisory comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §4 (Detailed Description definition) and §6 (advisory comments). prs-review-criteria.md `review/description-duplicates` (✅ [DEF]: the detailed description extends the brief summary and must not repeat other elements such as eligibility). ' +
    'Mechanical, advisory, hence information.',
  reference: protocolDefinition('Detailed Description'),
  explanation: 'The detailed description is not a copy of the brief summary and does not repeat the eligibility criteria.',
  documentation:
    'The detailed description is for technical detail the brief summary leaves out (design, procedures, rationale); ' +
    'ClinicalTrials.gov asks that it not repeat other parts of the record, such as the eligibility criteria, which have their own field. ' +
    'A description identical to the brief summary adds nothing. ' +
    'Fix: write the technical detail, or leave the detailed description out; keep the criteria in `eligibilityCriteria`.',
  check(context) {
    const description = context.text(DETAILED_DESCRIPTION);
    if (description === undefined || description.trim() === '') return [];
    const findings: RuleFinding[] = [];
    const summary = context.text(BRIEF_SUMMARY);
    if (summary !== undefined && hasWords(summary) && sameWords(summary, description)) {
      findings.push({
        pointer: DETAILED_DESCRIPTION,
        target: 'value',
        message:
          'The detailed description is the same text as the brief summary. Add the technical detail a reader of the summary lacks (design, procedures, schedule), or leave it out.',
      });
    }
    const body = scanned(description);
    if (INCLUSION_HEADING.test(body) && EXCLUSION_HEADING.test(body)) {
      findings.push({
        pointer: DETAILED_DESCRIPTION,
        target: 'value',
        message:
          'The detailed description repeats the eligibility criteria (it has "Inclusion Criteria" and "Exclusion Criteria" headings). Keep the criteria in `eligibilityCriteria` only.',
      });
    }
    return findings;
  },
};
