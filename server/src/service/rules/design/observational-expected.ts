import { ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import { STRUCTURED_DESIGN_REQUIREMENT } from '../requirementDates';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

const OBSERVATIONAL_EXPECTED: readonly TypedField[] = [
  { pointer: `${ELIGIBILITY}/studyPopulation`, name: 'study population description', requirement: STRUCTURED_DESIGN_REQUIREMENT },
  { pointer: `${ELIGIBILITY}/samplingMethod`, name: 'sampling method', requirement: STRUCTURED_DESIGN_REQUIREMENT },
];

export const observationalExpected: RuleDefinition = {
  id: 'design/observational-expected',
  title: 'Observational population missing',
  defaultSeverity: 'warning',
  basis: 'R7',
  confidence: 'verified',
  provenance:
    'R7 (S4 usage "specify iff observational", verified; whether PRS rejects a record without them is not known, hence a warning). ' +
    `Not asked of a study first submitted before ${STRUCTURED_DESIGN_REQUIREMENT.since}: ${STRUCTURED_DESIGN_REQUIREMENT.source} (NCT00001177, registered 1999, has neither).`,
  reference: protocolDefinition('Study Population Description and Sampling Method'),
  explanation: 'An observational study should describe its study population and sampling method.',
  documentation:
    'ClinicalTrials.gov asks observational studies for a study population description and a sampling method; ' +
    'they tell readers who is observed and how they were chosen. ' +
    'A study first submitted before January 18, 2017 is not asked for them. ' +
    'Fix: add `eligibilityModule.studyPopulation` (e.g. `Adults treated for type 2 diabetes at the study clinics`) ' +
    'and `eligibilityModule.samplingMethod` (`PROBABILITY_SAMPLE` or `NON_PROBABILITY_SAMPLE`).',
  check: (context) => missingFor(context, 'OBSERVATIONAL', OBSERVATIONAL_EXPECTED, 'should state'),
};
