import type { RuleContext, RuleDefinition, RuleFinding } from './ruleTypes';
import { ARMS, DESIGN, DESIGN_INFO, ELIGIBILITY, code, items, listPhrase, missingField, withArticle } from './ruleHelpers';

interface TypedField {
  readonly pointer: string;
  readonly name: string;
}

/** R5: fields PRS takes only for interventional studies ("include iff type==interventional", S4). Phases are checked by `design/phases`. */
const INTERVENTIONAL_ONLY: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/allocation`, name: 'allocation' },
  { pointer: `${DESIGN_INFO}/interventionModel`, name: 'intervention model' },
  { pointer: `${DESIGN_INFO}/interventionModelDescription`, name: 'intervention model description' },
  { pointer: `${DESIGN_INFO}/primaryPurpose`, name: 'primary purpose' },
  { pointer: `${DESIGN_INFO}/maskingInfo`, name: 'masking' },
];

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

/** R6/R7: required (PRS upload schema) and expected (PRS `*`, unverified) design fields per study type. */
const INTERVENTIONAL_REQUIRED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/primaryPurpose`, name: 'primary purpose' },
  { pointer: `${DESIGN_INFO}/allocation`, name: 'allocation' },
];
const INTERVENTIONAL_EXPECTED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/interventionModel`, name: 'intervention model' },
  { pointer: `${DESIGN_INFO}/maskingInfo/masking`, name: 'masking' },
  { pointer: `${DESIGN}/enrollmentInfo`, name: 'enrollment' },
];
const OBSERVATIONAL_REQUIRED: readonly TypedField[] = [
  { pointer: `${DESIGN_INFO}/observationalModel`, name: 'observational model' },
  { pointer: `${DESIGN_INFO}/timePerspective`, name: 'time perspective' },
];
const OBSERVATIONAL_EXPECTED: readonly TypedField[] = [
  { pointer: `${ELIGIBILITY}/studyPopulation`, name: 'study population description' },
  { pointer: `${ELIGIBILITY}/samplingMethod`, name: 'sampling method' },
];

const STUDY_TYPE_LABEL: Record<string, string> = {
  INTERVENTIONAL: 'an interventional',
  OBSERVATIONAL: 'an observational',
  EXPANDED_ACCESS: 'an expanded-access',
};

function studyTypePhrase(studyType: string): string {
  return STUDY_TYPE_LABEL[studyType] ?? `a ${code(studyType)}`;
}

function fieldsOnlyFor(context: RuleContext, allowedType: string, fields: readonly TypedField[], onlyWhat: string): RuleFinding[] {
  const studyType = context.studyType;
  if (studyType === undefined || studyType === allowedType) return [];
  const findings: RuleFinding[] = [];
  for (const field of fields) {
    if (context.value(field.pointer) === undefined) continue;
    findings.push({
      pointer: field.pointer,
      target: 'key',
      message: `The ${field.name} is for ${onlyWhat} studies only; this is ${studyTypePhrase(studyType)} study. Remove it or change \`studyType\`.`,
      fix: { kind: 'remove-property', pointer: field.pointer },
    });
  }
  return findings;
}

function missingFor(context: RuleContext, studyType: string, fields: readonly TypedField[], verb: string): RuleFinding[] {
  if (context.studyType !== studyType) return [];
  return fields
    .filter((field) => !context.has(field.pointer))
    .map((field) => missingField(context, field.pointer, `${capitalize(studyTypePhrase(studyType))} study ${verb} ${withArticle(field.name)} (\`${field.pointer.slice(field.pointer.lastIndexOf('/') + 1)}\`).`));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const interventionalOnlyFields: RuleDefinition = {
  id: 'design/interventional-only-field',
  title: 'Interventional-only field in another study type',
  defaultSeverity: 'error',
  basis: 'R5',
  confidence: 'verified',
  explanation: 'Allocation, intervention model, primary purpose, masking and arm types belong to interventional studies only.',
  documentation:
    'PRS collects allocation, intervention model (and its description), primary purpose, masking and the arm type only for interventional studies; ' +
    'the PRS upload schema says "include iff study type is interventional". An observational or expanded-access record that carries them is inconsistent. ' +
    'Basis: R5, verified in the PRS upload schema (S4). Fix: remove the field, or correct `designModule.studyType`.',
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
          fix: { kind: 'remove-property', pointer: typePointer },
        });
      }
    }
    return findings;
  },
};

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

