import { DESIGN, DESIGN_INFO } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import { STRUCTURED_DESIGN_REQUIREMENT } from '../requirementDates';
import type { RuleDefinition } from '../ruleTypes';
import { missingFor, type TypedField } from './designHelpers';

const INTERVENTIONAL_EXPECTED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/interventionModel`, name: 'intervention model', requirement: STRUCTURED_DESIGN_REQUIREMENT },
  { pointer: `${DESIGN_INFO}/maskingInfo/masking`, name: 'masking', requirement: STRUCTURED_DESIGN_REQUIREMENT },
  { pointer: `${DESIGN}/enrollmentInfo`, name: 'enrollment' },
];

export const interventionalExpected: RuleDefinition = {
  id: 'design/interventional-expected',
  title: 'Interventional design field missing',
  defaultSeverity: 'warning',
  basis: 'R6',
  confidence: 'unverified',
  provenance:
    'R6, unverified: the PRS data element definitions mark them required (`*`), but that marking was not seen in a primary source, and the upload schema (S4) ' +
    'treats them as optional, hence a warning. ' +
    `The model and masking are not asked of a study first submitted before ${STRUCTURED_DESIGN_REQUIREMENT.since}: ${STRUCTURED_DESIGN_REQUIREMENT.source}; enrollment is asked of every study.`,
  reference: protocolDefinition('Interventional Study Model, Masking and Enrollment'),
  explanation: 'An interventional study should state its intervention model, masking and enrollment.',
  documentation:
    "ClinicalTrials.gov's definitions ask every interventional study for its study model, its masking and its enrollment; " +
    'readers need them to see how the trial is run. ' +
    'A study first submitted before January 18, 2017, when the registry began to record the design as structured fields, is not asked for the model and masking. ' +
    'Fix: add `interventionModel` (e.g. `PARALLEL`), `maskingInfo.masking` (use `NONE` for open label) ' +
    'and `enrollmentInfo` (count and type).',
  check: (context) => missingFor(context, 'INTERVENTIONAL', INTERVENTIONAL_EXPECTED, 'should state'),
};
