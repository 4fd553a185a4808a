import { ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

const OBSERVATIONAL_EXPECTED: readonly TypedField[] = [
  { pointer: `${ELIGIBILITY}/studyPopulation`, name: 'study population description' },
  { pointer: `${ELIGIBILITY}/samplingMethod`, name: 'sampling method' },
];

export const observationalExpected: RuleDefinition = {
  id: 'design/observational-expected',
  title: 'Observational population missing',
  defaultSeverity: 'warning',
  basis: 'R7',
  confidence: 'verified',
  provenance:
    'R7 (S4 usage "specify iff observational", verified; whether PRS rejects a record without them is not known, hence a warning).',
  reference: protocolDefinition('Study Population Description and Sampling Method'),
  explanation: 'An observational study should describe its study population and sampling method.',
  documentation:
    'ClinicalTrials.gov asks observational studies for a study population description and a sampling method; ' +
    'they tell readers who is observed and how they were chosen. ' +
    'Fix: add `eligibilityModule.studyPopulation` (e.g. `Adults treated for type 2 diabetes at the study clinics`) ' +
    'and `eligibilityModule.samplingMethod` (`PROBABILITY_SAMPLE` or `NON_PROBABILITY_SAMPLE`).',
  check: (context) => missingFor(context, 'OBSERVATIONAL', OBSERVATIONAL_EXPECTED, 'should state'),
};
