import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('design/biospec-description', () => {
  it('is silent when retained samples are described', () => {
    assertSilent(
      yaml('designModule:', '  studyType: OBSERVATIONAL', '  bioSpec:', '    retention: SAMPLES_WITH_DNA', '    description: Whole blood'),
      'design/biospec-description',
    );
  });
  it('asks for a description of retained samples', () => {
    const text = yaml('designModule:', '  studyType: OBSERVATIONAL', '  bioSpec:', '    retention: SAMPLES_WITHOUT_DNA');
    const seen = assertOne(text, 'design/biospec-description');
    assert.equal(seen.marked, 'retention');
  });
  it('flags a description when nothing is retained', () => {
    const text = yaml(
      'designModule:',
      '  studyType: OBSERVATIONAL',
      '  bioSpec:',
      '    retention: NONE_RETAINED',
      '    description: Serum',
    );
    assert.equal(assertOne(text, 'design/biospec-description').marked, 'description');
  });
});
