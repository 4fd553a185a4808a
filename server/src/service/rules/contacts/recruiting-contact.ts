import { isPlainObject } from '../../parse/parsedRecord';
import { code, CONTACTS, fieldText, items, STATUS } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

/** Statuses under which people can still enrol, so need someone to contact (R27). */
const ENROLLING = new Set(['RECRUITING', 'NOT_YET_RECRUITING']);

export const recruitingContact: RuleDefinition = {
  id: 'contacts/recruiting-contact',
  title: 'Recruiting study without a contact',
  defaultSeverity: 'warning',
  basis: 'R27',
  confidence: 'secondary',
  provenance: 'R27, from definition text quoted by a secondary source (◑ S8), hence a warning.',
  reference: protocolDefinition('Central Contact Person and Facility Contact'),
  explanation: 'A recruiting or not-yet-recruiting study has a central contact, or a contact at each open site.',
  documentation:
    'People who want to join need someone to ask. ' +
    'ClinicalTrials.gov asks for a central contact, or else a contact at each site that is recruiting or not yet recruiting (sites with another status are not checked). ' +
    'Fix: add a `centralContacts` entry (name plus phone or email), or a contact to each open site.',
  check(context) {
    const status = context.overallStatus;
    if (!status || !ENROLLING.has(status) || context.list(`${CONTACTS}/centralContacts`).length > 0) return [];
    const locations = [...items(context, `${CONTACTS}/locations`)];
    const findings: RuleFinding[] = [];
    for (const [pointer, item] of locations) {
      const siteStatus = fieldText(item, 'status');
      if (siteStatus !== undefined && !ENROLLING.has(siteStatus)) continue;
      const contacts = isPlainObject(item) ? item.contacts : undefined;
      if (Array.isArray(contacts) && contacts.length > 0) continue;
      const facility = fieldText(item, 'facility');
      findings.push({
        pointer: facility !== undefined ? `${pointer}/facility` : pointer,
        target: 'value',
        message: `The study is ${code(status)} and has no central contact, so this site${facility ? ` (${facility})` : ''} needs a contact.`,
        fix: { kind: 'insert-property', parentPointer: pointer, properties: ['contacts'] },
      });
    }
    if (locations.length === 0) {
      findings.push({
        pointer: `${STATUS}/overallStatus`,
        target: 'value',
        message: `The study is ${code(status)}: add a central contact (\`contactsLocationsModule.centralContacts\`) so people can ask to join.`,
        fix: { kind: 'insert-property', parentPointer: CONTACTS, properties: ['centralContacts'] },
      });
    }
    return findings;
  },
};
