import { code, DESIGN, listPhrase, missingField } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { capitalize, studyTypePhrase } from './designHelpers';

/** The eight phase choices PRS offers, as v2 arrays (ctgov-model.md §3.1). */
const ALLOWED_PHASES: readonly string[] = ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE1,PHASE2', 'PHASE2', 'PHASE2,PHASE3', 'PHASE3', 'PHASE4'];

const PHASE_ORDER = ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4'];

export const phases: RuleDefinition = {
  id: 'design/phases',
  title: 'Phases do not fit the study type',
  defaultSeverity: 'error',
  basis: 'R10',
  confidence: 'verified',
  provenance:
    'R10, verified (S4 choices, S5 2018 change note: no phase on observational and expanded-access records since 2018; ' +
    'S8 for the meaning of N/A).',
  reference: protocolDefinition('Study Phase'),
  explanation:
    'Interventional studies have one of the eight PRS phase choices (NA alone); observational and expanded-access studies have no phase.',
  documentation:
    'ClinicalTrials.gov offers one phase choice per interventional study: N/A, Early Phase 1, Phase 1, Phase 1/Phase 2, Phase 2, Phase 2/Phase 3, Phase 3 or Phase 4, so `phases` is one of `[NA]`, `[EARLY_PHASE1]`, `[PHASE1]`, `[PHASE1, PHASE2]`, `[PHASE2]`, `[PHASE2, PHASE3]`, `[PHASE3]`, `[PHASE4]`. ' +
    '`NA` (studies without phases, e.g. devices or behavioral) never combines with another phase. ' +
    'Observational and expanded-access studies have no phase at all: leave `phases` out rather than writing `NA`. ' +
    'Fix: pick one choice; remove `phases` from non-interventional records.',
  check(context) {
    const studyType = context.studyType;
    const pointer = `${DESIGN}/phases`;
    const value = context.value(pointer);
    if (studyType === 'OBSERVATIONAL' || studyType === 'EXPANDED_ACCESS') {
      if (value === undefined) return [];
      return [
        {
          pointer,
          target: 'key',
          message: `${capitalize(studyTypePhrase(studyType))} study has no phase: remove \`phases\` (not even \`NA\`).`,
          fix: { kind: 'remove-property', propertyPointer: pointer },
        },
      ];
    }
    if (studyType !== 'INTERVENTIONAL') return [];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      return [
        missingField(
          context,
          pointer,
          'An interventional study needs `phases`: one of the PRS choices, or `[NA]` for a study without phases (device, behavioral, …).',
          ['NA'],
        ),
      ];
    }
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) return []; // shape: the schema's job
    const distinct = [...new Set(value)].sort((a, b) => PHASE_ORDER.indexOf(a) - PHASE_ORDER.indexOf(b));
    if (ALLOWED_PHASES.includes(distinct.join(','))) {
      if (distinct.length === value.length) return [];
      // Removing the repeat (not rewriting the list) keeps the other items' comments; one repeat per fix.
      const repeat = value.findIndex((phase, index) => value.indexOf(phase) < index);
      return [
        {
          pointer,
          target: 'value',
          message: `\`${value[repeat]}\` is listed twice.`,
          fix: { kind: 'remove-item', itemPointer: `${pointer}/${repeat}` },
        },
      ];
    }
    if (distinct.includes('NA')) {
      const withoutNa = distinct.filter((phase) => phase !== 'NA');
      const replacement = ALLOWED_PHASES.includes(withoutNa.join(',')) ? withoutNa : undefined;
      return [
        {
          pointer,
          target: 'value',
          message: `\`NA\` means the study has no phases; it cannot be combined with ${listPhrase(withoutNa.map(code))}.`,
          fix: replacement ? { kind: 'replace-value', valuePointer: pointer, replacement } : undefined,
        },
      ];
    }
    return [
      {
        pointer,
        target: 'value',
        message: `${distinct.map(code).join(' + ')} is not a phase choice. Allowed: one phase, or the combinations \`PHASE1, PHASE2\` and \`PHASE2, PHASE3\`.`,
      },
    ];
  },
};
