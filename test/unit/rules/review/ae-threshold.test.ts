import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixReplacement } from '../ruleTestKit';
import { eventGroups, ruleFindings, type StudyParts } from './resultsStudyKit';

const ID = 'review/ae-threshold';

function threshold(frequencyThreshold: unknown): StudyParts {
  return { results: { adverseEventsModule: { frequencyThreshold: frequencyThreshold as never, eventGroups: eventGroups({}) } } };
}

describe(ID, () => {
  for (const value of ['10', 6, '5.5']) {
    it(`fires on ${JSON.stringify(value)}, above 5`, () => {
      const [seen, ...rest] = ruleFindings(threshold(value), ID);
      assert.deepEqual(rest, []);
      assert.equal(seen.severity, 'error');
      assert.equal(seen.marked, JSON.stringify(value));
      assert.match(seen.message, /above the registry's limit of 5%\. Lower it to 5 or less/);
    });
  }

  for (const value of ['five', 'NA', '2-5', '10%']) {
    it(`fires on ${JSON.stringify(value)}, not a number`, () => {
      const [seen] = ruleFindings(threshold(value), ID);
      assert.match(seen?.message ?? '', /is not a number\. Write the percentage as a number from 0 to 5/);
      assert.equal(fixReplacement(seen), undefined);
    });
  }

  it('fires on a percent sign and offers the number alone', () => {
    const [seen] = ruleFindings(threshold('5%'), ID);
    assert.match(seen?.message ?? '', /has a percent sign; the field takes the number alone: `5`/);
    assert.equal(fixReplacement(seen), '5');
  });

  it('fires on a negative threshold', () => assert.match(ruleFindings(threshold('-1'), ID)[0]?.message ?? '', /below 0/));

  describe('is silent', () => {
    for (const value of ['0', '5', 5, '1', '2.5', ' 3 ']) {
      it(`on ${JSON.stringify(value)}`, () => assert.deepEqual(ruleFindings(threshold(value), ID), []));
    }
    it('when the threshold is absent or blank (required-field checks report it)', () => {
      assert.deepEqual(ruleFindings({ results: { adverseEventsModule: { eventGroups: eventGroups({}) } } }, ID), []);
      assert.deepEqual(ruleFindings(threshold(''), ID), []);
    });
  });
});
