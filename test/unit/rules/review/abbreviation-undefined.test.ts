import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { outcomesRecord, primary } from './outcomeTestKit';

const ID = 'review/abbreviation-undefined';

function briefTitle(title: string, acronym?: string): string {
  const lines = ['identificationModule:', `  briefTitle: ${JSON.stringify(title)}`];
  if (acronym) lines.push(`  acronym: ${acronym}`);
  return `${lines.join('\n')}\n`;
}

describe(ID, () => {
  it('fires on an abbreviation in the brief title, marking it', () => {
    const seen = assertOne(briefTitle('Drug X for CLL/SLL'), ID);
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, '"Drug X for CLL/SLL"');
    assert.match(seen.message, /^The brief title uses `CLL`, `SLL`, which appear not to be spelled out\./);
  });

  it('fires on an outcome title, with a digit (FEV1)', () => {
    assert.match(
      assertOne(primary({ measure: 'Change in FEV1', timeFrame: 'Week 12' }), ID).message,
      /primary outcome 1 uses `FEV1`, which appears/,
    );
  });

  it('fires once per field, listing each abbreviation once', () => {
    const seen = assertOne(primary({ measure: 'Rate of MACE and MACE-free BMI', timeFrame: 'Week 12' }), ID);
    assert.match(seen.message, /uses `MACE`, `BMI`, which appear/);
  });

  it('fires when a later abbreviation is not the one defined', () => {
    assertOne(primary({ measure: 'Body Mass Index (BMI) and LDL', timeFrame: 'Week 12' }), ID);
  });

  for (const title of [
    'Body Mass Index (BMI) in Adolescents',
    'BMI (body mass index) and Later BMI Change',
    'A Study of XR-4410 in Healthy Volunteers',
    'ACU-D1 Cream for Acne',
    'GET73 for Alcohol Use Disorder',
    'Vaccine Against COVID-19 and SARS-CoV-2 Variants',
    'HIV and AIDS Care in the US and UK',
    'A Phase II/III Study of Drug X',
    'DNA and RNA Testing',
    'A STUDY OF DRUG X IN ADULTS WITH ASTHMA',
    'mRNA Vaccine Booster',
  ]) {
    it(`is silent on the brief title ${JSON.stringify(title)}`, () => assertSilent(briefTitle(title), ID));
  }

  it("is silent on the study's own acronym in its brief title", () => {
    assertSilent(briefTitle('The ACCIO Trial of Drug X', 'ACCIO'), ID);
  });

  it('is silent on outcome descriptions (optional scope, noisier)', () => {
    assertSilent(
      outcomesRecord([{ measure: 'Forced Expiratory Volume in 1 Second', description: 'FEV1 by spirometry', timeFrame: 'Week 12' }]),
      ID,
    );
  });
});

describe('review/abbreviation-undefined: names that are not abbreviations', () => {
  const title = (briefTitle: string) => yaml('identificationModule:', `  briefTitle: "${briefTitle}"`);
  it('is silent on product and device names and on the study name closing the brief title', () => {
    assertSilent(title('Vaccine With Montanide ISA 51 in Melanoma'), 'review/abbreviation-undefined');
    assertSilent(title('The BiOSS LIM C Stent in Bifurcation Lesions'), 'review/abbreviation-undefined');
    assertSilent(title('Immunotherapy Added to Chemotherapy for Lung Cancer (Chemo-IO [ACCIO])'), 'review/abbreviation-undefined');
    assertSilent(title('Sleep After Surgery (SLEEPY)'), 'review/abbreviation-undefined');
  });
  it('still reports an abbreviation inside the title, or a bracketed one in the middle', () => {
    assertOne(title('Statins and CVD in Older Adults'), 'review/abbreviation-undefined');
    assertOne(title('Trial of Drug X [CVD] in Older Adults'), 'review/abbreviation-undefined');
  });
});
