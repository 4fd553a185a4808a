import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { outcomeMeasure, outcomes, ruleFindings, type StudyParts } from './resultsStudyKit';

const ID = 'review/stat-analysis-inconsistent';

/** One outcome measure with one statistical analysis made of the given fields (two groups compared by default). */
function analysis(fields: Record<string, unknown>): StudyParts {
  const base = {
    groupIds: ['OG000', 'OG001'],
    statisticalMethod: 'ANCOVA',
    paramType: 'Mean Difference (Final Values)',
    paramValue: '-1.5',
    ciPctValue: '95',
    ciNumSides: 'TWO_SIDED',
    ciLowerLimit: '-2.8',
    ciUpperLimit: '-0.2',
    pValue: '0.02',
    nonInferiorityType: 'SUPERIORITY',
  };
  return { results: outcomes(outcomeMeasure({ analyses: [{ ...base, ...fields }] as never }, [20, 20])) };
}

describe(ID, () => {
  it('fires at a lower limit above the estimate', () => {
    const [seen, ...rest] = ruleFindings(analysis({ ciLowerLimit: '0.4' }), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'error');
    assert.equal(seen.marked, '"0.4"');
    assert.equal(
      seen.message,
      'Statistical analysis 1 of outcome measure 1 ("Change From Baseline in Pain Score at Week 12"): the confidence interval\'s lower ' +
        'limit 0.4 is above the Mean Difference (Final Values) -1.5. A confidence interval contains its estimate: check the limits and the estimate.',
    );
  });

  it('fires at an upper limit below the estimate', () => {
    const [seen] = ruleFindings(
      analysis({ paramType: 'Odds Ratio (OR)', paramValue: '2.1', ciLowerLimit: '1.2', ciUpperLimit: '1.9' }),
      ID,
    );
    assert.equal(seen?.marked, '"1.9"');
    assert.match(seen.message, /upper limit 1\.9 is below the Odds Ratio \(OR\) 2\.1/);
  });

  it('fires on limits swapped when there is no estimate', () => {
    const [seen] = ruleFindings(analysis({ paramValue: 'NA', ciLowerLimit: '3', ciUpperLimit: '1' }), ID);
    assert.match(seen?.message ?? '', /lower limit 3 is above its upper limit 1\. Swap or correct them\./);
  });

  for (const pValue of ['1.5', '-0.01', '= 3', 5]) {
    it(`fires on the p-value ${JSON.stringify(pValue)}`, () => {
      const [seen] = ruleFindings(analysis({ pValue }), ID);
      assert.equal(seen?.marked, JSON.stringify(pValue));
      assert.match(seen.message, /is outside 0 to 1/);
    });
  }

  it('fires on a confidence level outside 0 to 100', () => {
    assert.match(ruleFindings(analysis({ ciPctValue: '950' }), ID)[0]?.message ?? '', /the confidence level 950% is outside 0 to 100/);
  });

  it('fires on an analysis that compares no groups', () => {
    const [seen] = ruleFindings(analysis({ groupIds: [] }), ID);
    assert.equal(seen?.marked, '[]');
    assert.match(seen.message, /compares no groups/);
    const [absent] = ruleFindings(analysis({ groupIds: undefined }), ID);
    assert.equal(absent?.marked, '"statisticalMethod"');
  });

  it('warns on a non-inferiority test without its margin', () => {
    const [seen] = ruleFindings(analysis({ nonInferiorityType: 'NON_INFERIORITY' }), ID);
    assert.equal(seen?.severity, 'warning');
    assert.equal(seen.marked, '"NON_INFERIORITY"');
    assert.match(seen.message, /is a non-inferiority test without details\. Give the margin/);
    assert.match(ruleFindings(analysis({ nonInferiorityType: 'EQUIVALENCE' }), ID)[0]?.message ?? '', /is an equivalence test/);
  });

  describe('is silent', () => {
    it('on a consistent analysis', () => assert.deepEqual(ruleFindings(analysis({}), ID), []));
    for (const pValue of ['<0.001', '< .05', '≤0.05', '0.0001', '1', 'NS', 'p = 0.03']) {
      it(`on the p-value ${JSON.stringify(pValue)} (thresholds are valid; text is not a number to check)`, () =>
        assert.deepEqual(ruleFindings(analysis({ pValue }), ID), []));
    }
    it('on a one-sided interval with one limit NA', () =>
      assert.deepEqual(ruleFindings(analysis({ ciNumSides: 'ONE_SIDED', ciUpperLimit: 'NA' }), ID), []));
    it('on a non-inferiority test with its comment', () =>
      assert.deepEqual(
        ruleFindings(analysis({ nonInferiorityType: 'NON_INFERIORITY', nonInferiorityComment: 'Margin 10%, 80% power.' }), ID),
        [],
      ));
    it('on legacy test types, which predate the comment', () =>
      assert.deepEqual(ruleFindings(analysis({ nonInferiorityType: 'NON_INFERIORITY_OR_EQUIVALENCE_LEGACY' }), ID), []));
    it('on an estimate equal to a limit', () => assert.deepEqual(ruleFindings(analysis({ ciLowerLimit: '-1.5' }), ID), []));
    it('on a group id the measure does not define (results/unknown-group reports it)', () =>
      assert.deepEqual(ruleFindings(analysis({ groupIds: ['OG000', 'OG009'] }), ID), []));
  });
});
