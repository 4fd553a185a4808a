import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventGroups, ruleFindings, type StudyParts } from './resultsStudyKit';

const ID = 'review/ae-zero-at-risk-unexplained';

function events(groups: unknown[], description?: string): StudyParts {
  return {
    results: {
      adverseEventsModule: { frequencyThreshold: '5', ...(description === undefined ? {} : { description }), eventGroups: groups as never },
    },
  };
}

describe(ID, () => {
  it('fires at the first zero at-risk count of a group when the description is empty', () => {
    const [seen, ...rest] = ruleFindings(events(eventGroups({}, { deathsNumAtRisk: 0, seriousNumAtRisk: 0, otherNumAtRisk: 0 })), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'error');
    assert.equal(seen.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/1/deathsNumAtRisk');
    assert.equal(
      seen.message,
      'Group `EG001` (Placebo): 0 participants at risk for all-cause mortality, serious adverse events and other adverse events, and the ' +
        'adverse event description is empty. Say there why no one in this group was at risk (e.g. `No participants were enrolled in this cohort.`).',
    );
  });

  it('fires on one zero at risk among others, at that count', () => {
    const [seen] = ruleFindings(events(eventGroups({ otherNumAtRisk: 0 })), ID);
    assert.equal(seen?.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/0/otherNumAtRisk');
    assert.match(seen.message, /0 participants at risk for other adverse events,/);
  });

  it('fires once per group, with a blank description', () => {
    assert.equal(ruleFindings(events(eventGroups({ seriousNumAtRisk: 0 }, { seriousNumAtRisk: '0' as never }), ' '), ID).length, 2);
  });

  it('fires without a description field at all, counts written as text', () => {
    assert.equal(ruleFindings(events(eventGroups({ seriousNumAtRisk: '0' as never })), ID).length, 1);
  });

  describe('is silent', () => {
    it('when the description says why (a study that did not monitor adverse events)', () => {
      const groups = eventGroups({ deathsNumAtRisk: 0, seriousNumAtRisk: 0, otherNumAtRisk: 0 });
      assert.deepEqual(ruleFindings(events(groups, 'Adverse events were not monitored for this cluster randomized trial.'), ID), []);
    });
    it('when every group has participants at risk', () => assert.deepEqual(ruleFindings(events(eventGroups({}, {})), ID), []));
    it('on zero affected (not at risk)', () =>
      assert.deepEqual(ruleFindings(events(eventGroups({ seriousNumAffected: 0, otherNumAffected: 0, deathsNumAffected: 0 })), ID), []));
    it('on at-risk counts that are absent or not numbers', () => {
      assert.deepEqual(ruleFindings(events([{ id: 'EG000', title: 'Drug', seriousNumAtRisk: 'NA' }]), ID), []);
    });
    it('without an adverse events module', () => assert.deepEqual(ruleFindings({ results: { moreInfoModule: {} } }, ID), []));
  });
});
