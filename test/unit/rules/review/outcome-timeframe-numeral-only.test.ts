import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { outcomesRecord, primary } from './outcomeTestKit';

const ID = 'review/outcome-timeframe-numeral-only';
const measure = 'Change in Pain Score';

describe(ID, () => {
  for (const timeFrame of ['12', ' 6 ', '4, 8, 12', '0.5', '4 and 8']) {
    it(`fires on ${JSON.stringify(timeFrame)}`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.equal(seen.severity, 'error');
      assert.match(seen.message, /is only a number\. Name the unit/);
    });
  }

  it('suggests the unit in the message', () => {
    assert.match(assertOne(outcomesRecord({ otherOutcomes: [{ measure, timeFrame: '12' }] }), ID).message, /`12 weeks` or `Week 12`/);
  });

  for (const timeFrame of ['12 weeks', 'Week 12', 'Day 1, 8 and 15', '2023-2024', '6-12', 'Baseline']) {
    it(`is silent on ${JSON.stringify(timeFrame)}`, () => assertSilent(primary({ measure, timeFrame }), ID));
  }
});
