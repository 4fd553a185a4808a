import { code, DESIGN_INFO, missingField } from '../ruleHelpers';
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
  explanation: 'The masking level counts the masked roles: `NONE` has none, `SINGLE` one, … `QUADRUPLE` all four.',
  documentation:
    'PRS records masking as four yes/no roles (participant, care provider, investigator, outcomes assessor) and "no masking" means all four are no; the API level ' +
    '(`NONE`, `SINGLE`, `DOUBLE`, `TRIPLE`, `QUADRUPLE`) is the number of roles masked, as every registry label shows ("Double (Participant, Investigator)"). ' +
    'Basis: R11; `NONE` ⇔ no roles is verified (S4), the count rule is inferred. Fix: the quick fix sets the level that matches the listed roles; or correct `whoMasked`.',
  check(context) {
    const level = context.text(MASKING);
    if (level === undefined || !MASKING_LEVELS.includes(level)) return [];
    const roles = new Set(context.list(WHO_MASKED).filter((role): role is string => typeof role === 'string'));
    const expected = MASKING_LEVELS.indexOf(level);
    if (roles.size === expected) return [];
    const matching = MASKING_LEVELS[Math.min(roles.size, 4)];
    if (level === 'NONE') {
      return [{
        pointer: WHO_MASKED, target: 'key',
        message: `Masking is \`NONE\` (open label), yet ${roles.size} role${roles.size === 1 ? ' is' : 's are'} listed as masked. Remove \`whoMasked\`, or set the masking to ${code(matching)}.`,
        fix: { kind: 'replace-value', valuePointer: MASKING, replacement: matching },
      }];
    }
    if (roles.size === 0) {
      return [missingField(context, WHO_MASKED, `Masking is ${code(level)}: list the ${expected} masked role${expected === 1 ? '' : 's'} in \`whoMasked\` (participant, care provider, investigator, outcomes assessor).`)]
        .map((finding) => ({ ...finding, pointer: MASKING, target: 'value' as const }));
    }
    return [{
      pointer: MASKING, target: 'value',
      message: `Masking ${code(level)} means ${expected} masked role${expected === 1 ? '' : 's'}, but \`whoMasked\` lists ${roles.size}. The matching level is ${code(matching)}.`,
      fix: { kind: 'replace-value', valuePointer: MASKING, replacement: matching },
    }];
  },
};
