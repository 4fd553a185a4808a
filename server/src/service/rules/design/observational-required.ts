import { DESIGN_INFO } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import { STRUCTURED_DESIGN_REQUIREMENT } from '../requirementDates';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

const OBSERVATIONAL_REQUIRED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/observationalModel`, name: 'observational model', requirement: STRUCTURED_DESIGN_REQUIREMENT },
  { pointer: `${DESIGN_INFO}/timePerspective`, name: 'time perspective', requirement: STRUCTURED_DESIGN_REQUIREMENT },
];

export const observationalRequired: RuleDefinition = {
  id: 'design/observational-required',
  title: 'Observational design incomplete',
  defaultSeverity: 'error',
  basis: 'R7',
  confidence: 'verified',
  provenance:
    'R7, verified (S4). ' +
    'The upload schema also requires biospecimen retention, but registered observational records routinely lack `bioSpec` in the API (all three real observational records in the test set do), so PRS evidently does not enforce it and this rule does not ask for it. ' +
    `Not asked of a study first submitted before ${STRUCTURED_DESIGN_REQUIREMENT.since}: ${STRUCTURED_DESIGN_REQUIREMENT.source}.`,
  reference: protocolDefinition('Observational Study Model and Time Perspective'),
  explanation: 'An observational study needs an observational model and a time perspective.',
  documentation:
    'Every observational study states its observational model (e.g. `COHORT`, `CASE_CONTROL`) ' +
    'and its time perspective (e.g. `PROSPECTIVE`, `RETROSPECTIVE`); ClinicalTrials.gov requires both. ' +
    'A study first submitted before January 18, 2017, when the registry began to record the design as structured fields, is not asked for them. ' +
    'Fix: add the missing field under `designModule.designInfo`.',
  check: (context) => missingFor(context, 'OBSERVATIONAL', OBSERVATIONAL_REQUIRED, 'needs'),
};
