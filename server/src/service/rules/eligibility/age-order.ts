import { compareAgeDurations, parseAgeDuration } from '../ageDuration';
import { ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

export const ageOrder: RuleDefinition = {
  id: 'eligibility/age-order',
  title: 'Minimum age above maximum age',
  defaultSeverity: 'error',
  basis: 'R4',
  confidence: 'unverified',
  provenance: 'R4. The notes call it common sense (unverified for PRS); it is an error here because no valid record can break it.',
  reference: protocolDefinition('Minimum Age and Maximum Age'),
  explanation: 'The minimum age is not above the maximum age (compared across units: `12 Months` = `1 Year`).',
  documentation:
    'A minimum age above the maximum age leaves no one eligible. ' +
    'Ages are compared after converting units (a year is 365.25 days, a month a twelfth of a year, a week 7 days), so `12 Months` equals `1 Year`. ' +
    'Fix: swap or correct the ages; leave a bound out for "no limit".',
  check(context) {
    const minimumPointer = `${ELIGIBILITY}/minimumAge`;
    const minimum = parseAgeDuration(context.value(minimumPointer));
    const maximum = parseAgeDuration(context.value(`${ELIGIBILITY}/maximumAge`));
    if (!minimum || !maximum || compareAgeDurations(minimum, maximum) <= 0) return [];
    return [
      {
        pointer: minimumPointer,
        target: 'value',
        message: `The minimum age (${minimum.text}) is above the maximum age (${maximum.text}): no one is eligible.`,
      },
    ];
  },
};
