import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

const ID = 'review/eligibility-missing';

function criteria(text: string): string {
  return yaml('eligibilityModule:', '  sex: ALL', `  eligibilityCriteria: ${JSON.stringify(text)}`);
}

describe(ID, () => {
  it('flags blank criteria as an error on the key', () => {
    const seen = assertOne(criteria('  '), ID);
    assert.equal(seen.severity, 'error');
    assert.equal(seen.marked, 'eligibilityCriteria');
    assert.match(seen.message, /^The eligibility criteria are blank\. List who may take part under "Inclusion Criteria:"/);
  });

  it('flags a placeholder', () => {
    assert.match(assertOne(criteria('N/A'), ID).message, /only a placeholder \(`N\/A`\)/);
    assertOne(criteria('TBD'), ID);
    assertOne(criteria('See protocol.'), ID);
  });

  it('flags headings with nothing beneath', () => {
    assert.match(assertOne(criteria('Inclusion Criteria:\n\nExclusion Criteria:\n'), ID).message, /headings but no criteria/);
    assertOne(criteria('Inclusion Criteria:\n* \nExclusion Criteria: none'), ID);
  });

  it('is silent on real criteria', () => {
    assertSilent(criteria('Inclusion Criteria:\n* Adults\n\nExclusion Criteria:\n* Pregnancy'), ID);
    assertSilent(criteria('Key Inclusion Criteria:\n* Adults with asthma\nKey Exclusion Criteria:\n* Smokers'), ID);
    assertSilent(criteria('Healthy adults aged 18 to 45 years.'), ID);
  });

  it('leaves an absent field to the required-field checks', () => {
    assertSilent(yaml('eligibilityModule:', '  sex: ALL'), ID);
  });

  it('trap: "Exclusion Criteria: none" under real inclusion criteria is not missing', () => {
    assertSilent(criteria('Inclusion Criteria:\n* Adults with asthma\n\nExclusion Criteria: none'), ID);
  });
});
