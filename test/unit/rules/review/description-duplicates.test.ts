import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

const ID = 'review/description-duplicates';

function descriptions(summary: string, description: string): string {
  return yaml('descriptionModule:', `  briefSummary: ${JSON.stringify(summary)}`, `  detailedDescription: ${JSON.stringify(description)}`);
}

describe(ID, () => {
  it('flags a detailed description equal to the brief summary', () => {
    const seen = assertOne(descriptions('Exercise for back pain.', 'Exercise for back pain.'), ID);
    assert.equal(seen.severity, 'information');
    assert.match(seen.message, /same text as the brief summary/);
  });

  it('ignores case, spacing and punctuation when comparing', () => {
    assertOne(descriptions('Exercise  for back pain.', 'exercise for\nback pain'), ID);
    assertOne(descriptions('A study of X, in adults.', 'A study of X in adults'), ID);
  });

  it('flags eligibility criteria repeated in the description', () => {
    const seen = assertOne(
      descriptions('Exercise for back pain.', 'Design: randomized.\n\nInclusion Criteria:\n* Adults\n\nExclusion Criteria:\n* Pregnancy'),
      ID,
    );
    assert.match(seen.message, /repeats the eligibility criteria/);
    assert.equal(findings(descriptions('Same.', 'Same.\nInclusion Criteria:\n* A\nExclusion Criteria:\n* B'), ID).length, 1);
  });

  it('is silent on a description that adds detail', () => {
    assertSilent(descriptions('Exercise for back pain.', 'Participants do 12 weekly supervised sessions of core exercise.'), ID);
    assertSilent(yaml('descriptionModule:', '  briefSummary: Exercise for back pain.'), ID);
    assertSilent(
      descriptions(
        'Exercise for back pain.',
        'Only people meeting the inclusion criteria are enrolled; exclusion criteria are listed below.',
      ),
      ID,
    );
  });
});
