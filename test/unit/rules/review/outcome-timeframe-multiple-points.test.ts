import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { outcomesRecord, primary } from './outcomeTestKit';

const ID = 'review/outcome-timeframe-multiple-points';
const measure = 'Tinnitus Handicap Inventory Score';

describe(ID, () => {
  for (const [timeFrame, count] of [
    ['Baseline, Week 4, Week 8, Week 12', 4],
    ['Baseline and 8 weeks', 2],
    ['1, 2, 3 years', 3],
    ['At intake, 3 months, 6 months, 9 months and 12 months', 5],
    ['preoperative and 1 year postoperative', 2],
  ] as const) {
    it(`fires on ${JSON.stringify(timeFrame)} (${count} points)`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.equal(seen.severity, 'information');
      assert.match(seen.message, new RegExp(`appears to list ${count} time points`));
    });
  }

  it('counts a parenthesis restating a point as that point', () => {
    assert.match(assertOne(primary({ measure, timeFrame: 'Baseline (Day 0) and Day 30 (end of treatment)' }), ID).message, /2 time points/);
  });

  for (const outcome of [
    { measure, timeFrame: 'Week 12' },
    // Traps: a parenthesis restating one point; a change between two points; ranges and windows.
    { measure, timeFrame: 'Baseline (Week 0)' },
    { measure: 'Change From Baseline in Pain Score at Week 12', timeFrame: 'Baseline, Week 12' },
    { measure: 'Difference in Pain Score Between Baseline and Week 12', timeFrame: 'Baseline and Week 12' },
    { measure, timeFrame: 'From baseline to Week 12' },
    { measure, timeFrame: 'Up to 24 weeks' },
    { measure, timeFrame: 'Between Week 4 and Week 8' },
    { measure, timeFrame: 'Weeks 1-8' },
    // Time-to-event, cumulative, PK measures.
    { measure: 'Time to First Relapse', timeFrame: '6 months, 12 months' },
    { measure: 'Overall Survival', timeFrame: '1 year, 3 years and 5 years' },
    { measure: 'Cumulative Number of Seizures', timeFrame: 'Week 4, Week 8' },
    { measure: 'Total Sleep Time', timeFrame: 'Over 4 weeks: Week 2 and Week 4 diaries' },
    { measure: 'Maximum Plasma Concentration (Cmax) of Drug X', timeFrame: 'Pre-dose, 0.5, 1, 2, 4 and 8 hours post-dose' },
    { measure: 'Area Under the Curve', timeFrame: '0, 1, 2, 4 hours' },
    // The description frames it as a change.
    { measure, description: 'Change from baseline in the total score (0-100).', timeFrame: 'Baseline and Week 12' },
  ]) {
    it(`is silent on ${JSON.stringify(outcome)}`, () => assertSilent(primary(outcome), ID));
  }

  it('is silent on secondary outcomes (one outcome per point is asked of primary outcomes)', () => {
    assertSilent(outcomesRecord({ secondaryOutcomes: [{ measure, timeFrame: 'Baseline, Week 4, Week 8' }] }), ID);
  });
});
