import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventGroups, ruleFindings, term, type StudyParts } from './resultsStudyKit';

const ID = 'review/ae-serious-mixed';

function tables(serious: unknown[], other: unknown[]): StudyParts {
  return {
    results: {
      adverseEventsModule: {
        frequencyThreshold: '5',
        eventGroups: eventGroups({ seriousNumAffected: 5, otherNumAffected: 20 }, { seriousNumAffected: 5, otherNumAffected: 20 }),
        seriousEvents: serious as never,
        otherEvents: other as never,
      },
    },
  };
}

describe(ID, () => {
  it('fires on an other adverse event named serious, at its term', () => {
    const [seen, ...rest] = ruleFindings(tables([], [term('Serious infection', [3, 50], [2, 50])]), ID);
    assert.deepEqual(rest, []);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, '"Serious infection"');
    assert.equal(
      seen.message,
      'The other (not serious) adverse event `Serious infection` appears to be a serious adverse event. Report serious adverse events in ' +
        'the serious adverse event table only; the other table is for events that were not serious.',
    );
  });

  it('fires on a term repeated in both tables with the same counts', () => {
    const [seen] = ruleFindings(tables([term('Pneumonia', [2, 50], [3, 50])], [term('pneumonia ', [2, 50], [3, 50])]), ID);
    assert.equal(seen?.diagnostic.pointer, '/resultsSection/adverseEventsModule/otherEvents/0/term');
    assert.match(
      seen.message,
      /appears to repeat the serious one: both tables give the same numbers affected in every group \(`EG000`: 2, `EG001`: 3\)/,
    );
  });

  it('fires on a "SERIOUS" word in any case, once per term', () => {
    const found = ruleFindings(
      tables(
        [],
        [term('Infection, SERIOUS', [1, 50], [0, 50]), term('Seriously ill', [1, 50], [0, 50]), term('serious fall', [0, 50], [1, 50])],
      ),
      ID,
    );
    assert.deepEqual(
      found.map((seen) => seen.marked),
      ['"Infection, SERIOUS"', '"serious fall"'],
    );
  });

  describe('is silent', () => {
    it('on the same term with different counts (trap)', () =>
      assert.deepEqual(ruleFindings(tables([term('Pneumonia', [2, 50], [3, 50])], [term('Pneumonia', [6, 50], [3, 50])]), ID), []));
    it('on sparse identical counts (trap: 0/1 repeat by chance)', () =>
      assert.deepEqual(ruleFindings(tables([term('Fall', [1, 50], [0, 50])], [term('Fall', [1, 50], [0, 50])]), ID), []));
    it('on a non-serious term', () =>
      assert.deepEqual(
        ruleFindings(tables([], [term('Non-serious infection', [4, 50], [2, 50]), term('Not serious rash', [4, 50], [1, 50])]), ID),
        [],
      ));
    it('on different terms with the same counts', () =>
      assert.deepEqual(ruleFindings(tables([term('Pneumonia', [2, 50], [3, 50])], [term('Headache', [2, 50], [3, 50])]), ID), []));
    it('on the same affected but different event counts', () =>
      assert.deepEqual(
        ruleFindings(tables([term('Pneumonia', [2, 50, 2], [3, 50, 3])], [term('Pneumonia', [2, 50, 4], [3, 50, 3])]), ID),
        [],
      ));
    it('without other adverse events', () => assert.deepEqual(ruleFindings(tables([term('Pneumonia', [2, 50], [3, 50])], []), ID), []));
  });
});
