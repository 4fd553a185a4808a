import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { outcomesRecord, primary } from './outcomeTestKit';

const ID = 'review/outcome-timeframe-inconsistent';

describe(ID, () => {
  it('fires when the title names a point the time frame lacks, marking the time frame', () => {
    const seen = assertOne(primary({ measure: 'Epidermization Rate at 2 Months', timeFrame: '1 month after amputation' }), ID);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, '"1 month after amputation"');
    assert.match(
      seen.message,
      /The title of primary outcome 1 names 2 months, which the time frame `1 month after amputation` appears not to include/,
    );
  });

  it('fires on `at Week 12` against `Week 24`', () => {
    assertOne(primary({ measure: 'Change From Baseline in Pain Score at Week 12', timeFrame: 'Baseline, Week 24' }), ID);
  });

  it('fires when the description says `assessed at` another point', () => {
    const record = outcomesRecord({
      secondaryOutcomes: [{ measure: 'Pain Score', description: 'Pain is assessed at 6 months on a 0-10 scale.', timeFrame: '3 months' }],
    });
    assert.match(assertOne(record, ID).message, /The description of secondary outcome 1 names 6 months/);
  });

  it('fires with number words', () => {
    assertOne(primary({ measure: 'Weight Loss at six months', timeFrame: '12 months' }), ID);
  });

  for (const outcome of [
    // The reference's good example: the point named differently.
    { measure: 'Pain Score at Week 12', timeFrame: '12 weeks after last dose' },
    { measure: 'Remission at 1 Year', timeFrame: '12 months' },
    { measure: 'Response at 3 months', timeFrame: 'Week 12' },
    { measure: 'Change in Attacks per Week at Week 9-12', timeFrame: '12 weeks' },
    { measure: 'Pain Score at Week 12', timeFrame: 'Up to 24 weeks' },
    { measure: 'Pain Score at Week 12', timeFrame: 'End of treatment' },
    // Ages and spacing are not study times; a description's `at` without an assessment verb is left alone.
    { measure: 'Walking at 12 months of age', timeFrame: '18 months' },
    { measure: 'Pain Score', description: 'Doses are given at 2-week intervals.', timeFrame: 'Week 8' },
    { measure: 'Pain Score', description: 'Started at 3 months after surgery.', timeFrame: 'Week 8' },
    { measure: 'Pain at least 12 weeks', timeFrame: 'Week 8' },
  ]) {
    it(`is silent on ${JSON.stringify(outcome)}`, () => assertSilent(primary(outcome), ID));
  }
});
