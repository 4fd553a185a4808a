// The outcome review criteria read free text on every keystroke: one 100 KB outcome built to make
// backtracking patterns explode must still be checked at once. No wall-clock assertion (machines vary):
// the run finishing at all is the test, and a pattern gone quadratic makes the suite visibly hang.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../ruleTestKit';
import { outcomesRecord } from './outcomeTestKit';

const SIZE = 100_000;

function repeated(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const HOSTILE_TEXTS: readonly string[] = [
  repeated('1, '),
  repeated('1'),
  repeated('at week 1 and '),
  repeated('W1 16W wks D2 C1D1 M3 2h '),
  repeated('(a'),
  repeated('AAAAAAA'),
  repeated('Safety and '),
  repeated('body weight and BMI, '),
  repeated(' '),
  repeated('end of study '),
  repeated('Baseline, '),
  repeated('1.1.1.1-'),
];

describe('outcome review criteria on hostile text', () => {
  for (const [index, text] of HOSTILE_TEXTS.entries()) {
    it(`checks hostile text ${index + 1} (${JSON.stringify(text.slice(0, 16))}…) in every outcome field`, () => {
      const record = outcomesRecord(
        {
          primaryOutcomes: [{ measure: text, description: text, timeFrame: text }],
          secondaryOutcomes: [{ measure: text, description: text, timeFrame: text }],
        },
        ['identificationModule:', `  briefTitle: ${JSON.stringify(text)}`],
      );
      const diagnostics = check(record).filter(
        (seen) => seen.code.startsWith('review/outcome') || seen.code === 'review/abbreviation-undefined',
      );
      assert.ok(Array.isArray(diagnostics));
    });
  }
});
