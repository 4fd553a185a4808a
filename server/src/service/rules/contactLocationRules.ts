import { isPlainObject, type RecordValue } from '../parse/parsedRecord';
import { isPresent } from './ruleContext';
import type { RuleDefinition, RuleFinding } from './ruleTypes';
import { CONTACTS, STATUS, code, items, joinPointer } from './ruleHelpers';

// Both rules visit every location (thousands in big records, on every edit), so they read each
// item's fields directly instead of looking each one up by pointer from the record's root.

/** A location's field as text, if it is a string. */
function fieldText(item: RecordValue, field: string): string | undefined {
  if (!isPlainObject(item)) return undefined;
  const value = item[field];
  return typeof value === 'string' ? value : undefined;
}

/** Country spellings that mean the United States in registry data. */
const UNITED_STATES = new Set(['united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.']);
/** Statuses under which people can still enrol, so need someone to contact (R27). */
const ENROLLING = new Set(['RECRUITING', 'NOT_YET_RECRUITING']);

export const usState: RuleDefinition = {
  id: 'locations/us-state',
  title: 'U.S. location without a state',
  defaultSeverity: 'error',
  basis: 'R13',
  confidence: 'verified',
  explanation: 'A location in the United States gives its state.',
  documentation:
    'The PRS upload schema requires the state of a facility address when the country is the United States. Basis: R13, verified (S4). ' +
    'Fix: add `state` (the full name, e.g. `California`) to the location.',
  check(context) {
    const findings: RuleFinding[] = [];
    const locations = context.list(`${CONTACTS}/locations`);
    for (let index = 0; index < locations.length; index++) {
      const item = locations[index];
      const country = fieldText(item, 'country');
      if (country === undefined || !UNITED_STATES.has(country.trim().toLowerCase()) || (isPlainObject(item) && isPresent(item.state))) continue;
      const pointer = joinPointer(`${CONTACTS}/locations`, index);
      const facility = fieldText(item, 'facility');
      findings.push({
        pointer: `${pointer}/country`,
        target: 'value',
        message: `This U.S. location${facility ? ` (${facility})` : ''} needs its state.`,
        fix: { kind: 'insert-property', pointer, property: 'state' },
      });
    }
    return findings;
  },
};

export const recruitingContact: RuleDefinition = {
  id: 'contacts/recruiting-contact',
  title: 'Recruiting study without a contact',
  defaultSeverity: 'warning',
  basis: 'R27',
  confidence: 'secondary',
  explanation: 'A recruiting or not-yet-recruiting study has a central contact, or a contact at each open site.',
  documentation:
    'People who want to join need someone to ask. PRS requires a central contact, or else a facility contact for each site that is recruiting or not yet recruiting ' +
    '(sites with another status are not checked). Basis: R27, from definition text quoted by a secondary source (◑), hence a warning. ' +
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
        fix: { kind: 'insert-property', pointer, property: 'contacts' },
      });
    }
    if (locations.length === 0) {
      findings.push({
        pointer: `${STATUS}/overallStatus`,
        target: 'value',
        message: `The study is ${code(status)}: add a central contact (\`contactsLocationsModule.centralContacts\`) so people can ask to join.`,
        fix: { kind: 'insert-property', pointer: CONTACTS, property: 'centralContacts' },
      });
    }
    return findings;
  },
};

export const CONTACT_LOCATION_RULES: readonly RuleDefinition[] = [usState, recruitingContact];
