// The review layer: what ClinicalTrials.gov's reviewers would send back after submission
// (../shared/reference/prs-review-criteria.md: the protocol and the results sections). Each criterion is one rule in
// `rules/review/<name>.ts` with the reference's id; the engine runs them after the registry rules and
// reports them with the source `trial-record review`.
import { aeArithmetic } from './review/ae-arithmetic';
import { aeNotReported } from './review/ae-not-reported';
import { aeSeriousMixed } from './review/ae-serious-mixed';
import { aeThreshold } from './review/ae-threshold';
import { aeZeroAtRiskUnexplained } from './review/ae-zero-at-risk-unexplained';
import { analysisPopulationUnexplained } from './review/analysis-population-unexplained';
import { analysisPopulationZero } from './review/analysis-population-zero';
import { measureDispersionMissing } from './review/measure-dispersion-missing';
import { statAnalysisInconsistent } from './review/stat-analysis-inconsistent';
import { baselineFlowMismatch } from './review/baseline-flow-mismatch';
import { baselineMissingRequired } from './review/baseline-missing-required';
import { flowArithmetic } from './review/flow-arithmetic';
import { flowArmsDoubleCounted } from './review/flow-arms-double-counted';
import { flowEnrollmentMismatch } from './review/flow-enrollment-mismatch';
import { measureUnitInvalid } from './review/measure-unit-invalid';
import { measureUnitTitleMismatch } from './review/measure-unit-title-mismatch';
import { measureValueImplausible } from './review/measure-value-implausible';
import { abbreviationUndefined } from './review/abbreviation-undefined';
import { armTypeInconsistent } from './review/arm-type-inconsistent';
import { conditionsKeywordsQuality } from './review/conditions-keywords-quality';
import { contactInvalid } from './review/contact-invalid';
import { descriptionDuplicates } from './review/description-duplicates';
import { designTextInconsistent } from './review/design-text-inconsistent';
import { eligibilityDemographicsInconsistent } from './review/eligibility-demographics-inconsistent';
import { eligibilityMissing } from './review/eligibility-missing';
import { eligibilityStructure } from './review/eligibility-structure';
import { freeTextResults } from './review/free-text-results';
import { interventionDescriptionInsufficient } from './review/intervention-description-insufficient';
import { outcomeDuplicate } from './review/outcome-duplicate';
import { outcomeMultipleMeasures } from './review/outcome-multiple-measures';
import { outcomeTimeFrameAbbreviated } from './review/outcome-timeframe-abbreviated';
import { outcomeTimeFrameInconsistent } from './review/outcome-timeframe-inconsistent';
import { outcomeTimeFrameMissing } from './review/outcome-timeframe-missing';
import { outcomeTimeFrameMultiplePoints } from './review/outcome-timeframe-multiple-points';
import { outcomeTimeFrameNumeralOnly } from './review/outcome-timeframe-numeral-only';
import { outcomeTimeFrameVague } from './review/outcome-timeframe-vague';
import { outcomeTitleNonspecific } from './review/outcome-title-nonspecific';
import { outcomeUnderspecified } from './review/outcome-underspecified';
import { outcomeWording } from './review/outcome-wording';
import { paymentInfo } from './review/payment-info';
import { promotionalLanguage } from './review/promotional-language';
import { requiredForRegistration } from './review/required-for-registration';
import { titleAcronymField } from './review/title-acronym-field';
import type { RuleDefinition } from './ruleTypes';

/** Every review criterion's id starts with this. */
export const REVIEW_PREFIX = 'review/';

/** The review criteria, in the order the README lists them. */
export const REVIEW_RULES: readonly RuleDefinition[] = [
  // Outcome measures (prs-review-criteria.md "Outcome measures").
  outcomeTitleNonspecific,
  outcomeUnderspecified,
  outcomeWording,
  outcomeMultipleMeasures,
  abbreviationUndefined,
  outcomeTimeFrameMissing,
  outcomeTimeFrameNumeralOnly,
  outcomeTimeFrameVague,
  outcomeTimeFrameAbbreviated,
  outcomeTimeFrameMultiplePoints,
  outcomeTimeFrameInconsistent,
  outcomeDuplicate,
  // Titles, acronym, free text, eligibility, arms, interventions, design, conditions, contacts.
  titleAcronymField,
  freeTextResults,
  paymentInfo,
  promotionalLanguage,
  descriptionDuplicates,
  eligibilityMissing,
  eligibilityStructure,
  eligibilityDemographicsInconsistent,
  interventionDescriptionInsufficient,
  armTypeInconsistent,
  designTextInconsistent,
  conditionsKeywordsQuality,
  contactInvalid,
  // Submission readiness (fields the registry requires for registration).
  requiredForRegistration,
  // Results section: participant flow, baseline, units and values of measures.
  flowArithmetic,
  flowEnrollmentMismatch,
  flowArmsDoubleCounted,
  baselineFlowMismatch,
  baselineMissingRequired,
  measureUnitTitleMismatch,
  measureUnitInvalid,
  measureValueImplausible,
  // Results section: dispersion, analysis populations, statistical analyses, adverse events.
  measureDispersionMissing,
  analysisPopulationZero,
  analysisPopulationUnexplained,
  statAnalysisInconsistent,
  aeArithmetic,
  aeThreshold,
  aeZeroAtRiskUnexplained,
  aeNotReported,
  aeSeriousMixed,
];
