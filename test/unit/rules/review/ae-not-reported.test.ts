import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventGroups, flow, outcomeMeasure, reason, ruleFindings, term, type StudyParts } from './resultsStudyKit';

const ID = 'review/ae-not-reported';

interface Parts {
  readonly flow?: unknown;
  readonly groups?: unknown[];
  readonly module?: Record<string, unknown>;
  readonly measures?: unknown[];
}

function study(parts: Parts): StudyParts {
  const results: StudyParts['results'] = {
    adverseEventsModule: {
      frequencyThreshold: '0',
      eventGroups: (parts.groups ?? eventGroups({}, {})) as never,
      ...(parts.module as object),
    },
  };
  if (parts.flow) results.participantFlowModule = parts.flow as never;
  if (parts.measures) results.outcomeMeasuresModule = { outcomeMeasures: parts.measures as never };
  return { results };
}

/** An outcome counting participants with adverse events, `values` per group. */
function aeOutcome(title: string, values: string[]): unknown {
  return outcomeMeasure(
    { title, paramType: 'COUNT_OF_PARTICIPANTS', unitOfMeasure: 'Participants' },
    [50, 50],
    values.map((value) => ({ value })),
  );
}

describe(ID, () => {
  it('fires when the flow reports deaths and the same-titled event group reports none, at its mortality', () => {
    const [seen, ...rest] = ruleFindings(study({ flow: flow([50, 50], [reason('Death', 0, 2)]) }), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/1/deathsNumAffected');
    assert.equal(
      seen.message,
      'Group `EG001` (Placebo): no deaths in all-cause mortality, but the participant flow reports 2 participants who left because of ' +
        'death (`FG001`). Count every death within the adverse event time frame in all-cause mortality, or explain the difference in `allCauseMortalityComment`.',
    );
  });

  it('compares totals when the flow groups have other titles', () => {
    const withOtherTitles = { ...(flow([50], [reason('Died', 1)]) as object), groups: [{ id: 'FG000', title: 'All participants' }] };
    const [seen] = ruleFindings(study({ flow: withOtherTitles }), ID);
    assert.match(
      seen?.message ?? '',
      /^All-cause mortality reports no deaths in any group, but the participant flow reports 1 participant who left/,
    );
    assert.equal(seen.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/0/deathsNumAffected');
  });

  it('fires when an outcome counts participants with serious adverse events and the serious table shows none', () => {
    const [seen] = ruleFindings(
      study({ measures: [aeOutcome('Number of Participants With Serious Adverse Events (SAEs)', ['0', '3'])] }),
      ID,
    );
    assert.equal(seen?.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/0/seriousNumAffected');
    assert.match(
      seen.message,
      /^The serious adverse event table reports no one affected in any group, but outcome measure 1 \("Number of Participants With Serious Adverse Events \(SAEs\)"\) reports 3 participants in group `OG001` \(Placebo\)\./,
    );
  });

  it('fires on an outcome counting any adverse events when the tables show none with a threshold of 0', () => {
    const [seen] = ruleFindings(
      study({ measures: [aeOutcome('Percentage of Participants With Treatment-Emergent Adverse Events', ['12.5', '4'])] }),
      ID,
    );
    assert.equal(seen?.diagnostic.pointer, '/resultsSection/adverseEventsModule/eventGroups/0/otherNumAffected');
    assert.match(seen.message, /with a frequency threshold of 0/);
  });

  // No wall-clock assertion (machines vary): the run finishing at all is the test; a title pattern gone quadratic would hang.
  for (const unit of ['no aaaa ', 'non-serious ', 'without ', 'a'.repeat(50)]) {
    it(`reads a 100 KB outcome title made of ${JSON.stringify(unit.slice(0, 12))}`, () => {
      const title = `Number of Participants ${unit.repeat(Math.ceil(100_000 / unit.length))} With Serious Adverse Events`;
      assert.ok(Array.isArray(ruleFindings(study({ measures: [aeOutcome(title, ['1', '0'])] }), ID)));
    });
  }

  describe('is silent', () => {
    it('when all-cause mortality counts the deaths', () =>
      assert.deepEqual(
        ruleFindings(study({ flow: flow([50, 50], [reason('Death', 0, 2)]), groups: eventGroups({}, { deathsNumAffected: 2 }) }), ID),
        [],
      ));
    it('when the all-cause mortality comment explains', () =>
      assert.deepEqual(
        ruleFindings(
          study({ flow: flow([50, 50], [reason('Death', 1, 0)]), module: { allCauseMortalityComment: 'Deaths after the AE time frame.' } }),
          ID,
        ),
        [],
      ));
    it('when all-cause mortality is not reported at all (before 2017)', () => {
      const groups = [{ id: 'EG000', title: 'Drug', seriousNumAffected: 0, seriousNumAtRisk: 50 }];
      assert.deepEqual(ruleFindings(study({ flow: flow([50], [reason('Death', 1)]), groups }), ID), []);
    });
    it('on other withdrawal reasons', () =>
      assert.deepEqual(
        ruleFindings(study({ flow: flow([50, 50], [reason('Adverse Event', 2, 1), reason('Lost to Follow-up', 1, 1)]) }), ID),
        [],
      ));
    it('when the serious table reports the events', () => {
      const parts = study({
        measures: [aeOutcome('Number of Participants With Serious Adverse Events', ['1', '0'])],
        groups: eventGroups({ seriousNumAffected: 1 }, {}),
        module: { seriousEvents: [term('Pneumonia', [1, 50], [0, 50])] },
      });
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('when the outcome counts none', () =>
      assert.deepEqual(
        ruleFindings(study({ measures: [aeOutcome('Number of Participants With Serious Adverse Events', ['0', '0'])] }), ID),
        [],
      ));
    it('on an outcome counting participants without adverse events', () =>
      assert.deepEqual(
        ruleFindings(study({ measures: [aeOutcome('Number of Participants Without Adverse Events', ['40', '45'])] }), ID),
        [],
      ));
    it('on non-serious adverse events under a threshold above 0 (left out by design)', () => {
      const parts = study({
        measures: [aeOutcome('Number of Participants With Adverse Events', ['2', '1'])],
        module: { frequencyThreshold: '5' },
      });
      assert.deepEqual(ruleFindings(parts, ID), []);
    });
    it('on a mean that mentions adverse events', () => {
      const measure = outcomeMeasure(
        { title: 'Mean Number of Adverse Events per Participant', paramType: 'MEAN' },
        [50, 50],
        [{ value: '1.2' }, { value: '0.8' }],
      );
      assert.deepEqual(ruleFindings(study({ measures: [measure] }), ID), []);
    });
  });
});
