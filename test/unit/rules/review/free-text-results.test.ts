import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

const ID = 'review/free-text-results';

function summary(text: string): string {
  return yaml('descriptionModule:', `  briefSummary: ${JSON.stringify(text)}`);
}

describe(ID, () => {
  it('flags findings language in the brief summary', () => {
    const seen = assertOne(summary('Pain was significantly reduced in the treatment group.'), ID);
    assert.equal(seen.severity, 'warning');
    assert.equal(
      seen.message,
      'The brief summary appears to report results (`was significantly reduced`). Describe what the study will do, not what it found: findings belong in the results section.',
    );
  });

  it('flags a reported p-value, "we found", "In conclusion" and a Results: heading', () => {
    assertOne(summary('Mortality was lower with the drug (p = 0.03).'), ID);
    assertOne(summary('We found that the device shortened the stay.'), ID);
    assertOne(summary('In conclusion, the program works.'), ID);
    assertOne(summary('Background: asthma is common.\nResults: fewer attacks in the intervention group.'), ID);
  });

  it('reads detailed descriptions and arm, intervention and outcome descriptions too', () => {
    const record = yaml(
      'descriptionModule:',
      '  detailedDescription: This study showed a benefit of exercise.',
      'armsInterventionsModule:',
      '  armGroups:',
      '    - label: Exercise',
      '      description: Patients in this arm were significantly better at week 12.',
      'outcomesModule:',
      '  primaryOutcomes:',
      '    - measure: Pain score',
      '      description: Results indicated a 3-point change.',
    );
    const messages = findings(record, ID).map((seen) => seen.message);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.match(messages[0], /^The detailed description appears/);
    assert.match(messages[1], /^The description of arm `Exercise` appears/);
    assert.match(messages[2], /^The description of the primary outcome `Pain score` appears/);
  });

  it('is silent on plans and descriptions of what the study will do', () => {
    assertSilent(summary('This study will test whether exercise reduces pain in adults with back pain.'), ID);
    assertSilent(summary('Participants will be randomized to two arms and followed for 12 weeks.'), ID);
    assertSilent(summary('The primary outcome is the change in pain score from baseline to week 12.'), ID);
  });

  it('traps: background, hypotheses, analysis plans and methods', () => {
    assertSilent(summary('Previous studies have shown that pain was significantly reduced by exercise.'), ID);
    assertSilent(summary('We hypothesize that pain will be significantly lower in the exercise group.'), ID);
    assertSilent(summary('A p < 0.05 will be considered significant.'), ID);
    assertSilent(summary('Participants demonstrated inhaler technique at each visit.'), ID);
    assertSilent(summary('In a pilot trial (Smith, 2019), symptoms were significantly improved.'), ID);
  });
});
