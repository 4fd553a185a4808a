import { DESIGN } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const bioSpecDescription: RuleDefinition = {
  id: 'design/biospec-description',
  title: 'Biospecimen description vs retention',
  defaultSeverity: 'warning',
  basis: 'R8',
  confidence: 'verified',
  provenance:
    'R8, verified (S4: the PRS upload schema says to "specify [the biospecimen description] iff biospecimens are being retained").',
  reference: protocolDefinition('Biospecimen Retention and Biospecimen Description'),
  explanation: 'A biospecimen description belongs with retained samples, and retained samples should be described.',
  documentation:
    'ClinicalTrials.gov asks for a biospecimen description if, and only if, samples are retained; ' +
    'it says which samples are kept (e.g. `Whole blood and serum`). ' +
    'A description with `NONE_RETAINED`, or retained samples without a description, is inconsistent. ' +
    'Fix: describe the retained samples (`designModule.bioSpec.description`), or remove the description when none are retained.',
  check(context) {
    const retention = context.text(`${DESIGN}/bioSpec/retention`);
    const descriptionPointer = `${DESIGN}/bioSpec/description`;
    if (retention === 'NONE_RETAINED' && context.has(descriptionPointer)) {
      return [
        {
          pointer: descriptionPointer,
          target: 'key',
          message:
            'No biospecimens are retained (`NONE_RETAINED`), so there is nothing to describe; remove the description or change the retention.',
          fix: { kind: 'remove-property', propertyPointer: descriptionPointer },
        },
      ];
    }
    if ((retention === 'SAMPLES_WITH_DNA' || retention === 'SAMPLES_WITHOUT_DNA') && !context.has(descriptionPointer)) {
      return [
        {
          pointer: `${DESIGN}/bioSpec/retention`,
          target: 'key',
          message: 'Samples are retained: describe them (for example "whole blood, serum") in `bioSpec.description`.',
          fix: { kind: 'insert-property', parentPointer: `${DESIGN}/bioSpec`, properties: ['description'] },
        },
      ];
    }
    return [];
  },
};
