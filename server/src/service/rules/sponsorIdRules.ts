import { parsePartialDate } from './partialDate';
import type { RuleDefinition, RuleFinding } from './ruleTypes';
import { IDENTIFICATION, SPONSOR, STATUS, code, items, missingField } from './ruleHelpers';

const RESPONSIBLE_PARTY = `${SPONSOR}/responsibleParty`;
const INVESTIGATOR_FIELDS = ['investigatorFullName', 'investigatorTitle', 'investigatorAffiliation'] as const;
const INVESTIGATOR_TYPES = new Set(['PRINCIPAL_INVESTIGATOR', 'SPONSOR_INVESTIGATOR']);

export const responsiblePartyInvestigator: RuleDefinition = {
  id: 'sponsor/responsible-party-investigator',
  title: 'Responsible-party investigator fields vs type',
  defaultSeverity: 'warning',
  basis: 'R14',
  confidence: 'verified',
  explanation: 'Investigator name, title and affiliation are given when, and only when, the responsible party is an investigator.',
  documentation:
    'When the responsible party is the principal investigator or a sponsor-investigator, the record names that investigator (full name, official title, affiliation); ' +
    'when it is the sponsor, the investigator fields are not used (PRS upload schema). Basis: R14; "used only then" is verified (S4), "required then" is not, so the rule is a warning ' +
    'rather than the error the notes suggest. Fix: add the missing investigator fields, or remove them / correct `responsibleParty.type`.',
  check(context) {
    const type = context.text(`${RESPONSIBLE_PARTY}/type`);
    if (type === undefined) return [];
    const findings: RuleFinding[] = [];
    if (INVESTIGATOR_TYPES.has(type)) {
      const missing = INVESTIGATOR_FIELDS.filter((field) => !context.has(`${RESPONSIBLE_PARTY}/${field}`));
      if (missing.length > 0) {
        findings.push({
          pointer: `${RESPONSIBLE_PARTY}/type`, target: 'value',
          message: `The responsible party is an investigator (${code(type)}): give ${missing.map((field) => `\`${field}\``).join(', ')}.`,
          fix: { kind: 'insert-property', pointer: RESPONSIBLE_PARTY, property: missing[0], properties: missing },
        });
      }
    } else {
      for (const field of INVESTIGATOR_FIELDS) {
        const pointer = `${RESPONSIBLE_PARTY}/${field}`;
        if (!context.has(pointer)) continue;
        findings.push({ pointer, target: 'key', message: `The responsible party is ${code(type)}, not an investigator, so \`${field}\` is not used.`, fix: { kind: 'remove-property', pointer } });
      }
    }
    return findings;
  },
};

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
        findings.push({ pointer: `${pointer}/type`, target: 'value', message: `A ${code(type)} secondary ID needs \`domain\`: ${needed}.`, fix: { kind: 'insert-property', pointer, property: 'domain' } });
      } else if (DOMAIN_UNUSED.has(type) && context.has(domainPointer)) {
        findings.push({ pointer: domainPointer, target: 'key', message: `\`domain\` is not used for ${code(type)} secondary IDs.`, fix: { kind: 'remove-property', pointer: domainPointer } });
      }
    }
    return findings;
  },
};

/** Official Title is required for studies starting on or after this date (PRS `*§`). */
export const OFFICIAL_TITLE_REQUIRED_FROM = '2017-01-18';

export const officialTitle: RuleDefinition = {
  id: 'identification/official-title',
  title: 'Official title missing',
  defaultSeverity: 'error',
  basis: 'R25',
  confidence: 'verified',
  explanation: `Studies starting on or after ${OFFICIAL_TITLE_REQUIRED_FROM} need an official title.`,
  documentation:
    `The PRS definitions mark Official Title \`*§\`: required if the study start date is on or after January 18, 2017 (the 42 CFR Part 11 effective date). ` +
    'A partial start date that straddles that day (`2017-01`, `2017`) is not decided. Basis: R25, verified (S6). Fix: add `identificationModule.officialTitle`, the protocol\'s title (at most 600 characters).',
  check(context) {
    const start = parsePartialDate(context.value(`${STATUS}/startDateStruct/date`));
    const threshold = parsePartialDate(OFFICIAL_TITLE_REQUIRED_FROM);
    // Before the cut-off, or a partial date that straddles it (undecided): not required.
    if (!start || !threshold || start.firstDay < threshold.firstDay) return [];
    if (context.has(`${IDENTIFICATION}/officialTitle`)) return [];
    return [missingField(context, `${IDENTIFICATION}/officialTitle`, `The study starts ${start.text}, on or after ${OFFICIAL_TITLE_REQUIRED_FROM}, so it needs an official title (\`officialTitle\`).`)];
  },
};

export const SPONSOR_ID_RULES: readonly RuleDefinition[] = [responsiblePartyInvestigator, secondaryIdDomain, officialTitle];
