import { code, DESIGN_INFO, missingField } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import { heldToRequirement, STRUCTURED_DESIGN_REQUIREMENT } from '../requirementDates';
import type { RuleDefinition } from '../ruleTypes';

/** Masking level by number of roles masked: NONE = 0 … QUADRUPLE = 4 (R11). */
export const MASKING_LEVELS: readonly string[] = ['NONE', 'SINGLE', 'DOUBLE', 'TRIPLE', 'QUADRUPLE'];

const MASKING = `${DESIGN_INFO}/maskingInfo/masking`;

const WHO_MASKED = `${DESIGN_INFO}/maskingInfo/whoMasked`;

export const maskingWhoMasked: RuleDefinition = {
  id: 'design/masking-who-masked',
  title: 'Masking level and masked roles disagree',
  defaultSeverity: 'warning',
  basis: 'R11',
  confidence: 'verified',
  provenance:
    "R11; `NONE` ⇔ no roles is verified (S4), the count rule is inferred from the registry's labels. " +
    'The masked roles became four structured flags in the PRS upload schema, where the older single masking element is deprecated (S4); before that a label such as "Double Blind" could stand alone. ' +
    `So a masked study without roles is not flagged when first submitted before ${STRUCTURED_DESIGN_REQUIREMENT.since}: ${STRUCTURED_DESIGN_REQUIREMENT.source}.`,
  reference: protocolDefinition('Masking'),
  explanation: 'The masking level counts the masked roles: `NONE` has none, `SINGLE` one, … `QUADRUPLE` all four.',
  documentation:
    'ClinicalTrials.gov records masking as four roles that may be masked (participant, care provider, investigator, outcomes assessor); ' +
    'no masking means none of them is. The level (`NONE`, `SINGLE`, `DOUBLE`, `TRIPLE`, `QUADRUPLE`) ' +
    'is the number of roles masked, as the registry\'s display shows ("Double (Participant, Investigator)"). ' +
    'A study first submitted before January 18, 2017 may give a masking level without roles (the registry did not record them separately then). ' +
    'Fix: the quick fix sets the level that matches the listed roles; or correct `whoMasked`.',
  check(context) {
    const level = context.text(MASKING);
    if (level === undefined || !MASKING_LEVELS.includes(level)) return [];
    const roles = new Set(context.list(WHO_MASKED).filter((role): role is string => typeof role === 'string'));
    const expected = MASKING_LEVELS.indexOf(level);
    if (roles.size === expected) return [];
    const matching = MASKING_LEVELS[Math.min(roles.size, 4)];
    if (level === 'NONE') {
      return [
        {
          pointer: WHO_MASKED,
          target: 'key',
          message: `Masking is \`NONE\` (open label), yet ${roles.size} role${roles.size === 1 ? ' is' : 's are'} listed as masked. Remove \`whoMasked\`, or set the masking to ${code(matching)}.`,
          fix: { kind: 'replace-value', valuePointer: MASKING, replacement: matching },
        },
      ];
    }
    if (roles.size === 0) {
      if (!heldToRequirement(context, STRUCTURED_DESIGN_REQUIREMENT)) return [];
      return [
        missingField(
          context,
          WHO_MASKED,
          `Masking is ${code(level)}: list the ${expected} masked role${expected === 1 ? '' : 's'} in \`whoMasked\` (participant, care provider, investigator, outcomes assessor).`,
        ),
      ].map((finding) => ({ ...finding, pointer: MASKING, target: 'value' as const }));
    }
    return [
      {
        pointer: MASKING,
        target: 'value',
        message: `Masking ${code(level)} means ${expected} masked role${expected === 1 ? '' : 's'}, but \`whoMasked\` lists ${roles.size}. The matching level is ${code(matching)}.`,
        fix: { kind: 'replace-value', valuePointer: MASKING, replacement: matching },
      },
    ];
  },
};
