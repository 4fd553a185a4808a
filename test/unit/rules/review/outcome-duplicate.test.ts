import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings } from '../ruleTestKit';
import { outcomesRecord } from './outcomeTestKit';

const ID = 'review/outcome-duplicate';

describe(ID, () => {
  it('fires on the second of two identical outcomes in one list, marking its title', () => {
    const seen = assertOne(
      outcomesRecord([
        { measure: 'Change in Pain Score', timeFrame: 'Week 12' },
        { measure: 'Change in Pain Score', timeFrame: 'Week 12' },
      ]),
      ID,
    );
    assert.equal(seen.severity, 'warning');
    assert.match(seen.message, /^Primary outcome 2 has the same title and time frame as primary outcome 1\. Remove the repeat/);
  });

  it('fires across lists, after normalizing case, spaces and end punctuation', () => {
    const record = outcomesRecord({
      primaryOutcomes: [{ measure: 'Change in Pain Score', timeFrame: 'Week 12' }],
      secondaryOutcomes: [{ measure: 'change in  pain score.', timeFrame: 'week 12' }],
    });
    assert.match(assertOne(record, ID).message, /^Secondary outcome 1 .* primary outcome 1/);
  });

  it('asks for telling titles when the descriptions differ', () => {
    const record = outcomesRecord({
      secondaryOutcomes: [
        { measure: 'Lipid Profile', description: 'Serum cholesterol (mg/dL)', timeFrame: 'Six weeks' },
        { measure: 'Lipid Profile', description: 'Serum triglycerides (mg/dL)', timeFrame: 'six weeks' },
        { measure: 'Lipid Profile', description: 'Serum LDL (mg/dL)', timeFrame: 'Six weeks' },
      ],
    });
    const seen = findings(record, ID);
    assert.equal(seen.length, 2);
    assert.match(seen[0].message, /Their descriptions differ: give each a title that names what it measures/);
  });

  for (const [name, record] of [
    // Trap: the same title with different time frames is the recommended pattern.
    [
      'same title, different time frames',
      outcomesRecord([
        { measure: 'Pain Score', timeFrame: 'Week 4' },
        { measure: 'Pain Score', timeFrame: 'Week 12' },
      ]),
    ],
    [
      'different titles, same time frame',
      outcomesRecord([
        { measure: 'Pain Score', timeFrame: 'Week 4' },
        { measure: 'Function Score', timeFrame: 'Week 4' },
      ]),
    ],
    ['one outcome', outcomesRecord([{ measure: 'Pain Score', timeFrame: 'Week 4' }])],
    ['outcomes without titles', outcomesRecord([{ timeFrame: 'Week 4' }, { timeFrame: 'Week 4' }])],
  ] as const) {
    it(`is silent on ${name}`, () => assertSilent(record, ID));
  }
});
