import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';
import { interventional } from '../sampleRecords';

describe('design/interventional-required', () => {
  it('is silent when primary purpose and allocation are there', () => assertSilent(interventional, 'design/interventional-required'));
  it('marks designInfo when the allocation is missing', () => {
    const seen = assertOne(interventional.replace('    allocation: RANDOMIZED\n', ''), 'design/interventional-required');
    assert.equal(seen.marked, 'designInfo');
    assert.match(seen.message, /allocation/);
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'insert-property',
      parentPointer: '/designModule/designInfo',
      properties: ['allocation'],
    });
  });
  it('marks designModule when designInfo is missing altogether', () => {
    const found = findings(yaml('designModule:', '  studyType: INTERVENTIONAL', '  phases: [NA]'), 'design/interventional-required');
    assert.deepEqual(
      found.map((seen) => seen.marked),
      ['designModule', 'designModule'],
    );
  });
  it('does not ask a study first submitted before 2017-01-18 for its allocation, but asks one submitted since', () => {
    const withoutAllocation = interventional.replace('    allocation: RANDOMIZED\n', '');
    const registered = (day: string) => `${withoutAllocation}statusModule:\n  studyFirstSubmitDate: "${day}"\n`;
    assertSilent(registered('2012-05-03'), 'design/interventional-required');
    const seen = assertOne(registered('2018-07-16'), 'design/interventional-required');
    assert.equal(seen.severity, 'error');
    assert.match(seen.message, /allocation/);
  });
});
