// The messages about unusable `trialRecord.rules` values (shown by client/src/settingsMonitor.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_LEVELS, ruleSettingsProblems } from '../../../client/src/ruleSettingsProblems';

describe('trialRecord.rules problems', () => {
  it('accepts the default, an empty object and every level', () => {
    assert.deepEqual(ruleSettingsProblems(undefined), []);
    assert.deepEqual(ruleSettingsProblems({}), []);
    assert.deepEqual(ruleSettingsProblems(Object.fromEntries(RULE_LEVELS.map((level, i) => [`rule/${i}`, level]))), []);
  });

  it('names each entry with a level it cannot use, and only those', () => {
    const problems = ruleSettingsProblems({ 'dates/order': 'loud', 'status/stale-verification': 'off', 'x/y': 3, 'a/b': 'Warning' });
    assert.equal(problems.length, 3);
    assert.match(problems[0], /"loud" for "dates\/order" is not one of error, warning, information, hint, off/);
    assert.match(problems[1], /3 for "x\/y"/);
    assert.match(problems[2], /"Warning" for "a\/b"/);
    assert.ok(problems.every((p) => /keeps its default severity/.test(p)));
  });

  it('explains a value that is not an object at all', () => {
    for (const value of ['off', 42, true, ['dates/order']]) {
      const problems = ruleSettingsProblems(value);
      assert.equal(problems.length, 1, JSON.stringify(value));
      assert.match(problems[0], /should be an object/);
    }
  });

  it('shortens a huge value and survives one that cannot be serialised', () => {
    const [long] = ruleSettingsProblems('x'.repeat(10_000));
    assert.ok(long.length < 300, long);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const [problem] = ruleSettingsProblems({ 'dates/order': cyclic });
    assert.match(problem, /dates\/order/);
  });
});
