import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, fixReplacement } from '../ruleTestKit';
import { primary } from './outcomeTestKit';

const ID = 'review/outcome-timeframe-abbreviated';
const measure = 'Change in Pain Score';

describe(ID, () => {
  for (const [timeFrame, spelled] of [
    ['W12', 'Week 12'],
    ['16W', '16 weeks'],
    ['12 wks', '12 weeks'],
    ['Baseline, W4 and W8', 'Baseline, Week 4 and Week 8'],
    ['1W after surgery', '1 week after surgery'],
    ['wk 6', 'week 6'],
  ] as const) {
    it(`spells ${JSON.stringify(timeFrame)} out as ${JSON.stringify(spelled)} with a quick fix`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.equal(seen.severity, 'information');
      assert.equal(fixReplacement(seen), spelled);
      assert.equal(seen.diagnostic.fix?.kind, 'replace-value');
      assert.match(seen.message, /appears to abbreviate its units/);
    });
  }

  for (const timeFrame of ['D0 to D90', 'C1D1', 'M6', '24h', '2 hrs post-dose', '6 mo', '1 yr', 'W12 and D28']) {
    it(`reports ${JSON.stringify(timeFrame)} without a fix (its spelling is not certain)`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.equal(seen.diagnostic.fix, undefined);
      assert.match(seen.message, /`Day 28` rather than `D28`/);
    });
  }

  for (const timeFrame of [
    '16 weeks',
    'Week 12',
    'Day 28',
    'Cycle 1 Day 1 (C1D1)',
    'Week 4 (W4)',
    '4weeks, 8weeks after starting treatment',
    '30 minutes',
    'Vitamin D level at 6 months',
  ]) {
    it(`is silent on ${JSON.stringify(timeFrame)}`, () => assertSilent(primary({ measure, timeFrame }), ID));
  }
});
