import { DESIGN, DESIGN_INFO, ELIGIBILITY } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';
import { fieldsOnlyFor, type TypedField } from './designHelpers';

/** R5: fields PRS takes only for observational studies. */
const OBSERVATIONAL_ONLY: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/observationalModel`, name: 'observational model' },
  { pointer: `${DESIGN_INFO}/timePerspective`, name: 'time perspective' },
  { pointer: `${DESIGN}/bioSpec`, name: 'biospecimen retention' },
  { pointer: `${DESIGN}/patientRegistry`, name: 'patient registry' },
  { pointer: `${DESIGN}/targetDuration`, name: 'target follow-up duration' },
  { pointer: `${ELIGIBILITY}/studyPopulation`, name: 'study population' },
  { pointer: `${ELIGIBILITY}/samplingMethod`, name: 'sampling method' },
];

export const observationalOnlyFields: RuleDefinition = {
  id: 'design/observational-only-field',
  title: 'Observational-only field in another study type',
  defaultSeverity: 'error',
  basis: 'R5',
  confidence: 'verified',
  explanation: 'Observational model, time perspective, biospecimens, patient registry, target duration, study population and sampling method belong to observational studies only.',
  documentation:
    'PRS collects the observational model, time perspective, biospecimen retention, patient-registry flag, target follow-up duration, study population and sampling method ' +
    'only for observational studies ("specify iff observational" in the PRS upload schema). ' +
    'Basis: R5, verified in the PRS upload schema (S4). Fix: remove the field, or correct `designModule.studyType`.',
  check: (context) => fieldsOnlyFor(context, 'OBSERVATIONAL', OBSERVATIONAL_ONLY, 'observational'),
};
