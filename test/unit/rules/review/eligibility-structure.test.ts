import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

const ID = 'review/eligibility-structure';

function criteria(text: string): string {
  return yaml('eligibilityModule:', '  sex: ALL', `  eligibilityCriteria: ${JSON.stringify(text)}`);
}

const PROSE_INCLUSION =
  'Inclusion criteria: adults aged 18 to 65 years with chronic low back pain for at least three months who can walk without help and who speak English.';
const PROSE_EXCLUSION =
  'Exclusion criteria: previous spinal surgery, pregnancy, cancer, or any condition that makes exercise unsafe according to the physician.';

describe(ID, () => {
  it('notes criteria written as running text', () => {
    const seen = assertOne(criteria(`${PROSE_INCLUSION}\n\n${PROSE_EXCLUSION}`), ID);
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, 'eligibilityCriteria');
    assert.match(seen.message, /appear to be running text, not lists/);
  });

  it('notes criteria flattened onto one line, and one long paragraph under headings', () => {
    assertOne(criteria(`${PROSE_INCLUSION} ${PROSE_EXCLUSION}`), ID);
    assertOne(criteria(`Inclusion Criteria:\n${PROSE_INCLUSION.slice(20)}\nExclusion Criteria:\n${PROSE_EXCLUSION.slice(20)}`), ID);
  });

  it('is silent on bulleted or numbered lists', () => {
    assertSilent(criteria('Inclusion Criteria:\n* Adults\n* Back pain\n\nExclusion Criteria:\n* Pregnancy'), ID);
    assertSilent(criteria('Inclusion Criteria:\n1. Adults\n2. Back pain\nExclusion Criteria:\n1. Pregnancy'), ID);
    assertSilent(criteria('Inclusion Criteria:\n- Adults\nExclusion Criteria:\n- Pregnancy'), ID);
  });

  it('traps: "Key Inclusion Criteria", per-population sub-headings, "Exclusion Criteria: none"', () => {
    assertSilent(criteria('Key Inclusion Criteria:\n* Adults\nKey Exclusion Criteria:\n* Smokers'), ID);
    assertSilent(criteria('Inclusion Criteria:\nCohort A:\n* Adults\nCohort B:\n* Children\nExclusion Criteria:\n* Pregnancy'), ID);
    assertSilent(criteria('Inclusion Criteria: adults with asthma.\nExclusion Criteria: none'), ID);
  });

  it('leaves missing headings to eligibility/criteria-sections and empty criteria to review/eligibility-missing', () => {
    const noHeadings = criteria(`${PROSE_INCLUSION.slice(20)} ${PROSE_EXCLUSION.slice(20)}`.replace(/exclusion/gi, 'other'));
    assertSilent(noHeadings, ID);
    assert.equal(findings(noHeadings, 'eligibility/criteria-sections').length, 1);
    assertSilent(criteria('Inclusion Criteria:\nExclusion Criteria:'), ID);
  });
});
