import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

const ID = 'review/promotional-language';

function summary(text: string): string {
  return yaml('descriptionModule:', `  briefSummary: ${JSON.stringify(text)}`);
}

describe(ID, () => {
  it('flags advertising words in the brief summary', () => {
    const seen = assertOne(summary('This revolutionary device relieves back pain.'), ID);
    assert.equal(seen.severity, 'information');
    assert.match(seen.message, /^The brief summary appears to use promotional wording \(`revolutionary`\)\. Describe the study/);
  });

  it('flags a breakthrough treatment, a miracle cure and free treatment, in titles too', () => {
    assertOne(summary('A breakthrough treatment for migraine.'), ID);
    assertOne(summary('Join to receive free treatment for a year.'), ID);
    assertOne(yaml('identificationModule:', '  briefTitle: A Miracle Cream for Eczema'), ID);
    assertOne(yaml('descriptionModule:', '  detailedDescription: Our world-class team uses cutting-edge imaging.'), ID);
  });

  it('is silent on neutral wording', () => {
    assertSilent(summary('This study tests whether a cream reduces itching in eczema.'), ID);
    assertSilent(summary('Participants receive the study drug or placebo for 12 weeks.'), ID);
    assertSilent(yaml('identificationModule:', '  briefTitle: Exercise for Low Back Pain'), ID);
  });

  it('traps: breakthrough pain, bleeding, infection and seizures; a Breakthrough Therapy designation; "cannot be guaranteed"', () => {
    assertSilent(summary('Rescue medication is allowed for breakthrough pain.'), ID);
    assertSilent(summary('Breakthrough bleeding, breakthrough infection and breakthrough seizures are recorded.'), ID);
    assertSilent(summary('The drug received FDA Breakthrough Therapy designation in 2023.'), ID);
    assertSilent(summary('A benefit cannot be guaranteed.'), ID);
  });
});
