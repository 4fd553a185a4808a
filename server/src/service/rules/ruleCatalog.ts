import { ARM_INTERVENTION_RULES } from './armInterventionRules';
import { CONTACT_LOCATION_RULES } from './contactLocationRules';
import { ELIGIBILITY_RULES } from './eligibilityRules';
import { IPD_SHARING_RULES } from './ipdSharingRules';
import { MASKING_RULES } from './maskingRules';
import type { RuleDefinition } from './ruleTypes';
import { SPONSOR_ID_RULES } from './sponsorIdRules';
import { STATUS_DATE_RULES } from './statusDateRules';
import { STUDY_TYPE_RULES } from './studyTypeRules';

/** Every registry rule, in the order the README lists them (and the engine runs them). */
export const ALL_RULES: readonly RuleDefinition[] = [
  ...STUDY_TYPE_RULES,
  ...MASKING_RULES,
  ...STATUS_DATE_RULES,
  ...ARM_INTERVENTION_RULES,
  ...ELIGIBILITY_RULES,
  ...CONTACT_LOCATION_RULES,
  ...SPONSOR_ID_RULES,
  ...IPD_SHARING_RULES,
];

const RULES_BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]));
if (RULES_BY_ID.size !== ALL_RULES.length) throw new Error('Two registry rules share an id.');

/** The rule with this id (a diagnostic's code), for hover and settings validation. */
export function lookupRule(id: string): RuleDefinition | undefined {
  return RULES_BY_ID.get(id);
}
