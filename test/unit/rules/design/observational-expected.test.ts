import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings } from '../ruleTestKit';
import { observational } from '../sampleRecords';

describe('design/observational-expected', () => {
  it('is silent on a complete observational design', () => {
    assertSilent(observational, 'design/observational-expected');
  });
  it('flags a missing sampling method (warning)', () => {
    const text = observational.replace('    timePerspective: PROSPECTIVE\n', '').replace('  samplingMethod: NON_PROBABILITY_SAMPLE\n', '');
    const expected = assertOne(text, 'design/observational-expected');
    assert.equal(expected.severity, 'warning');
    assert.equal(expected.marked, 'eligibilityModule');
  });
  it('does not ask a study first submitted before 2017-01-18 for its population and sampling', () => {
    const bare = observational
      .replace('  studyPopulation: Adults attending the clinic\n', '')
      .replace('  samplingMethod: NON_PROBABILITY_SAMPLE\n', '');
    const registered = (day: string) => `${bare}statusModule:\n  studyFirstSubmitDate: "${day}"\n`;
    assertSilent(registered('1999-11-03'), 'design/observational-expected');
    assert.equal(findings(registered('2019-04-01'), 'design/observational-expected').length, 2);
  });
});
