import { ARMS, DESIGN_INFO, items } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { fieldsOnlyFor, studyTypePhrase, type TypedField } from './designHelpers';

/** R5: fields PRS takes only for interventional studies ("include iff type==interventional", S4). Phases are checked by `design/phases`. */
const INTERVENTIONAL_ONLY: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/allocation`, name: 'allocation' },
  { pointer: `${DESIGN_INFO}/interventionModel`, name: 'intervention model' },
  { pointer: `${DESIGN_INFO}/interventionModelDescription`, name: 'intervention model description' },
  { pointer: `${DESIGN_INFO}/primaryPurpose`, name: 'primary purpose' },
  { pointer: `${DESIGN_INFO}/maskingInfo`, name: 'masking' },
];

export const interventionalOnlyFields: RuleDefinition = {
  id: 'design/interventional-only-field',
  title: 'Interventional-only field in another study type',
  defaultSeverity: 'error',
  basis: 'R5',
  confidence: 'verified',
  provenance: 'R5, verified in the PRS upload schema (S4: "include iff study type is interventional").',
  reference: protocolDefinition('Study Type'),
  explanation: 'Allocation, intervention model, primary purpose, masking and arm types belong to interventional studies only.',
  documentation:
    'Allocation, intervention model (and its description), primary purpose, masking and the arm type describe interventional studies; ' +
    'ClinicalTrials.gov collects them only when the study type is interventional. ' +
    'An observational or expanded-access record that carries them is inconsistent. ' +
    'Fix: remove the field, or correct `designModule.studyType`.',
  check(context) {
    const findings = fieldsOnlyFor(context, 'INTERVENTIONAL', INTERVENTIONAL_ONLY, 'interventional');
    const studyType = context.studyType;
    if (studyType !== undefined && studyType !== 'INTERVENTIONAL') {
      for (const [armPointer] of items(context, `${ARMS}/armGroups`)) {
        const typePointer = `${armPointer}/type`;
        if (context.value(typePointer) === undefined) continue;
        findings.push({
          pointer: typePointer,
          target: 'key',
          message: `Arm types (experimental, placebo comparator, …) are for interventional studies; in ${studyTypePhrase(studyType)} study a group has a label and description only.`,
          fix: { kind: 'remove-property', propertyPointer: typePointer },
        });
      }
    }
    return findings;
  },
};
