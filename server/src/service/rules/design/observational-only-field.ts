import { DESIGN, DESIGN_INFO, ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
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
  provenance: 'R5, verified in the PRS upload schema (S4: "specify iff observational").',
  reference: protocolDefinition('Study Type'),
  explanation:
    'Observational model, time perspective, biospecimens, patient registry, target duration, study population and sampling method belong to observational studies only.',
  documentation:
    'The observational model, time perspective, biospecimen retention, patient-registry flag, target follow-up duration, study population and sampling method describe observational studies; ' +
    'ClinicalTrials.gov collects them only when the study type is observational. ' +
    'Fix: remove the field, or correct `designModule.studyType`.',
  check: (context) => fieldsOnlyFor(context, 'OBSERVATIONAL', OBSERVATIONAL_ONLY, 'observational'),
};
