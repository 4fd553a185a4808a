// End to end: the review/title-acronym-field quick fix rewrites the brief title in the document.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, assertFixed, changedLines, lines } from './fixTestKit';

describe('review/title-acronym-field quick fix', () => {
  it('removes the parenthesised acronym from a YAML brief title, keeping the comment at its column', () => {
    const record = lines('identificationModule:', '  briefTitle: Study of X (ABC)   # working title', '  acronym: ABC');
    const applied = applyFix(record, 'review/title-acronym-field', 'Study of X (ABC)');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-  briefTitle: Study of X (ABC)   # working title',
      '+  briefTitle: Study of X         # working title', // the comment keeps its column
    ]);
    assertFixed(applied);
  });

  it('removes a leading label from a JSON brief title', () => {
    const record = '{\n  "identificationModule": {\n    "briefTitle": "ABC: Study of X",\n    "acronym": "ABC"\n  }\n}\n';
    const applied = applyFix(record, 'review/title-acronym-field', '"ABC: Study of X"', 'json');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-    "briefTitle": "ABC: Study of X",',
      '+    "briefTitle": "Study of X",',
    ]);
    assertFixed(applied);
  });
});
