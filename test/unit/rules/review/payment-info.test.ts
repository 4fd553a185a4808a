import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

const ID = 'review/payment-info';

function summary(text: string): string {
  return yaml('descriptionModule:', `  briefSummary: ${JSON.stringify(text)}`);
}

describe(ID, () => {
  it('flags a currency amount paid to participants', () => {
    const seen = assertOne(summary('Participants will receive $50 for each completed visit.'), ID);
    assert.equal(seen.severity, 'warning');
    assert.match(
      seen.message,
      /^The brief summary appears to mention payment of participants \(`\$50`\)\. ClinicalTrials\.gov does not post it/,
    );
  });

  it('flags compensation words: compensated, stipend, gift card, travel reimbursement', () => {
    assertOne(summary('Participants will be compensated for their time.'), ID);
    assertOne(summary('Each family receives a stipend after the last session.'), ID);
    assertOne(summary('A gift card is given at the end of the study.'), ID);
    assertOne(summary('We offer reimbursement for travel to the clinic.'), ID);
    assertOne(summary('Subjects receive 200 euros on completion of the study.'), ID);
  });

  it('reads eligibility and arm descriptions too', () => {
    assertOne(yaml('eligibilityModule:', '  eligibilityCriteria: "Inclusion Criteria:\\n* Adults\\n* Willing to be paid by check"'), ID);
    assertOne(
      yaml(
        'armsInterventionsModule:',
        '  armGroups:',
        '    - label: Survey',
        '      description: Completes a survey and earns a $20 voucher.',
      ),
      ID,
    );
  });

  it('is silent on study text without payment', () => {
    assertSilent(summary('Participants attend six weekly sessions of group exercise.'), ID);
    assertSilent(summary('The drug is given orally twice daily for 12 weeks.'), ID);
    assertSilent(summary('Blood pressure is measured at each visit.'), ID);
  });

  it('traps: health-economics subjects and "at no cost to participants"', () => {
    assertSilent(summary('This study evaluates a bundled payment model for joint replacement.'), ID);
    assertSilent(summary('We compare insurance reimbursement rates for telehealth visits.'), ID);
    assertSilent(summary('Co-payments of $20 are studied as an exposure.'), ID);
    assertSilent(summary('The study drug is provided at no cost to participants.'), ID);
    assertSilent(summary('The hypothesis is that OT visits will be reimbursed by insurers.'), ID);
    assertSilent(summary('Hospital costs above $10,000 are recorded from billing data.'), ID);
  });

  it('leaves cost outcomes in outcome fields alone', () => {
    assertSilent(
      yaml(
        'outcomesModule:',
        '  primaryOutcomes:',
        '    - measure: Cost',
        '      description: Cost of care in US dollars; participants will be paid nothing.',
      ),
      ID,
    );
  });
});
