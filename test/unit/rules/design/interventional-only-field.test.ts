import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertSilent, findings, yaml } from '../ruleTestKit';
import { interventional, observational } from '../sampleRecords';

describe('design/interventional-only-field', () => {
  it('is silent on an interventional design', () => assertSilent(interventional, 'design/interventional-only-field'));
  it('marks the key of an interventional field in an observational study, and arm types', () => {
    const text =
      observational.replace('    timePerspective: PROSPECTIVE', '    timePerspective: PROSPECTIVE\n    allocation: RANDOMIZED') +
      yaml('armsInterventionsModule:', '  armGroups:', '    - label: Cohort', '      type: EXPERIMENTAL');
    const found = findings(text, 'design/interventional-only-field');
    assert.deepEqual(
      found.map((seen) => seen.marked),
      ['allocation', 'type'],
    );
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /interventional studies only; this is an observational study/);
    assert.deepEqual(found[0].diagnostic.fix, { kind: 'remove-property', propertyPointer: '/designModule/designInfo/allocation' });
  });
});
