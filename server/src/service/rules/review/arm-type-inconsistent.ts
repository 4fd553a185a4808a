import { links } from '../arms/armsHelpers';
import { code, fieldText } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleContext, RuleDefinition, RuleFinding } from '../ruleTypes';
import { scanned } from './textHelpers';

/** Words that say an arm's intervention is inactive. */
const INACTIVE_WORDS =
  /\b(?:placebos?|sham|vehicle|dummy|matching|matched|inactive|simulated|mock|saline)\b|\b(?:no|without(?: the| an?)?|non-?)[ \t]active\b/i;

const COMPARATOR_TYPES = new Set(['PLACEBO_COMPARATOR', 'SHAM_COMPARATOR']);

export const armTypeInconsistent: RuleDefinition = {
  id: 'review/arm-type-inconsistent',
  title: 'Arm type disagrees with its interventions',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'unverified',
  provenance:
    'ctgov-model.md §6 (Major comment: information inconsistent with other parts of the record). prs-review-criteria.md `review/arm-type-inconsistent` (❓ inferred from [MC]). The `NO_INTERVENTION` half is mechanical, the placebo/sham half a text heuristic; a warning.',
  reference: protocolDefinition('Arm Type and Interventions'),
  explanation: 'A `NO_INTERVENTION` arm lists no interventions; a placebo or sham comparator arm mentions its placebo or sham.',
  documentation:
    'The arm type tells readers what the arm receives. A `No Intervention` arm receives none, so it should not be linked to interventions; ' +
    'a `Placebo Comparator` or `Sham Comparator` arm receives a placebo or sham, so its description or its interventions should say so ("matching placebo tablets", "sham procedure"). ' +
    'Fix: correct the arm type (`ACTIVE_COMPARATOR`, `EXPERIMENTAL`, `OTHER`…), or remove the interventions from the no-intervention arm, or name the placebo or sham.',
  check(context) {
    const findings: RuleFinding[] = [];
    const { arms, interventions } = links(context);
    for (const arm of arms) {
      const label = arm.label ? `The arm ${code(arm.label)}` : 'This arm';
      if (arm.type === 'NO_INTERVENTION' && arm.interventionNames.length > 0) {
        findings.push({
          pointer: `${arm.pointer}/type`,
          target: 'value',
          message: `${label} is \`NO_INTERVENTION\` but lists interventions (${code(arm.interventionNames[0][1])}). Remove them, or give the arm the type that fits what it receives.`,
        });
      }
      if (arm.type === undefined || !COMPARATOR_TYPES.has(arm.type)) continue;
      const linked = interventions.filter(
        (intervention) =>
          arm.interventionNames.some(([, reference]) => reference === intervention.reference) ||
          intervention.armGroupLabels.some(([, armLabel]) => armLabel === arm.label),
      );
      const texts = [arm.label ?? '', armDescription(context, arm.pointer), ...arm.interventionNames.map(([, name]) => name)];
      for (const intervention of linked) texts.push(intervention.name ?? '', interventionDescription(context, intervention.pointer));
      if (texts.some((text) => INACTIVE_WORDS.test(scanned(text)))) continue;
      const what = arm.type === 'SHAM_COMPARATOR' ? 'sham' : 'placebo';
      findings.push({
        pointer: `${arm.pointer}/type`,
        target: 'value',
        message:
          `${label} is \`${arm.type}\` but appears to receive no ${what}: neither its description nor its interventions mention one. ` +
          `Name the ${what} it receives, or use \`ACTIVE_COMPARATOR\` or \`OTHER\` for a comparator that is not a ${what}.`,
      });
    }
    return findings;
  },
};

function armDescription(context: RuleContext, pointer: string): string {
  return context.text(`${pointer}/description`) ?? '';
}

function interventionDescription(context: RuleContext, pointer: string): string {
  return fieldText(context.value(pointer) ?? null, 'description') ?? '';
}
