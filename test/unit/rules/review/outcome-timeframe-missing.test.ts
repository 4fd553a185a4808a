import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings } from '../ruleTestKit';
import { outcomesRecord, primary } from './outcomeTestKit';

const ID = 'review/outcome-timeframe-missing';

describe(ID, () => {
  it('fires on a primary outcome without a time frame, marking its title', () => {
    const seen = assertOne(primary({ measure: 'Change in Pain Score' }), ID);
    assert.equal(seen.severity, 'error');
    assert.equal(seen.marked, '"Change in Pain Score"');
    assert.match(seen.message, /^Primary outcome 1 has no time frame\. Write when each participant is measured/);
  });

  it('fires on a blank time frame, marking its key', () => {
    const seen = assertOne(outcomesRecord({ secondaryOutcomes: [{ measure: 'Body Weight', timeFrame: '  ' }] }), ID);
    assert.equal(seen.marked, 'timeFrame');
    assert.match(seen.message, /^Secondary outcome 1/);
  });

  it('fires once per outcome without one', () => {
    const record = outcomesRecord({
      primaryOutcomes: [{ measure: 'A Score', timeFrame: 'Week 4' }, { measure: 'B Score' }],
      secondaryOutcomes: [{ measure: 'C Score' }],
    });
    assert.deepEqual(
      findings(record, ID).map((seen) => seen.message.split(' has')[0]),
      ['Primary outcome 2', 'Secondary outcome 1'],
    );
  });

  it('marks an outcome without title or time frame', () => {
    const seen = assertOne(outcomesRecord({ primaryOutcomes: [{ description: 'Something measured.' }] }), ID);
    assert.ok(seen.marked.length > 0);
  });

  for (const timeFrame of ['Week 12', 'Baseline', 'Up to 24 weeks']) {
    it(`is silent with the time frame ${JSON.stringify(timeFrame)}`, () => assertSilent(primary({ measure: 'Pain Score', timeFrame }), ID));
  }

  it('is silent on other pre-specified outcomes and on a record without outcomes', () => {
    assertSilent(outcomesRecord({ otherOutcomes: [{ measure: 'Exploratory Biomarker Level' }] }), ID);
    assertSilent('statusModule:\n  overallStatus: RECRUITING\n', ID);
  });
});
