import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findings, yaml } from '../ruleTestKit';
import { eventGroups, ruleFindings, term, type StudyParts } from './resultsStudyKit';

const ID = 'review/ae-arithmetic';

function events(module: Record<string, unknown>): StudyParts {
  return { results: { adverseEventsModule: { frequencyThreshold: '5', ...module } } };
}

describe(ID, () => {
  it('fires when a group has more affected than at risk, at the number affected', () => {
    const [seen, ...rest] = ruleFindings(events({ eventGroups: eventGroups({}, { seriousNumAffected: 12, seriousNumAtRisk: 10 }) }), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'error');
    assert.equal(seen.marked, '12');
    assert.equal(seen.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/1/seriousNumAffected');
    assert.equal(
      seen.message,
      'Group `EG001` (Placebo): 12 participants affected by serious adverse events, but only 10 at risk. ' +
        'No more participants can be affected than were at risk: correct the number affected or the number at risk.',
    );
  });

  it('fires on deaths above at risk, with counts written as text', () => {
    const [seen] = ruleFindings(
      events({ eventGroups: eventGroups({ deathsNumAffected: '3' as never, deathsNumAtRisk: '2' as never }) }),
      ID,
    );
    assert.match(seen?.message ?? '', /^Group `EG000` \(Drug\): 3 deaths \(all-cause mortality\), but only 2 at risk/);
  });

  it('fires on a term with more affected than at risk', () => {
    const parts = events({
      eventGroups: eventGroups({ otherNumAffected: 9 }, { otherNumAffected: 9 }),
      otherEvents: [term('Headache', [9, 50], [9, 8])],
    });
    const [seen] = ruleFindings(parts, ID);
    assert.equal(seen?.diagnostic.pointer, '/resultsSection/adverseEventsModule/otherEvents/0/stats/1/numAffected');
    assert.match(seen.message, /^Other adverse event `Headache`, group `EG001` \(Placebo\): 9 participants affected, but only 8 at risk/);
  });

  it('fires on fewer events than affected participants, at the events', () => {
    const parts = events({ eventGroups: eventGroups({ seriousNumAffected: 4 }), seriousEvents: [term('Pneumonia', [4, 50, 2])] });
    const [seen] = ruleFindings(parts, ID);
    assert.equal(seen?.marked, '2');
    assert.match(seen.message, /^Serious adverse event `Pneumonia`, group `EG000` \(Drug\): 2 events in 4 affected participants\./);
  });

  it('fires when a group total is below its largest term, at the total', () => {
    const parts = events({
      eventGroups: eventGroups({ seriousNumAffected: 2 }, { seriousNumAffected: 1 }),
      seriousEvents: [term('Pneumonia', [1, 50], [1, 50]), term('Sepsis', [4, 50], [0, 50])],
    });
    const [seen, ...rest] = ruleFindings(parts, ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/0/seriousNumAffected');
    assert.match(seen.message, /2 participants affected by serious adverse events in total, but the term `Sepsis` alone affected 4\./);
  });

  it('marks the number in a YAML study', () => {
    const text = yaml(
      'protocolSection:',
      '  identificationModule: {briefTitle: A}',
      'resultsSection:',
      '  adverseEventsModule:',
      '    eventGroups:',
      '      - id: EG000',
      '        title: Drug',
      '        otherNumAffected: 23',
      '        otherNumAtRisk: 20',
    );
    const [seen] = findings(text, ID);
    assert.equal(seen?.marked, '23');
  });

  describe('is silent', () => {
    it('on consistent tables', () => {
      const parts = events({
        eventGroups: eventGroups({ seriousNumAffected: 3, otherNumAffected: 20 }, { seriousNumAffected: 0, otherNumAffected: 12 }),
        seriousEvents: [term('Pneumonia', [2, 50, 3], [0, 50]), term('Sepsis', [1, 50], [0, 50])],
        otherEvents: [term('Headache', [20, 50, 31], [12, 50, 12])],
      });
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('on a total above the sum of its terms (one participant, several terms is fine either way)', () => {
      const parts = events({ eventGroups: eventGroups({ otherNumAffected: 30 }), otherEvents: [term('Nausea', [5, 50])] });
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('when events are not given', () => {
      const parts = events({
        eventGroups: eventGroups({ seriousNumAffected: 2 }),
        seriousEvents: [{ term: 'Fall', stats: [{ groupId: 'EG000', numAffected: 2, numAtRisk: 50 }] }],
      });
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('when all-cause mortality is not reported (records before 2017)', () => {
      const groups = [{ id: 'EG000', title: 'Drug', seriousNumAffected: 0, seriousNumAtRisk: 10, otherNumAffected: 1, otherNumAtRisk: 10 }];
      assert.deepEqual(ruleFindings(events({ eventGroups: groups }), ID), []);
    });
    it('on numbers that are not numbers', () => {
      assert.deepEqual(
        ruleFindings(events({ eventGroups: eventGroups({ seriousNumAffected: 'NA' as never, seriousNumAtRisk: '' as never }) }), ID),
        [],
      );
    });
    it('on zero at risk and zero affected', () => {
      assert.deepEqual(
        ruleFindings(events({ eventGroups: eventGroups({ seriousNumAtRisk: 0, otherNumAtRisk: 0, deathsNumAtRisk: 0 }) }), ID),
        [],
      );
    });
  });
});
