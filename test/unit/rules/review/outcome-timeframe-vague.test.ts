import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { primary } from './outcomeTestKit';

const ID = 'review/outcome-timeframe-vague';
const measure = 'Change in Pain Score';

describe(ID, () => {
  for (const timeFrame of [
    'End of study',
    'Through study completion',
    'At discharge',
    'Hospital discharge',
    'Throughout the hospital stay',
    'Post-intervention',
    'Follow-up',
    'Per protocol',
    'TBD',
    'Visit 3',
  ]) {
    it(`fires on ${JSON.stringify(timeFrame)}`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.equal(seen.severity, 'warning');
      assert.equal(seen.marked, JSON.stringify(timeFrame));
      assert.match(
        seen.message,
        /appears to name no time point\. Write when each participant is measured, for example `Week 12` or `Up to 24 weeks`\./,
      );
    });
  }

  for (const timeFrame of [
    // Traps: "Baseline" alone; an estimate in parentheses rescues an event phrase.
    'Baseline',
    'At discharge (about 3 days after surgery)',
    'Through study completion, an average of 1 year',
    'Week 6',
    'Up to 10 minutes',
    'From admission to discharge (about 3 days)',
    'End of treatment (Week twelve)',
    'Pre-operative',
    'Visit 3 (Day 28)',
  ]) {
    it(`is silent on ${JSON.stringify(timeFrame)}`, () => assertSilent(primary({ measure, timeFrame }), ID));
  }
});