export const interventionalRequired: RuleDefinition = {
  id: 'design/interventional-required',
  title: 'Interventional design incomplete',
  defaultSeverity: 'error',
  basis: 'R6',
  confidence: 'verified',
  explanation: 'An interventional study needs a primary purpose and an allocation.',
  documentation:
    'The PRS upload schema requires `primaryPurpose` and `allocation` in every interventional design (`NA` is the allocation of a single-group study). ' +
    'Phases are checked by `design/phases`. Basis: R6, verified in the PRS upload schema (S4). Fix: add the missing field under `designModule.designInfo`.',
  check: (context) => missingFor(context, 'INTERVENTIONAL', INTERVENTIONAL_REQUIRED, 'needs'),
};

export const interventionalExpected: RuleDefinition = {
  id: 'design/interventional-expected',
  title: 'Interventional design field missing',
  defaultSeverity: 'warning',
  basis: 'R6',
  confidence: 'unverified',
  explanation: 'An interventional study should state its intervention model, masking and enrollment.',
  documentation:
    'The PRS data element definitions mark the interventional study model, masking and enrollment as required (`*`), but that marking was not seen in a primary source, ' +
    'and the upload schema treats them as optional. Basis: R6, unverified, hence a warning. Fix: add `interventionModel`, `maskingInfo.masking` (use `NONE` for open label) and `enrollmentInfo`.',
  check: (context) => missingFor(context, 'INTERVENTIONAL', INTERVENTIONAL_EXPECTED, 'should state'),
};

export const observationalRequired: RuleDefinition = {
  id: 'design/observational-required',
  title: 'Observational design incomplete',
  defaultSeverity: 'error',
  basis: 'R7',
  confidence: 'verified',
  explanation: 'An observational study needs an observational model and a time perspective.',
  documentation:
    'The PRS upload schema requires the observational model and the time perspective in every observational design. ' +
    'It also requires biospecimen retention, but registered observational records routinely lack `bioSpec` in the API (all three real observational records in the test set do), ' +
    'so PRS evidently does not enforce it and this rule does not ask for it. Basis: R7, verified (S4). Fix: add the missing field under `designModule.designInfo`.',
  check: (context) => missingFor(context, 'OBSERVATIONAL', OBSERVATIONAL_REQUIRED, 'needs'),
};

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

/** The eight phase choices PRS offers, as v2 arrays (ctgov-model.md §3.1). */
const ALLOWED_PHASES: readonly string[] = ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE1,PHASE2', 'PHASE2', 'PHASE2,PHASE3', 'PHASE3', 'PHASE4'];
const PHASE_ORDER = ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4'];

export const phases: RuleDefinition = {
  id: 'design/phases',
  title: 'Phases do not fit the study type',
  defaultSeverity: 'error',
  basis: 'R10',
  confidence: 'verified',
  explanation: 'Interventional studies have one of the eight PRS phase choices (NA alone); observational and expanded-access studies have no phase.',
  documentation:
    'PRS offers one phase choice per interventional study: N/A, Early Phase 1, Phase 1, Phase 1/Phase 2, Phase 2, Phase 2/Phase 3, Phase 3 or Phase 4, so `phases` is one of ' +
    '`[NA]`, `[EARLY_PHASE1]`, `[PHASE1]`, `[PHASE1, PHASE2]`, `[PHASE2]`, `[PHASE2, PHASE3]`, `[PHASE3]`, `[PHASE4]`. `NA` (studies without phases, e.g. devices or behavioral) never combines with another phase. ' +
    'Since 2018 observational and expanded-access records carry no phase at all (absent, not `NA`). Basis: R10, verified (S4 choices, S5 2018 change note). ' +
    'Fix: pick one choice; remove `phases` from non-interventional records.',
  check(context) {
    const studyType = context.studyType;
    const pointer = `${DESIGN}/phases`;
    const value = context.value(pointer);
    if (studyType === 'OBSERVATIONAL' || studyType === 'EXPANDED_ACCESS') {
      if (value === undefined) return [];
      return [{ pointer, target: 'key', message: `${capitalize(studyTypePhrase(studyType))} study has no phase: remove \`phases\` (not even \`NA\`).`, fix: { kind: 'remove-property', pointer } }];
    }
    if (studyType !== 'INTERVENTIONAL') return [];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      return [missingField(context, pointer, 'An interventional study needs `phases`: one of the PRS choices, or `[NA]` for a study without phases (device, behavioral, …).', { value: ['NA'] })];
    }
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) return []; // shape: the schema's job
    const distinct = [...new Set(value)].sort((a, b) => PHASE_ORDER.indexOf(a) - PHASE_ORDER.indexOf(b));
    if (ALLOWED_PHASES.includes(distinct.join(','))) {
      if (distinct.length === value.length) return [];
      // Removing the repeat (not rewriting the list) keeps the other items' comments; one repeat per fix.
      const repeat = value.findIndex((phase, index) => value.indexOf(phase) < index);
      return [{ pointer, target: 'value', message: `\`${value[repeat]}\` is listed twice.`, fix: { kind: 'remove-item', pointer: `${pointer}/${repeat}` } }];
    }
    if (distinct.includes('NA')) {
      const withoutNa = distinct.filter((phase) => phase !== 'NA');
      const replacement = ALLOWED_PHASES.includes(withoutNa.join(',')) ? withoutNa : undefined;
      return [{
        pointer, target: 'value',
        message: `\`NA\` means the study has no phases; it cannot be combined with ${listPhrase(withoutNa.map(code))}.`,
        fix: replacement ? { kind: 'replace-value', pointer, replacement } : undefined,
      }];
    }
    return [{
      pointer, target: 'value',
      message: `${distinct.map(code).join(' + ')} is not a phase choice. Allowed: one phase, or the combinations \`PHASE1, PHASE2\` and \`PHASE2, PHASE3\`.`,
    }];
  },
};

