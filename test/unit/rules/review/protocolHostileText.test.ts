// The protocol-section review criteria read free text a user may paste or a tool may generate: huge or adversarial.
// Their patterns are linear-time; this runs them over 100 KB of text built to trip backtracking (no clock assertion:
// a catastrophic pattern would not finish).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, yaml } from '../ruleTestKit';

const SIZE = 100_000;

/** Repeats `unit` to `SIZE` characters. */
function repeated(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const HOSTILE: readonly string[] = [
  repeated('1.'), // digit runs joined by dots: currency and p-value patterns
  repeated(' '), // whitespace runs between keywords
  repeated('p '), // a p-value's start, never finished
  repeated('aged 1'), // age patterns without an end
  repeated('$1,'), // currency amounts
  `${repeated('a')}@`, // an email local part without a domain
  repeated('Inclusion Criteria:\n'), // headings only
  repeated('(ABC'), // an acronym's parenthesis, never closed
];

describe('protocol review criteria on 100 KB hostile text', () => {
  it('finish and do not throw on every free-text field at once', () => {
    for (const text of HOSTILE) {
      const quoted = JSON.stringify(text);
      const record = yaml(
        'identificationModule:',
        `  briefTitle: ${quoted}`,
        `  officialTitle: ${quoted}`,
        '  acronym: ABC',
        'descriptionModule:',
        `  briefSummary: ${quoted}`,
        `  detailedDescription: ${quoted}`,
        'conditionsModule:',
        `  conditions: [${quoted}]`,
        'designModule:',
        '  studyType: INTERVENTIONAL',
        '  phases: [NA]',
        '  designInfo:',
        '    allocation: NA',
        '    maskingInfo:',
        '      masking: NONE',
        'armsInterventionsModule:',
        '  armGroups:',
        '    - label: A',
        '      type: PLACEBO_COMPARATOR',
        `      description: ${quoted}`,
        '  interventions:',
        '    - type: DRUG',
        '      name: X',
        `      description: ${quoted}`,
        'eligibilityModule:',
        `  eligibilityCriteria: ${quoted}`,
        '  sex: ALL',
        '  minimumAge: 18 Years',
        'contactsLocationsModule:',
        '  centralContacts:',
        '    - name: A',
        `      phone: ${quoted}`,
        `      email: ${quoted}`,
        '  overallOfficials:',
        `    - name: ${quoted}`,
      );
      const seen = check(record).filter((diagnostic) => diagnostic.code.startsWith('review/'));
      assert.ok(Array.isArray(seen));
    }
  });
});
