import { compareAgeDurations, parseAgeDuration } from './ageDuration';
import type { RuleDefinition } from './ruleTypes';
import { ELIGIBILITY, missingField } from './ruleHelpers';

export const ageOrder: RuleDefinition = {
  id: 'eligibility/age-order',
  title: 'Minimum age above maximum age',
  defaultSeverity: 'error',
  basis: 'R4',
  confidence: 'unverified',
  explanation: 'The minimum age is not above the maximum age (compared across units: `12 Months` = `1 Year`).',
  documentation:
    'Ages are compared after converting units (a year is 365.25 days, a month a twelfth of a year, a week 7 days). A minimum above the maximum leaves no one eligible. ' +
    'Basis: R4. The notes call it common sense (unverified for PRS); it is an error here because no valid record can break it. Fix: swap or correct the ages; omit a bound for "no limit".',
  check(context) {
    const minimumPointer = `${ELIGIBILITY}/minimumAge`;
    const minimum = parseAgeDuration(context.value(minimumPointer));
    const maximum = parseAgeDuration(context.value(`${ELIGIBILITY}/maximumAge`));
    if (!minimum || !maximum || compareAgeDurations(minimum, maximum) <= 0) return [];
    return [{ pointer: minimumPointer, target: 'value', message: `The minimum age (${minimum.text}) is above the maximum age (${maximum.text}): no one is eligible.` }];
  },
};

export const sexRequired: RuleDefinition = {
  id: 'eligibility/sex-required',
  title: 'Sex missing',
  defaultSeverity: 'error',
  basis: '§4 (PRS XSD)',
  confidence: 'verified',
  explanation: 'The eligibility module states which sexes may take part (`sex`: `ALL`, `FEMALE` or `MALE`).',
  documentation:
    'PRS requires the sex eligible for the study (the upload schema element `gender` is mandatory; `ALL` replaced the older "Both"). ' +
    'The rule runs when the eligibility module is present. Basis: ctgov-model.md §4, verified in the PRS upload schema (S4). Fix: add `eligibilityModule.sex`.',
  check(context) {
    if (context.value(ELIGIBILITY) === undefined || context.has(`${ELIGIBILITY}/sex`)) return [];
    return [missingField(context, `${ELIGIBILITY}/sex`, 'State who may take part: add `sex` (`ALL`, `FEMALE` or `MALE`).', { value: 'ALL' })];
  },
};

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

export const ELIGIBILITY_RULES: readonly RuleDefinition[] = [ageOrder, sexRequired, criteriaSections];
