import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { flow, outcomeMeasure, ruleFindings, type StudyParts } from './resultsStudyKit';

const ID = 'review/analysis-population-unexplained';

function study(started: number[], analyzed: number[], fields: Record<string, unknown> = {}, more: unknown[] = []): StudyParts {
  return {
    results: {
      participantFlowModule: flow(started),
      outcomeMeasuresModule: { outcomeMeasures: [outcomeMeasure(fields as never, analyzed), ...(more as never[])] },
    },
  };
}

describe(ID, () => {
  it('fires when a group analyzed fewer than started and the description is empty', () => {
    const [seen, ...rest] = ruleFindings(study([50, 50], [50, 45]), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, '"45"');
    assert.equal(
      seen.message,
      'Outcome measure 1 ("Change From Baseline in Pain Score at Week 12"): group `OG001` (Placebo) analyzed 45 of the 50 who started ' +
        '(`FG001` in the participant flow), and the analysis population description is empty. Say who was analyzed and why the others ' +
        'were not (e.g. `Participants with a final assessment; 5 withdrew before it.`).',
    );
  });

  it('names every short group in one finding per measure, at the first', () => {
    const found = ruleFindings(study([50, 50], [40, 45]), ID);
    assert.equal(found.length, 1);
    assert.equal(found[0].marked, '"40"');
    assert.match(found[0].message, /group `OG000` \(Drug\) analyzed 40 of the 50 .* and group `OG001` \(Placebo\) analyzed 45 of the 50/);
  });

  it('fires once per measure', () => {
    assert.equal(ruleFindings(study([30, 30], [28, 30], {}, [outcomeMeasure({ title: 'Pain at Week 4' }, [29, 30])]), ID).length, 2);
  });

  it('matches a single-group study whatever the titles', () => {
    const parts = study([20], [14]);
    assert.equal(ruleFindings(parts, ID).length, 1);
  });

  it('matches titles across case, spacing and a leading list number', () => {
    const measure = outcomeMeasure({}, [8, 4]) as Record<string, unknown>;
    measure.groups = [
      { id: 'OG000', title: '1 drug' },
      { id: 'OG001', title: '2.  PLACEBO' },
    ];
    const parts: StudyParts = {
      results: { participantFlowModule: flow([8, 8]), outcomeMeasuresModule: { outcomeMeasures: [measure as never] } },
    };
    assert.match(ruleFindings(parts, ID)[0]?.message ?? '', /`OG001` \(2\. {2}PLACEBO\) analyzed 4 of the 8/);
  });

  describe('is silent', () => {
    it('with a population description', () =>
      assert.deepEqual(
        ruleFindings(study([50, 50], [50, 45], { populationDescription: 'Modified ITT: 5 had no post-baseline value.' }), ID),
        [],
      ));
    it('when everyone who started was analyzed', () => assert.deepEqual(ruleFindings(study([50, 50], [50, 50]), ID), []));
    it('when more were analyzed than started (another criterion)', () => assert.deepEqual(ruleFindings(study([50, 50], [50, 52]), ID), []));
    it('on zero analyzed (analysis-population-zero reports it)', () => assert.deepEqual(ruleFindings(study([50, 50], [50, 0]), ID), []));
    it('on groups that match no flow group by title', () => {
      const measure = outcomeMeasure({}, [10, 10]) as Record<string, unknown>;
      measure.groups = [
        { id: 'OG000', title: 'Drug (FAS)' },
        { id: 'OG001', title: 'Placebo (FAS)' },
      ];
      const parts: StudyParts = {
        results: { participantFlowModule: flow([50, 50]), outcomeMeasuresModule: { outcomeMeasures: [measure as never] } },
      };
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('on rows of other units (eyes)', () => {
      const measure = outcomeMeasure({}, [10, 10]) as Record<string, unknown>;
      measure.denoms = [
        {
          units: 'Eyes',
          counts: [
            { groupId: 'OG000', value: '10' },
            { groupId: 'OG001', value: '12' },
          ],
        },
      ];
      const parts: StudyParts = {
        results: { participantFlowModule: flow([50, 50]), outcomeMeasuresModule: { outcomeMeasures: [measure as never] } },
      };
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('without a participant flow', () => {
      assert.deepEqual(ruleFindings({ results: { outcomeMeasuresModule: { outcomeMeasures: [outcomeMeasure({}, [1, 1])] } } }, ID), []);
    });
  });
});