export const bioSpecDescription: RuleDefinition = {
  id: 'design/biospec-description',
  title: 'Biospecimen description vs retention',
  defaultSeverity: 'warning',
  basis: 'R8',
  confidence: 'verified',
  explanation: 'A biospecimen description belongs with retained samples, and retained samples should be described.',
  documentation:
    'The PRS upload schema says to "specify [the biospecimen description] iff biospecimens are being retained". A description with `NONE_RETAINED`, or retained samples without a description, ' +
    'is inconsistent. Basis: R8, verified (S4). Fix: describe the retained samples (`designModule.bioSpec.description`), or remove the description when none are retained.',
  check(context) {
    const retention = context.text(`${DESIGN}/bioSpec/retention`);
    const descriptionPointer = `${DESIGN}/bioSpec/description`;
    if (retention === 'NONE_RETAINED' && context.has(descriptionPointer)) {
      return [{ pointer: descriptionPointer, target: 'key', message: 'No biospecimens are retained (`NONE_RETAINED`), so there is nothing to describe; remove the description or change the retention.', fix: { kind: 'remove-property', pointer: descriptionPointer } }];
    }
    if ((retention === 'SAMPLES_WITH_DNA' || retention === 'SAMPLES_WITHOUT_DNA') && !context.has(descriptionPointer)) {
      return [{ pointer: `${DESIGN}/bioSpec/retention`, target: 'key', message: 'Samples are retained: describe them (for example "whole blood, serum") in `bioSpec.description`.', fix: { kind: 'insert-property', pointer: `${DESIGN}/bioSpec`, property: 'description' } }];
    }
    return [];
  },
};

export const targetDuration: RuleDefinition = {
  id: 'design/target-duration',
  title: 'Target follow-up duration vs patient registry',
  defaultSeverity: 'warning',
  basis: 'R9',
  confidence: 'verified',
  explanation: 'A target follow-up duration is given for patient registries, and only for them.',
  documentation:
    'The PRS upload schema says to "specify target duration if [patient registry is] yes"; other studies have no target follow-up duration. ' +
    'Basis: R9, verified (S4). Fix: add `designModule.targetDuration` (e.g. `5 Years`) to a registry, or remove it / set `patientRegistry: true`.',
  check(context) {
    const registry = context.value(`${DESIGN}/patientRegistry`);
    const durationPointer = `${DESIGN}/targetDuration`;
    const hasDuration = context.has(durationPointer);
    if (registry === true && !hasDuration) {
      return [{ pointer: `${DESIGN}/patientRegistry`, target: 'key', message: 'A patient registry should give its target follow-up duration (`targetDuration`, e.g. `5 Years`).', fix: { kind: 'insert-property', pointer: DESIGN, property: 'targetDuration' } }];
    }
    if (registry !== true && hasDuration) {
      return [{ pointer: durationPointer, target: 'key', message: 'A target follow-up duration is only given for patient registries (`patientRegistry: true`).', fix: { kind: 'remove-property', pointer: durationPointer } }];
    }
    return [];
  },
};

export const STUDY_TYPE_RULES: readonly RuleDefinition[] = [
  interventionalOnlyFields,
  observationalOnlyFields,
  interventionalRequired,
  interventionalExpected,
  observationalRequired,
  observationalExpected,
  phases,
  bioSpecDescription,
  targetDuration,
];
