import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

const ID = 'review/eligibility-demographics-inconsistent';

function eligibility(
  inclusion: string[],
  fields: { sex?: string; minimumAge?: string; maximumAge?: string },
  exclusion = ['* Pregnancy'],
): string {
  const text = ['Inclusion Criteria:', ...inclusion, '', 'Exclusion Criteria:', ...exclusion].join('\n');
  return yaml(
    'eligibilityModule:',
    `  eligibilityCriteria: ${JSON.stringify(text)}`,
    `  sex: ${fields.sex ?? 'ALL'}`,
    ...(fields.minimumAge ? [`  minimumAge: ${fields.minimumAge}`] : []),
    ...(fields.maximumAge ? [`  maximumAge: ${fields.maximumAge}`] : []),
  );
}

describe(ID, () => {
  it('flags a minimum age in the criteria that contradicts minimumAge', () => {
    const seen = assertOne(eligibility(['* Aged 16 to 65 years', '* Back pain'], { minimumAge: '18 Years', maximumAge: '65 Years' }), ID);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, '18 Years');
    assert.equal(
      seen.message,
      'The inclusion criteria appear to set a minimum age of 16 years (`Aged 16 to 65`), but `minimumAge` is `18 Years`. Make them agree: `minimumAge` is the youngest age that may take part.',
    );
  });

  it('flags a maximum age that contradicts maximumAge, in several spellings', () => {
    assertOne(eligibility(['* Males and females between 8 and 18 years old.'], { minimumAge: '8 Years', maximumAge: '21 Years' }), ID);
    assertOne(eligibility(['* 75 years of age or younger'], { minimumAge: '18 Years', maximumAge: '80 Years' }), ID);
    assertOne(eligibility(['* Age ≥ 21 years'], { minimumAge: '18 Years' }), ID);
  });

  it('flags a one-sex subject when sex is ALL or the other sex', () => {
    const seen = assertOne(eligibility(['* Postmenopausal women with osteoporosis'], {}), ID);
    assert.equal(seen.marked, 'ALL');
    assert.equal(seen.severity, 'information', 'a one-sex subject is information, as the reference grades it');
    assert.match(seen.message, /admit women only .* but `sex` is `ALL`\. If only women may take part, set `sex` to `FEMALE`/);
    assertOne(eligibility(['* Healthy male volunteers'], { sex: 'FEMALE' }), ID);
  });

  it('is silent when the criteria and the fields agree', () => {
    assertSilent(eligibility(['* Aged 18 to 65 years'], { minimumAge: '18 Years', maximumAge: '65 Years' }), ID);
    assertSilent(eligibility(['* 18 years of age or older'], { minimumAge: '18 Years' }), ID);
    assertSilent(eligibility(['* Older than 17 years', '* Younger than 66'], { minimumAge: '18 Years', maximumAge: '65 Years' }), ID);
    assertSilent(eligibility(['* Between the ages of 18 and 65'], { minimumAge: '19 Years', maximumAge: '64 Years' }), ID);
    assertSilent(eligibility(['* Postmenopausal women with osteoporosis'], { sex: 'FEMALE' }), ID);
    assertSilent(eligibility(['* Men aged 40-75 years or women aged 50-75 years'], { minimumAge: '40 Years', maximumAge: '75 Years' }), ID);
  });

  it('trap: caregiver and parent ages, ages at diagnosis', () => {
    assertSilent(
      eligibility(['* Children aged 2 to 12 years', '* Parent or caregiver aged 18 or older'], {
        minimumAge: '2 Years',
        maximumAge: '12 Years',
      }),
      ID,
    );
    assertSilent(
      eligibility(['* Diagnosed before age 40', '* Aged 18 to 65 years'], { minimumAge: '18 Years', maximumAge: '65 Years' }),
      ID,
    );
  });

  it('trap: pregnancy, contraception and childbearing-potential definitions with sex ALL', () => {
    assertSilent(eligibility(['* Adults with asthma', '* Women of childbearing potential must use contraception'], {}), ID);
    assertSilent(
      eligibility(['* Adults', '* A female of childbearing potential is a woman who has not been amenorrheic for 12 months'], {}),
      ID,
    );
    assertSilent(eligibility(['* Females must have a negative pregnancy test'], {}), ID);
  });

  it('trap: pregnancy in the exclusion part with sex ALL', () => {
    assertSilent(eligibility(['* Adults with asthma'], {}, ['* Women who are pregnant', '* Women planning a pregnancy']), ID);
    assertSilent(eligibility(['* Adults with asthma'], {}, ['* Men with prostate disease']), ID);
  });

  it('does not compare against an absent age field', () => {
    assert.equal(findings(eligibility(['* Aged 18 to 65 years'], {}), ID).length, 0);
  });
});
