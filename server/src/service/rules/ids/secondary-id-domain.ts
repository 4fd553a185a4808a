import { code, IDENTIFICATION, items } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

/** R15: what `domain` holds for each secondary ID type (PRS upload schema). */
const DOMAIN_REQUIRED: Readonly<Record<string, string>> = {
  OTHER_GRANT: 'the funding organisation',
  REGISTRY: "the registry's name",
  OTHER: 'a description of the identifier (who issued it)',
};

const DOMAIN_UNUSED = new Set(['NIH', 'EUDRACT_NUMBER']);

export const secondaryIdDomain: RuleDefinition = {
  id: 'ids/secondary-id-domain',
  title: 'Secondary ID description vs type',
  defaultSeverity: 'warning',
  basis: 'R15',
  confidence: 'verified',
  provenance: 'R15; usage verified (S4, the PRS upload schema), "required" unverified, hence a warning.',
  reference: protocolDefinition('Secondary IDs'),
  explanation: 'Grant, registry and other secondary IDs say who issued them (`domain`); NIH and EudraCT numbers do not.',
  documentation:
    "A secondary ID's `domain` says who issued it: the grantor for `OTHER_GRANT`, the registry's name for `REGISTRY` and a short description for `OTHER`; " +
    'it is not used for `NIH` grants or `EUDRACT_NUMBER`s. Without it an "other" number means nothing to a reader. ' +
    'Fix: add `domain` (e.g. `Wellcome Trust`), or remove it for NIH and EudraCT numbers.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const [pointer] of items(context, `${IDENTIFICATION}/secondaryIdInfos`)) {
      const type = context.text(`${pointer}/type`);
      if (type === undefined) continue;
      const domainPointer = `${pointer}/domain`;
      const needed = DOMAIN_REQUIRED[type];
      if (needed && !context.has(domainPointer)) {
        findings.push({
          pointer: `${pointer}/type`,
          target: 'value',
          message: `A ${code(type)} secondary ID needs \`domain\`: ${needed}.`,
          fix: { kind: 'insert-property', parentPointer: pointer, properties: ['domain'] },
        });
      } else if (DOMAIN_UNUSED.has(type) && context.has(domainPointer)) {
        findings.push({
          pointer: domainPointer,
          target: 'key',
          message: `\`domain\` is not used for ${code(type)} secondary IDs.`,
          fix: { kind: 'remove-property', propertyPointer: domainPointer },
        });
      }
    }
    return findings;
  },
};
