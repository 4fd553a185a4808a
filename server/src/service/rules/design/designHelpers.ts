// Which design fields belong to which study type: shared by the `design/*` field rules.
import { heldToRequirement, type RegistryRequirement } from '../requirementDates';
import { code, missingField, withArticle } from '../ruleHelpers';
import type { RuleContext, RuleFinding } from '../ruleTypes';

export interface TypedField {
  readonly pointer: string;
  readonly name: string;
  /** Asked for only since a given day: a record from before it is not held to it (requirementDates.ts). */
  readonly requirement?: RegistryRequirement;
}

export const STUDY_TYPE_LABEL: Record<string, string> = {
  INTERVENTIONAL: 'an interventional',
  OBSERVATIONAL: 'an observational',
  EXPANDED_ACCESS: 'an expanded-access',
};

export function studyTypePhrase(studyType: string): string {
  return STUDY_TYPE_LABEL[studyType] ?? `a ${code(studyType)}`;
}

export function fieldsOnlyFor(context: RuleContext, allowedType: string, fields: readonly TypedField[], onlyWhat: string): RuleFinding[] {
  const studyType = context.studyType;
  if (studyType === undefined || studyType === allowedType) return [];
  const findings: RuleFinding[] = [];
  for (const field of fields) {
    if (context.value(field.pointer) === undefined) continue;
    findings.push({
      pointer: field.pointer,
      target: 'key',
      message: `The ${field.name} is for ${onlyWhat} studies only; this is ${studyTypePhrase(studyType)} study. Remove it or change \`studyType\`.`,
      fix: { kind: 'remove-property', propertyPointer: field.pointer },
    });
  }
  return findings;
}

export function missingFor(context: RuleContext, studyType: string, fields: readonly TypedField[], verb: string): RuleFinding[] {
  if (context.studyType !== studyType) return [];
  return fields
    .filter((field) => !context.has(field.pointer) && (!field.requirement || heldToRequirement(context, field.requirement)))
    .map((field) =>
      missingField(
        context,
        field.pointer,
        `${capitalize(studyTypePhrase(studyType))} study ${verb} ${withArticle(field.name)} (\`${field.pointer.slice(field.pointer.lastIndexOf('/') + 1)}\`).`,
      ),
    );
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
