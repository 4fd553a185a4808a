import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertOne, assertSilent, check } from '../ruleTestKit';

const RULE = 'results/unknown-group';

/** A whole study (JSON) whose results hold the given modules. */
function study(results: Record<string, unknown>): string {
  return JSON.stringify(
    { protocolSection: { identificationModule: { nctId: 'NCT01234567', briefTitle: 'A study' } }, resultsSection: results },
    null,
    2,
  );
}

const flow = (achievementGroup: string) => ({
  participantFlowModule: {
    groups: [
      { id: 'FG000', title: 'Drug' },
      { id: 'FG001', title: 'Placebo' },
    ],
    periods: [
      {
        title: 'Overall Study',
        milestones: [
          {
            type: 'STARTED',
            achievements: [
              { groupId: 'FG000', numSubjects: '10' },
              { groupId: achievementGroup, numSubjects: '12' },
            ],
          },
        ],
      },
    ],
  },
});

describe(RULE, () => {
  it('is silent when every id names a group of its module, and on a protocol-only record', () => {
    assertSilent(study(flow('FG001')), RULE, { format: 'json' });
    assertSilent('identificationModule:\n  briefTitle: A\n', RULE);
  });

  it('marks an id from another module, names the groups and offers the same-numbered group', () => {
    const text = study(flow('OG001'));
    const seen = assertOne(text, RULE, { format: 'json' });
    assert.equal(seen.marked, '"OG001"');
    assert.equal(seen.severity, 'error');
    assert.match(
      seen.message,
      /`OG001` is not a group of the participant flow: its groups are FG000 \(Drug\), FG001 \(Placebo\)\. Did you mean `FG001`\?/,
    );
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-text', replacement: 'FG001' });
  });

  it('offers no fix when no single group is certain', () => {
    const seen = assertOne(study(flow('FG007')), RULE, { format: 'json' });
    assert.equal(seen.diagnostic.fix, undefined);
  });

  it('scopes outcome measure groups to their own measure, including analysis groupIds', () => {
    const measure = (id: string, analysisIds: string[]) => ({
      title: `Measure ${id}`,
      groups: [{ id, title: 'Drug' }],
      classes: [{ categories: [{ measurements: [{ groupId: id, value: '1.5' }] }] }],
      analyses: [{ groupIds: analysisIds }],
    });
    const text = study({ outcomeMeasuresModule: { outcomeMeasures: [measure('OG000', ['OG000']), measure('OG005', ['OG005', 'OG000'])] } });
    const seen = assertOne(text, RULE, { format: 'json' });
    assert.match(seen.message, /not a group of outcome measure 2 \(Measure OG005\)/);
    assert.equal(seen.diagnostic.pointer, '/resultsSection/outcomeMeasuresModule/outcomeMeasures/1/analyses/0/groupIds/1');
  });

  it('reads adverse event stats against eventGroups', () => {
    const text = study({
      adverseEventsModule: {
        eventGroups: [{ id: 'EG000', title: 'Drug' }],
        seriousEvents: [{ term: 'Fall', stats: [{ groupId: 'EG000' }, { groupId: 'EG001' }] }],
      },
    });
    assert.match(
      assertOne(text, RULE, { format: 'json' }).message,
      /`EG001` is not a group of the adverse events: its groups are EG000 \(Drug\)\./,
    );
  });

  it('is silent on every real record with results', () => {
    for (const id of ['NCT02299791', 'NCT04431453', 'NCT00763412', 'NCT03064438', 'NCT02552212', 'NCT02210780', 'NCT05594173']) {
      const text = readFileSync(`test/fixtures/ctgov/json/${id}.json`, 'utf8');
      assert.deepEqual(
        check(text, { format: 'json' })
          .filter((seen) => seen.code === RULE)
          .map((seen) => seen.message),
        [],
        id,
      );
    }
  });
});
