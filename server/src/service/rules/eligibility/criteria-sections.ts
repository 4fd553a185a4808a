import { ELIGIBILITY } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';

export const criteriaSections: RuleDefinition = {
  id: 'eligibility/criteria-sections',
  title: 'Criteria lack inclusion or exclusion part',
  defaultSeverity: 'information',
  basis: '§4, §6',
  confidence: 'unverified',
  explanation: 'Eligibility criteria are written as an inclusion list and an exclusion list.',
  documentation:
    'PRS expects eligibility criteria as "Inclusion Criteria:" and "Exclusion Criteria:" lists, and "eligibility criteria appear missing" is a major review comment. ' +
    'The check looks for the words inclusion and exclusion (a list before the exclusion part counts as the inclusion part, whatever its heading), so it is a heuristic: information only. ' +
    'Basis: §4 (criteria required, S4) and §6 (PRS major comment themes, S10); the headings test is ours. Fix: add the missing heading and its list.',
  check(context) {
    const pointer = `${ELIGIBILITY}/eligibilityCriteria`;
    const criteria = context.text(pointer);
    if (criteria === undefined || criteria.trim() === '') return [];
    const exclusionAt = criteria.search(/\bexclu/i);
    // A list before the exclusion part is the inclusion part, whatever its heading ("Eligibility criteria:", "Key criteria:").
    const listBeforeExclusion = exclusionAt > 0 && /^\s*(?:[-*•]|\d+[.)])\s+\S/m.test(criteria.slice(0, exclusionAt));
    const hasInclusion = /\binclu/i.test(criteria) || listBeforeExclusion;
    const missing = [hasInclusion ? undefined : 'inclusion', exclusionAt >= 0 ? undefined : 'exclusion'].filter((part): part is string => part !== undefined);
    if (missing.length === 0) return [];
    const which = missing.length === 2 ? 'inclusion or exclusion' : missing[0];
    return [{ pointer, target: 'key', message: `The eligibility criteria have no ${which} part; write them as "Inclusion Criteria:" and "Exclusion Criteria:" lists.` }];
  },
};
