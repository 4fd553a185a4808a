import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings } from '../ruleTestKit';
import { interventional } from '../sampleRecords';

describe('design/interventional-expected', () => {
  it('is silent on a complete design', () => assertSilent(interventional, 'design/interventional-expected'));
  it('warns when the masking is missing', () => {
    const seen = assertOne(interventional.replace('    maskingInfo:\n      masking: NONE\n', ''), 'design/interventional-expected');
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, 'designInfo');
  });
  it('does not ask a study first submitted before 2017-01-18 for model and masking, but still for its enrollment', () => {
    const bare = interventional
      .replace('    interventionModel: PARALLEL\n', '')
      .replace('    maskingInfo:\n      masking: NONE\n', '')
      .replace('  enrollmentInfo:\n    count: 40\n    type: ESTIMATED\n', '');
    const registered = (day: string) => `${bare}statusModule:\n  studyFirstSubmitDate: "${day}"\n`;
    const old = assertOne(registered('2009-09-06'), 'design/interventional-expected');
    assert.match(old.message, /enrollment/);
    assert.equal(findings(registered('2017-03-01'), 'design/interventional-expected').length, 3);
  });
});
