import { code, SPONSOR } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

const RESPONSIBLE_PARTY = `${SPONSOR}/responsibleParty`;

const INVESTIGATOR_FIELDS = ['investigatorFullName', 'investigatorTitle', 'investigatorAffiliation'] as const;

const INVESTIGATOR_TYPES = new Set(['PRINCIPAL_INVESTIGATOR', 'SPONSOR_INVESTIGATOR']);

export const responsiblePartyInvestigator: RuleDefinition = {
  id: 'sponsor/responsible-party-investigator',
  title: 'Responsible-party investigator fields vs type',
  defaultSeverity: 'warning',
  basis: 'R14',
  confidence: 'verified',
  provenance:
    'R14; ' +
    '"used only then" is verified (S4, the PRS upload schema), "required then" is not, so the rule is a warning rather than the error the notes suggest.',
  reference: protocolDefinition('Responsible Party'),
  explanation: 'Investigator name, title and affiliation are given when, and only when, the responsible party is an investigator.',
  documentation:
    'When the responsible party is the principal investigator or a sponsor-investigator, the record names that investigator (full name, official title, affiliation); ' +
    'when it is the sponsor, the investigator fields are not used. ' +
    'Fix: add the missing investigator fields, or remove them / correct `responsibleParty.type`.',
  check(context) {
    const type = context.text(`${RESPONSIBLE_PARTY}/type`);
    if (type === undefined) return [];
    const findings: RuleFinding[] = [];
    if (INVESTIGATOR_TYPES.has(type)) {
      const missing = INVESTIGATOR_FIELDS.filter((field) => !context.has(`${RESPONSIBLE_PARTY}/${field}`));
      if (missing.length > 0) {
        findings.push({
          pointer: `${RESPONSIBLE_PARTY}/type`,
          target: 'value',
          message: `The responsible party is an investigator (${code(type)}): give ${missing.map((field) => `\`${field}\``).join(', ')}.`,
          fix: { kind: 'insert-property', parentPointer: RESPONSIBLE_PARTY, properties: missing },
        });
      }
    } else {
      for (const field of INVESTIGATOR_FIELDS) {
        const pointer = `${RESPONSIBLE_PARTY}/${field}`;
        if (!context.has(pointer)) continue;
        findings.push({
          pointer,
          target: 'key',
          message: `The responsible party is ${code(type)}, not an investigator, so \`${field}\` is not used.`,
          fix: { kind: 'remove-property', propertyPointer: pointer },
        });
      }
    }
    return findings;
  },
};
