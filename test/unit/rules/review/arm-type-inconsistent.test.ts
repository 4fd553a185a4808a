import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

const ID = 'review/arm-type-inconsistent';

function arm(type: string, label: string, description: string, interventions: Array<[string, string]> = []): string {
  return yaml(
    'designModule:',
    '  studyType: INTERVENTIONAL',
    'armsInterventionsModule:',
    '  armGroups:',
    `    - label: ${JSON.stringify(label)}`,
    `      type: ${type}`,
    `      description: ${JSON.stringify(description)}`,
    ...(interventions.length
      ? ['      interventionNames:', ...interventions.map(([name]) => `        - ${JSON.stringify(`Drug: ${name}`)}`)]
      : []),
    ...(interventions.length
      ? [
          '  interventions:',
          ...interventions.flatMap(([name, text]) => [
            '    - type: DRUG',
            `      name: ${JSON.stringify(name)}`,
            `      description: ${JSON.stringify(text)}`,
            `      armGroupLabels: [${JSON.stringify(label)}]`,
          ]),
        ]
      : []),
  );
}

describe(ID, () => {
  it('flags a NO_INTERVENTION arm that lists interventions', () => {
    const seen = assertOne(arm('NO_INTERVENTION', 'Control', 'No treatment', [['Aspirin', '100 mg daily']]), ID);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, 'NO_INTERVENTION');
    assert.match(seen.message, /^The arm `Control` is `NO_INTERVENTION` but lists interventions \(`Drug: Aspirin`\)/);
  });

  it('flags a placebo or sham comparator that never mentions a placebo or sham', () => {
    assert.match(
      assertOne(arm('PLACEBO_COMPARATOR', 'Control group', 'Usual care', [['Usual care', 'Usual care']]), ID).message,
      /appears to receive no placebo: neither its description nor its interventions mention one/,
    );
    assert.match(assertOne(arm('SHAM_COMPARATOR', 'Conventional CBT', 'Twelve sessions of CBT'), ID).message, /appears to receive no sham/);
    assertOne(arm('PLACEBO_COMPARATOR', 'Standard drug', 'Standard therapy', [['Ibuprofen', '400 mg daily']]), ID);
  });

  it('is silent when the arm type fits', () => {
    assertSilent(arm('PLACEBO_COMPARATOR', 'Placebo', 'Matching tablets', [['Placebo', 'Matching tablets daily']]), ID);
    assertSilent(
      arm('PLACEBO_COMPARATOR', 'Control', 'Tablets identical in look', [['Sugar tablet', 'Matching tablet, no active ingredient']]),
      ID,
    );
    assertSilent(arm('SHAM_COMPARATOR', 'Sham', 'Device switched off'), ID);
    assertSilent(arm('NO_INTERVENTION', 'Control', 'No treatment'), ID);
    assertSilent(arm('ACTIVE_COMPARATOR', 'Usual care', 'Usual care', [['Usual care', 'Usual care']]), ID);
  });

  it('accepts "vehicle", "dummy" and "without the active" as a placebo', () => {
    assertSilent(arm('PLACEBO_COMPARATOR', 'Cream base', 'Vehicle cream twice daily'), ID);
    assertSilent(arm('PLACEBO_COMPARATOR', 'Control condition', 'Same paradigm without the active agent'), ID);
    assertSilent(arm('PLACEBO_COMPARATOR', 'Double dummy', 'Double-dummy design'), ID);
  });
});
