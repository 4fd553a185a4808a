import { ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const criteriaSections: RuleDefinition = {
  id: 'eligibility/criteria-sections',
  title: 'Criteria lack inclusion or exclusion part',
  defaultSeverity: 'information',
  basis: '§4, §6',
  confidence: 'unverified',
  provenance:
    '§4 (criteria required, S4) and §6 (PRS major comment "eligibility criteria appear missing", S10); ' +
    'the headings test is ours, a heuristic, hence information.',
  reference: protocolDefinition('Eligibility Criteria'),
  explanation: 'Eligibility criteria are written as an inclusion list and an exclusion list.',
  documentation:
    'ClinicalTrials.gov expects eligibility criteria as an "Inclusion Criteria:" list and an "Exclusion Criteria:" list, and its reviewers send back records whose criteria appear to be missing. ' +
    'The check looks for the words inclusion and exclusion (a list before the exclusion part counts as the inclusion part, whatever its heading). ' +
    'Fix: add the missing heading and its list.',
  check(context) {
    const pointer = `${ELIGIBILITY}/eligibilityCriteria`;
    const criteria = context.text(pointer);
    if (criteria === undefined || criteria.trim() === '') return [];
    const exclusionAt = criteria.search(/\bexclu/i);
    // A list before the exclusion part is the inclusion part, whatever its heading ("Eligibility criteria:", "Key criteria:").
    const listBeforeExclusion = exclusionAt > 0 && /^\s*(?:[-*•]|\d+[.)])\s+\S/m.test(criteria.slice(0, exclusionAt));
    const hasInclusion = /\binclu/i.test(criteria) || listBeforeExclusion;
    const missing = [hasInclusion ? undefined : 'inclusion', exclusionAt >= 0 ? undefined : 'exclusion'].filter(
      (part): part is string => part !== undefined,
    );
    if (missing.length === 0) return [];
    const which = missing.length === 2 ? 'inclusion or exclusion' : missing[0];
    return [
      {
        pointer,
        target: 'key',
        message: `The eligibility criteria have no ${which} part; write them as "Inclusion Criteria:" and "Exclusion Criteria:" lists.`,
      },
    ];
  },
};
