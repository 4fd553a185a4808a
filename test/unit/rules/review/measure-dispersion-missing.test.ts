import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { outcomeMeasure, outcomes, ruleFindings, type StudyParts } from './resultsStudyKit';

const ID = 'review/measure-dispersion-missing';

function outcome(
  fields: Record<string, string>,
  values: Array<Record<string, string>> = [
    { value: '5.2', spread: '1.1' },
    { value: '4.8', spread: '0.9' },
  ],
): StudyParts {
  return { results: outcomes(outcomeMeasure({ paramType: 'MEAN', unitOfMeasure: 'score on a scale', ...fields }, [20, 20], values)) };
}

function baseline(fields: Record<string, string>): StudyParts {
  return {
    results: {
      baselineCharacteristicsModule: {
        groups: [{ id: 'BG000', title: 'Drug' }],
        denoms: [{ units: 'Participants', counts: [{ groupId: 'BG000', value: '20' }] }],
        measures: [
          {
            title: 'Age, Continuous',
            paramType: 'MEAN',
            unitOfMeasure: 'years',
            ...fields,
            classes: [{ categories: [{ measurements: [{ groupId: 'BG000', value: '54.1', spread: '8.2' }] }] }],
          },
        ],
      },
    },
  };
}

describe(ID, () => {
  it('fires on an outcome mean without a dispersion type, at its paramType', () => {
    const [seen, ...rest] = ruleFindings(outcome({}), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'error');
    assert.equal(seen.marked, '"MEAN"');
    assert.match(
      seen.message,
      /^Outcome measure 1 \("Change From Baseline in Pain Score at Week 12"\) reports a mean with no dispersion type/,
    );
    assert.match(seen.message, /`Standard Deviation`, `Standard Error` or `95% Confidence Interval`/);
    assert.equal(seen.diagnostic.pointer, '/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/paramType');
  });

  for (const dispersionType of ['Not Applicable', 'NA', 'N/A']) {
    it(`fires on a least squares mean with dispersion ${JSON.stringify(dispersionType)}, at the dispersion type`, () => {
      const [seen] = ruleFindings(outcome({ paramType: 'LEAST_SQUARES_MEAN', dispersionType }), ID);
      assert.equal(seen?.marked, JSON.stringify(dispersionType));
      assert.match(seen.message, /least squares mean with dispersion type/);
    });
  }

  it('fires on a baseline median without dispersion and suggests the enum', () => {
    const [seen] = ruleFindings(baseline({ paramType: 'MEDIAN', dispersionType: 'NA' }), ID);
    assert.match(seen?.message ?? '', /^Baseline measure "Age, Continuous" reports a median/);
    assert.match(seen.message, /`INTER_QUARTILE_RANGE` or `FULL_RANGE`/);
  });

  it('fires on geometric and log means, written as labels too', () => {
    for (const paramType of ['GEOMETRIC_MEAN', 'Geometric Least Squares Mean', 'LOG_MEAN']) {
      assert.equal(ruleFindings(outcome({ paramType }), ID).length, 1, paramType);
    }
  });

  it('warns on a value with no spread at all and no comment', () => {
    const parts = outcome({ dispersionType: 'Standard Deviation' }, [
      { value: '5.2', spread: 'NA' },
      { value: '4.8', spread: '0.9' },
    ]);
    const [seen, ...rest] = ruleFindings(parts, ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, '"NA"');
    assert.match(seen.message, /group `OG000` \(Drug\): the mean 5\.2 has no standard deviation/);
  });

  it('warns on a range with both limits missing', () => {
    const parts = outcome({ paramType: 'MEDIAN', dispersionType: 'Inter-Quartile Range' }, [
      { value: '12' },
      { value: '10', lowerLimit: '8', upperLimit: '14' },
    ]);
    assert.equal(ruleFindings(parts, ID).length, 1);
  });

  describe('is silent', () => {
    it('on a mean with a standard deviation', () =>
      assert.deepEqual(ruleFindings(outcome({ dispersionType: 'Standard Deviation' }), ID), []));
    it('on a baseline mean with STANDARD_DEVIATION', () =>
      assert.deepEqual(ruleFindings(baseline({ dispersionType: 'STANDARD_DEVIATION' }), ID), []));
    for (const paramType of ['NUMBER', 'COUNT_OF_PARTICIPANTS', 'COUNT_OF_UNITS']) {
      it(`on ${paramType}, which needs none`, () => assert.deepEqual(ruleFindings(outcome({ paramType }), ID), []));
    }
    it('on one NA spread with a comment (trap)', () => {
      const values: Array<Record<string, string>> = [
        { value: '5.2', spread: 'NA', comment: 'SD cannot be calculated for 1 participant.' },
        { value: '4.8', spread: '0.9' },
      ];
      assert.deepEqual(ruleFindings(outcome({ dispersionType: 'Standard Deviation' }, values), ID), []);
    });
    it('on an inter-quartile range with one limit NA (not reached)', () => {
      const values = [
        { value: '12', lowerLimit: '9', upperLimit: 'NA' },
        { value: '10', lowerLimit: '8', upperLimit: '14' },
      ];
      assert.deepEqual(ruleFindings(outcome({ paramType: 'MEDIAN', dispersionType: 'Inter-Quartile Range' }, values), ID), []);
    });
    it('on a measure with no data (every group analyzed 0)', () => {
      const parts = { results: outcomes(outcomeMeasure({ paramType: 'MEAN' }, [0, 0], [{ value: 'NA' }, { value: 'NA' }])) };
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('on an outcome not posted yet', () => assert.deepEqual(ruleFindings(outcome({ reportingStatus: 'NOT_POSTED' }), ID), []));
    it('on an empty results section', () => assert.deepEqual(ruleFindings({ results: {} }, ID), []));
  });
});
