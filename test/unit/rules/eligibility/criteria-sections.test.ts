import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('eligibility/criteria-sections', () => {
  it('is silent on inclusion and exclusion lists', () => {
    assertSilent(
      yaml(
        'eligibilityModule:',
        '  sex: ALL',
        '  eligibilityCriteria: |',
        '    Inclusion Criteria:',
        '    * Adults',
        '    Exclusion Criteria:',
        '    * Pregnancy',
      ),
      'eligibility/criteria-sections',
    );
  });
  it('accepts a list under another heading before the exclusion part as the inclusion part', () => {
    assertSilent(
      yaml(
        'eligibilityModule:',
        '  sex: ALL',
        '  eligibilityCriteria: |',
        '    Eligibility criteria:',
        '    * Adults',
        '    Exclusion criteria:',
        '    * Pregnancy',
      ),
      'eligibility/criteria-sections',
    );
    const headingOnly = assertOne(
      yaml('eligibilityModule:', '  sex: ALL', '  eligibilityCriteria: |', '    Exclusion Criteria:', '    * Pregnancy'),
      'eligibility/criteria-sections',
    );
    assert.match(headingOnly.message, /no inclusion part/);
  });
  it('notes a missing exclusion part', () => {
    const seen = assertOne(
      yaml('eligibilityModule:', '  sex: ALL', '  eligibilityCriteria: |', '    Inclusion Criteria:', '    * Adults'),
      'eligibility/criteria-sections',
    );
    assert.equal(seen.marked, 'eligibilityCriteria');
    assert.equal(seen.severity, 'information');
    assert.match(seen.message, /no exclusion part/);
  });
});
