import { code, IDENTIFICATION, items } from '../ruleHelpers';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

/** R15: what `domain` holds for each secondary ID type (PRS upload schema). */
const DOMAIN_REQUIRED: Readonly<Record<string, string>> = {
  OTHER_GRANT: 'the funding organisation',
  REGISTRY: 'the registry\'s name',
  OTHER: 'a description of the identifier (who issued it)',
};

const DOMAIN_UNUSED = new Set(['NIH', 'EUDRACT_NUMBER']);

export const secondaryIdDomain: RuleDefinition = {
  id: 'ids/secondary-id-domain',
  title: 'Secondary ID description vs type',
  defaultSeverity: 'warning',
  basis: 'R15',
  confidence: 'verified',
  explanation: 'Grant, registry and other secondary IDs say who issued them (`domain`); NIH and EudraCT numbers do not.',
  documentation:
    'The secondary ID `domain` is the grantor for `OTHER_GRANT`, the registry name for `REGISTRY` and a free description for `OTHER`; it is not used for `NIH` grants or `EUDRACT_NUMBER`s ' +
    '(PRS upload schema). Without it an "other" number means nothing to a reader. Basis: R15; usage verified (S4), "required" unverified, hence a warning. ' +
    'Fix: add `domain`, or remove it for NIH and EudraCT numbers.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const [pointer] of items(context, `${IDENTIFICATION}/secondaryIdInfos`)) {
      const type = context.text(`${pointer}/type`);
      if (type === undefined) continue;
      const domainPointer = `${pointer}/domain`;
      const needed = DOMAIN_REQUIRED[type];
      if (needed && !context.has(domainPointer)) {
        findings.push({ pointer: `${pointer}/type`, target: 'value', message: `A ${code(type)} secondary ID needs \`domain\`: ${needed}.`, fix: { kind: 'insert-property', parentPointer: pointer, properties: ['domain'] } });
      } else if (DOMAIN_UNUSED.has(type) && context.has(domainPointer)) {
        findings.push({ pointer: domainPointer, target: 'key', message: `\`domain\` is not used for ${code(type)} secondary IDs.`, fix: { kind: 'remove-property', propertyPointer: domainPointer } });
      }
    }
    return findings;
  },
};
