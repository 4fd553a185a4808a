import { isPlainObject } from '../../parse/parsedRecord';
import { isPresent } from '../ruleContext';
import { CONTACTS, fieldText, joinPointer } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

/** Country spellings that mean the United States in registry data. */
const UNITED_STATES = new Set(['united states', 'united states of america', 'usa', 'us', 'u.s.', 'u.s.a.']);

export const usState: RuleDefinition = {
  id: 'locations/us-state',
  title: 'U.S. location without a state',
  defaultSeverity: 'error',
  basis: 'R13',
  confidence: 'verified',
  provenance: 'R13, verified (S4: the PRS upload schema requires the state when the country is the United States).',
  reference: protocolDefinition('Facility Information'),
  explanation: 'A location in the United States gives its state.',
  documentation:
    'ClinicalTrials.gov requires the state of a facility in the United States; it is how people find sites near them. ' +
    'Fix: add `state` (the full name, e.g. `California`) to the location.',
  check(context) {
    const findings: RuleFinding[] = [];
    const locations = context.list(`${CONTACTS}/locations`);
    for (let index = 0; index < locations.length; index++) {
      const item = locations[index];
      const country = fieldText(item, 'country');
      if (country === undefined || !UNITED_STATES.has(country.trim().toLowerCase()) || (isPlainObject(item) && isPresent(item.state)))
        continue;
      const pointer = joinPointer(`${CONTACTS}/locations`, index);
      const facility = fieldText(item, 'facility');
      findings.push({
        pointer: `${pointer}/country`,
        target: 'value',
        message: `This U.S. location${facility ? ` (${facility})` : ''} needs its state.`,
        fix: { kind: 'insert-property', parentPointer: pointer, properties: ['state'] },
      });
    }
    return findings;
  },
};
