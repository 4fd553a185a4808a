import { ELIGIBILITY } from '../ruleHelpers';
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
  explanation: 'An observational study should describe its study population and sampling method.',
  documentation:
    'PRS asks for the study population description and the sampling method of observational studies ("specify iff observational"); they tell readers who is observed and how they were chosen. ' +
    'Basis: R7 (S4 usage, verified; whether PRS rejects a record without them is not known, hence a warning). Fix: add `eligibilityModule.studyPopulation` and `eligibilityModule.samplingMethod`.',
  check: (context) => missingFor(context, 'OBSERVATIONAL', OBSERVATIONAL_EXPECTED, 'should state'),
};
