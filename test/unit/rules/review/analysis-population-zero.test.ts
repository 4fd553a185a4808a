import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { outcomeMeasure, outcomes, ruleFindings, type StudyParts } from './resultsStudyKit';

const ID = 'review/analysis-population-zero';

function measure(analyzed: number[], fields: Record<string, string> = {}): StudyParts {
  return { results: outcomes(outcomeMeasure(fields, analyzed)) };
}

describe(ID, () => {
  it('fires at a zero count when the population description is empty', () => {
    const [seen, ...rest] = ruleFindings(measure([20, 0]), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.marked, '"0"');
    assert.equal(seen.diagnostic.pointer, '/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/denoms/0/counts/1/value');
    assert.equal(
      seen.message,
      'Group `OG001` (Placebo): 0 participants analyzed in outcome measure 1 ("Change From Baseline in Pain Score at Week 12"), and its ' +
        'analysis population description is empty. Say there why no one was analyzed in this group (e.g. `No samples were taken in the placebo group.`).',
    );
  });

  it('is an error when the primary completion is on or after 2017-01-18, a warning before (PRS validation)', () => {
    assert.equal(ruleFindings({ ...measure([0, 5]), primaryCompletion: '2017-01-18' }, ID)[0]?.severity, 'error');
    assert.equal(ruleFindings({ ...measure([0, 5]), primaryCompletion: '2016-12' }, ID)[0]?.severity, 'warning');
  });

  it('fires on a blank population description, once per zero group', () => {
    assert.equal(ruleFindings(measure([0, 0], { populationDescription: '  ' }), ID).length, 2);
  });

  it('fires on a zero in a class denominator and names its units', () => {
    const item = outcomeMeasure({}, [10, 10]) as Record<string, unknown>;
    item.classes = [{ title: 'Eyes', denoms: [{ units: 'Eyes', counts: [{ groupId: 'OG000', value: '0' }] }], categories: [] }];
    const [seen] = ruleFindings({ results: outcomes(item as never) }, ID);
    assert.match(seen?.message ?? '', /: 0 eyes analyzed/);
  });

  it('fires on a baseline group with 0 analyzed and no baseline population description', () => {
    const parts: StudyParts = {
      results: {
        baselineCharacteristicsModule: {
          groups: [
            { id: 'BG000', title: 'Drug' },
            { id: 'BG001', title: 'Placebo' },
          ],
          denoms: [
            {
              units: 'Participants',
              counts: [
                { groupId: 'BG000', value: '12' },
                { groupId: 'BG001', value: 0 },
              ],
            },
          ],
        },
      },
    };
    const [seen] = ruleFindings(parts, ID);
    assert.match(seen?.message ?? '', /^Group `BG001` \(Placebo\): 0 participants analyzed in the baseline characteristics/);
    assert.equal(seen.marked, '0');
  });

  describe('is silent', () => {
    it('when the population description says why', () =>
      assert.deepEqual(ruleFindings(measure([12, 0], { populationDescription: 'No placebo samples were analyzed for PK.' }), ID), []));
    it('when every group analyzed someone', () => assert.deepEqual(ruleFindings(measure([12, 11]), ID), []));
    it('on counts that are not numbers', () => {
      const item = outcomeMeasure({}, [1, 1]) as Record<string, unknown>;
      item.denoms = [
        {
          units: 'Participants',
          counts: [
            { groupId: 'OG000', value: 'NA' },
            { groupId: 'OG001', value: '' },
          ],
        },
      ];
      assert.deepEqual(ruleFindings({ results: outcomes(item as never) }, ID), []);
    });
    it('on an outcome not posted yet', () => assert.deepEqual(ruleFindings(measure([0, 0], { reportingStatus: 'NOT_POSTED' }), ID), []));
    it('on a baseline whose module description explains a zero group', () => {
      const parts: StudyParts = {
        results: {
          baselineCharacteristicsModule: {
            populationDescription: 'Cohort 6 enrolled no participants.',
            groups: [{ id: 'BG000', title: 'Cohort 6' }],
            denoms: [{ units: 'Participants', counts: [{ groupId: 'BG000', value: '0' }] }],
          },
        },
      };
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
  });
});
