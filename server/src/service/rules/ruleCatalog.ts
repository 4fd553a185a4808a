import { armWithoutIntervention } from './arms/arm-without-intervention';
import { crossReferenceMismatch } from './arms/cross-reference-mismatch';
import { duplicateIntervention } from './arms/duplicate-intervention';
import { duplicateArmLabel } from './arms/duplicate-label';
import { unknownArmLabel } from './arms/unknown-arm-label';
import { unknownInterventionName } from './arms/unknown-intervention-name';
import { unusedIntervention } from './arms/unused-intervention';
import { recruitingContact } from './contacts/recruiting-contact';
import { actualInFuture } from './dates/actual-in-future';
import { estimatedInPast } from './dates/estimated-in-past';
import { dateOrder } from './dates/order';
import { bioSpecDescription } from './design/biospec-description';
import { interventionalExpected } from './design/interventional-expected';
import { interventionalOnlyFields } from './design/interventional-only-field';
import { interventionalRequired } from './design/interventional-required';
import { maskingWhoMasked } from './design/masking-who-masked';
import { observationalExpected } from './design/observational-expected';
import { observationalOnlyFields } from './design/observational-only-field';
import { observationalRequired } from './design/observational-required';
import { phases } from './design/phases';
import { randomizedArms } from './design/randomized-arms';
import { singleGroupArms } from './design/single-group-arms';
import { targetDuration } from './design/target-duration';
import { ageOrder } from './eligibility/age-order';
import { criteriaSections } from './eligibility/criteria-sections';
import { sexRequired } from './eligibility/sex-required';
import { officialTitle } from './identification/official-title';
import { secondaryIdDomain } from './ids/secondary-id-domain';
import { descriptionExpected } from './ipd/description-expected';
import { fieldsWithoutSharing } from './ipd/fields-without-sharing';
import { usState } from './locations/us-state';
import { responsiblePartyInvestigator } from './sponsor/responsible-party-investigator';
import { unknownGroup } from './results/unknown-group';
import { completedActual } from './status/completed-actual';
import { enrollmentType } from './status/enrollment-type';
import { recruitingSite } from './status/recruiting-site';
import { staleVerification } from './status/stale-verification';
import { startDateType } from './status/start-date-type';
import { statusForStudyType } from './status/value-for-study-type';
import { whyStopped } from './status/why-stopped';
import { whyStoppedUnexpected } from './status/why-stopped-unexpected';
import { withdrawnEnrollment } from './status/withdrawn-enrollment';
import { REVIEW_RULES } from './reviewCatalog';
import type { RuleDefinition } from './ruleTypes';

/** The registry rules (layer `rules`), in the order the README lists them (and the engine runs them). */
export const REGISTRY_RULES: readonly RuleDefinition[] = [
  interventionalOnlyFields,
  observationalOnlyFields,
  interventionalRequired,
  interventionalExpected,
  observationalRequired,
  observationalExpected,
  phases,
  bioSpecDescription,
  targetDuration,
  maskingWhoMasked,
  whyStopped,
  whyStoppedUnexpected,
  statusForStudyType,
  dateOrder,
  actualInFuture,
  estimatedInPast,
  startDateType,
  completedActual,
  enrollmentType,
  withdrawnEnrollment,
  recruitingSite,
  staleVerification,
  unknownArmLabel,
  unknownInterventionName,
  duplicateArmLabel,
  duplicateIntervention,
  unusedIntervention,
  armWithoutIntervention,
  crossReferenceMismatch,
  singleGroupArms,
  randomizedArms,
  ageOrder,
  sexRequired,
  criteriaSections,
  usState,
  recruitingContact,
  responsiblePartyInvestigator,
  secondaryIdDomain,
  officialTitle,
  fieldsWithoutSharing,
  descriptionExpected,
  unknownGroup,
];

/** Every check the engine runs: the registry rules, then the review criteria (layer `review`). */
export const ALL_RULES: readonly RuleDefinition[] = [...REGISTRY_RULES, ...REVIEW_RULES];

const RULES_BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]));
if (RULES_BY_ID.size !== ALL_RULES.length) throw new Error('Two registry rules share an id.');

/** The rule with this id (a diagnostic's code), for hover and settings validation. */
export function lookupRule(id: string): RuleDefinition | undefined {
  return RULES_BY_ID.get(id);
}
