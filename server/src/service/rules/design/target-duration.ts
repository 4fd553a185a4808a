import { DESIGN } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const targetDuration: RuleDefinition = {
  id: 'design/target-duration',
  title: 'Target follow-up duration vs patient registry',
  defaultSeverity: 'warning',
  basis: 'R9',
  confidence: 'verified',
  provenance: 'R9, verified (S4: the PRS upload schema says to "specify target duration if [patient registry is] yes").',
  reference: protocolDefinition('Patient Registry and Target Follow-up Duration'),
  explanation: 'A target follow-up duration is given for patient registries, and only for them.',
  documentation:
    'A patient registry says how long each participant is to be followed, its target follow-up duration (e.g. `5 Years`); ' +
    'ClinicalTrials.gov asks for it when the study is a patient registry, and other studies have none. ' +
    'Fix: add `designModule.targetDuration` to a registry, or remove it / set `patientRegistry: true`.',
  check(context) {
    const registry = context.value(`${DESIGN}/patientRegistry`);
    const durationPointer = `${DESIGN}/targetDuration`;
    const hasDuration = context.has(durationPointer);
    if (registry === true && !hasDuration) {
      return [
        {
          pointer: `${DESIGN}/patientRegistry`,
          target: 'key',
          message: 'A patient registry should give its target follow-up duration (`targetDuration`, e.g. `5 Years`).',
          fix: { kind: 'insert-property', parentPointer: DESIGN, properties: ['targetDuration'] },
        },
      ];
    }
    if (registry !== true && hasDuration) {
      return [
        {
          pointer: durationPointer,
          target: 'key',
          message: 'A target follow-up duration is only given for patient registries (`patientRegistry: true`).',
          fix: { kind: 'remove-property', propertyPointer: durationPointer },
        },
      ];
    }
    return [];
  },
};
