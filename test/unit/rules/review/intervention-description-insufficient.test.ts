import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

const ID = 'review/intervention-description-insufficient';

function intervention(type: string, name: string, description?: string, studyType = 'INTERVENTIONAL'): string {
  return yaml(
    'designModule:',
    `  studyType: ${studyType}`,
    'armsInterventionsModule:',
    '  interventions:',
    `    - type: ${type}`,
    `      name: ${JSON.stringify(name)}`,
    ...(description === undefined ? [] : [`      description: ${JSON.stringify(description)}`]),
  );
}

describe(ID, () => {
  it('notes a drug description with no dose, route or schedule', () => {
    const seen = assertOne(intervention('DRUG', 'SSGJ-707', 'bispecific antibody'), ID);
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, '"bispecific antibody"');
    assert.match(
      seen.message,
      /^The description of `SSGJ-707` appears to give no dose, route or schedule\. Say what participants receive: dose, form, route/,
    );
  });

  it('notes a missing description (on the name) and a description that repeats the name', () => {
    const missing = assertOne(intervention('BIOLOGICAL', 'Montanide ISA 51'), ID);
    assert.equal(missing.marked, '"Montanide ISA 51"');
    assert.match(missing.message, /has no description/);
    assert.match(assertOne(intervention('DRUG', 'ACCU-D1', 'ACCU-D1'), ID).message, /only repeats its name/);
    assertOne(intervention('DIETARY_SUPPLEMENT', 'Vitamin D', 'Vitamin D supplement'), ID);
  });

  it('is silent on a description with a dose or a schedule or a route', () => {
    assertSilent(intervention('DRUG', 'Metformin', 'Metformin 500 mg tablets twice daily for 12 weeks'), ID);
    assertSilent(intervention('DRUG', 'HSK40118', 'Oral administration, QD'), ID);
    assertSilent(intervention('DRUG', 'Cisplatin', 'Given IV'), ID);
    assertSilent(intervention('BIOLOGICAL', 'Vaccine', '0.5 mL intramuscular'), ID);
  });

  it('traps: placebo, vehicle and sham; behavioral and procedure types; observational exposures', () => {
    assertSilent(intervention('DRUG', 'Placebo', 'Matching tablet'), ID);
    assertSilent(intervention('DRUG', 'Cream base', 'Vehicle cream'), ID);
    assertSilent(intervention('DEVICE', 'Sham device', ''), ID);
    assertSilent(intervention('BEHAVIORAL', 'Coaching', 'Coaching'), ID);
    assertSilent(intervention('PROCEDURE', 'Surgery', 'Surgery'), ID);
    assertSilent(intervention('DRUG', 'Insulin detemir', 'Routine clinical practice', 'OBSERVATIONAL'), ID);
  });
});
