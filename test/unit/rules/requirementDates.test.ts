import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { createRuleContext } from '../../../server/src/service/rules/ruleContext';
import {
  PART_11_EFFECTIVE_DATE,
  PART_11_START_REQUIREMENT,
  STRUCTURED_DESIGN_REQUIREMENT,
  heldToRequirement,
  requirementStanding,
  type RegistryRequirement,
} from '../../../server/src/service/rules/requirementDates';
import { TODAY, yaml } from './ruleTestKit';

function standing(statusLines: string[], requirement: RegistryRequirement) {
  const context = createRuleContext(parseRecord(yaml('statusModule:', ...statusLines), 'yaml'), TODAY);
  return { standing: requirementStanding(context, requirement), held: heldToRequirement(context, requirement) };
}

describe('requirements the registry introduced on a date', () => {
  it('dates the structured design and the `*§` elements from 42 CFR Part 11 (2017-01-18)', () => {
    assert.equal(PART_11_EFFECTIVE_DATE, '2017-01-18');
    assert.equal(STRUCTURED_DESIGN_REQUIREMENT.decidedBy, 'registration');
    assert.equal(PART_11_START_REQUIREMENT.decidedBy, 'start');
    for (const requirement of [STRUCTURED_DESIGN_REQUIREMENT, PART_11_START_REQUIREMENT]) assert.match(requirement.source, /S5|S6/);
  });

  it("decides by the record's first submission: before the day predates, on the day applies", () => {
    assert.deepEqual(standing(['  studyFirstSubmitDate: "2000-03-01"'], STRUCTURED_DESIGN_REQUIREMENT), {
      standing: 'predates',
      held: false,
    });
    assert.deepEqual(standing(['  studyFirstSubmitDate: "2017-01-17"'], STRUCTURED_DESIGN_REQUIREMENT), {
      standing: 'predates',
      held: false,
    });
    assert.deepEqual(standing(['  studyFirstSubmitDate: "2017-01-18"'], STRUCTURED_DESIGN_REQUIREMENT), {
      standing: 'applies',
      held: true,
    });
  });

  it('holds a record not yet submitted (no studyFirstSubmitDate) to today’s requirements', () => {
    assert.deepEqual(standing(['  overallStatus: RECRUITING'], STRUCTURED_DESIGN_REQUIREMENT), { standing: 'no-date', held: true });
  });

  it('leaves a partial date that straddles the day undecided, and decides a start-date requirement by the start', () => {
    const start = (date: string) => [`  startDateStruct:`, `    date: "${date}"`, '  studyFirstSubmitDate: "2010-01-05"'];
    assert.equal(standing(start('2017-01'), PART_11_START_REQUIREMENT).standing, 'undecided');
    assert.equal(standing(start('2016-12'), PART_11_START_REQUIREMENT).standing, 'predates');
    assert.equal(standing(start('2017-02'), PART_11_START_REQUIREMENT).standing, 'applies');
  });

  it('refuses a malformed requirement date (a programming error)', () => {
    assert.throws(() => standing([], { ...STRUCTURED_DESIGN_REQUIREMENT, since: '2017' }), /yyyy-MM-dd/);
  });
});
