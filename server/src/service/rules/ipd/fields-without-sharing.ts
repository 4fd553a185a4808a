import { code, IPD } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

const SHARING_DETAILS = ['infoTypes', 'timeFrame', 'accessCriteria', 'url'] as const;

export const fieldsWithoutSharing: RuleDefinition = {
  id: 'ipd/fields-without-sharing',
  title: 'IPD sharing details without sharing',
  defaultSeverity: 'warning',
  basis: 'R12',
  confidence: 'verified',
  provenance: 'R12, verified (S4: the PRS upload schema says the IPD sharing sub-elements "only apply if sharing_ipd = yes").',
  reference: protocolDefinition('Plan to Share IPD'),
  explanation:
    'Information types, time frame, access criteria and URL are given only when `ipdSharing` is `YES`; a description only when `ipdSharing` is set.',
  documentation:
    'What is shared, when, how to get it and where (information types, time frame, access criteria, URL) ' +
    'apply only when individual participant data will be shared (`ipdSharing: YES`). ' +
    'A plan description is allowed with any answer (it often explains why data are not shared) but needs the answer itself. ' +
    'Fix: set `ipdSharing: YES`, or remove the details.',
  check(context) {
    const sharing = context.text(`${IPD}/ipdSharing`);
    const findings: RuleFinding[] = [];
    if (sharing !== 'YES') {
      for (const field of SHARING_DETAILS) {
        const pointer = `${IPD}/${field}`;
        if (!context.has(pointer)) continue;
        findings.push({
          pointer,
          target: 'key',
          message: `\`${field}\` describes data that will be shared, but \`ipdSharing\` is ${sharing ? code(sharing) : 'not set'}. Set it to \`YES\` or remove \`${field}\`.`,
          fix: { kind: 'remove-property', propertyPointer: pointer },
        });
      }
    }
    if (sharing === undefined && context.has(`${IPD}/description`)) {
      findings.push({
        pointer: `${IPD}/description`,
        target: 'key',
        message: 'The IPD sharing plan is described, but `ipdSharing` (`YES`, `NO` or `UNDECIDED`) is not set.',
        fix: { kind: 'insert-property', parentPointer: IPD, properties: ['ipdSharing'] },
      });
    }
    return findings;
  },
};
