import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

const ID = 'review/conditions-keywords-quality';

function conditions(...values: string[]): string {
  return yaml(
    'conditionsModule:',
    '  conditions:',
    ...values.map((value) => `    - ${JSON.stringify(value)}`),
    '  keywords: [asthma, Asthma]',
  );
}

describe(ID, () => {
  it('notes a placeholder condition', () => {
    const seen = assertOne(conditions('Asthma', 'N/A'), ID);
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, '"N/A"');
    assert.match(seen.message, /^The condition `N\/A` is a placeholder, not a condition\. Name the disease or condition studied/);
    assertOne(conditions('Other'), ID);
  });

  it('notes a design, an NCT number and a sentence', () => {
    assert.match(assertOne(conditions('Randomized Controlled Trial'), ID).message, /names a study design/);
    assert.match(assertOne(conditions('NCT01234567'), ID).message, /is a study number/);
    assert.match(
      assertOne(conditions('Patients who have had a heart attack in the last month and who are now being treated at home'), ID).message,
      /appears to be a sentence/,
    );
  });

  it('is silent on real conditions', () => {
    assertSilent(conditions('Asthma', 'Type 2 Diabetes Mellitus', 'Low Back Pain'), ID);
    assertSilent(conditions('Chronic Obstructive Pulmonary Disease'), ID);
    assertSilent(conditions('Trial Fibrillation Nurses Burnout'), ID);
  });

  it('traps: "Healthy Volunteers", long staging terms, keywords repeating conditions', () => {
    assertSilent(conditions('Healthy Volunteers'), ID);
    assertSilent(conditions('Stage III Lung Non-Small Cell Carcinoma AJCC v8 With No Prior Systemic Treatment For Advanced Disease'), ID);
    assertSilent(yaml('conditionsModule:', '  conditions: [Asthma]', '  keywords: [Asthma, asthma]'), ID);
  });
});
