import { code, CONTACTS, fieldText } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { STATUS_POINTER, SYSTEM_STATUSES } from './statusHelpers';

export const recruitingSite: RuleDefinition = {
  id: 'status/recruiting-site',
  title: 'Recruiting site in a study that is not recruiting',
  defaultSeverity: 'warning',
  basis: 'R17',
  confidence: 'secondary',
  provenance: 'R17, from the definition text as quoted by a secondary source (◑ S8), hence a warning.',
  reference: protocolDefinition('Overall Recruitment Status'),
  explanation: 'If any site is `RECRUITING`, the overall status is `RECRUITING`.',
  documentation:
    'ClinicalTrials.gov\'s definition of Overall Recruitment Status says that if any site is recruiting, the overall status is "Recruiting". ' +
    'Records whose status the registry set to `UNKNOWN` keep old site statuses and are not checked. ' +
    'Fix: set `overallStatus` to `RECRUITING`, or update the site statuses.',
  check(context) {
    const status = context.overallStatus;
    if (!status || status === 'RECRUITING' || SYSTEM_STATUSES.has(status)) return [];
    // Records list thousands of sites: each is read directly, not by pointer from the root.
    const recruiting = context.list(`${CONTACTS}/locations`).filter((site) => fieldText(site, 'status') === 'RECRUITING');
    if (recruiting.length === 0) return [];
    const facility = fieldText(recruiting[0], 'facility');
    const which = recruiting.length === 1 ? `A site${facility ? ` (${facility})` : ''} is` : `${recruiting.length} sites are`;
    return [
      {
        pointer: STATUS_POINTER,
        target: 'value',
        message: `${which} \`RECRUITING\`, so the overall status should be \`RECRUITING\`, not ${code(status)}; or update the site status.`,
        fix: { kind: 'replace-value', valuePointer: STATUS_POINTER, replacement: 'RECRUITING' },
      },
    ];
  },
};
