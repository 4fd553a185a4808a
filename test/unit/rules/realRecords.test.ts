import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lookupRule } from '../../../server/src/service/rules/ruleCatalog';
import { REAL_RECORDS_TODAY, loadRealRecords, runOnRealRecord } from './realRecords';

const records = loadRealRecords();

/**
 * What fires on the real records when checked on the day each version was submitted, and why
 * it is right (docs/rules-on-real-records.md has the full discussion). A new entry here means
 * a rule changed: check it against the real record before accepting it.
 */
const EXPECTED_AT_SUBMISSION: readonly string[] = [
  'NCT02299791 arms/duplicate-intervention', // two interventions both "Other: ALL"
  'NCT03418623 eligibility/criteria-sections', // criteria text in the fixture is cut short ("...")
  'NCT04207047 design/single-group-arms', // SINGLE_GROUP with four device groups
  'NCT04267848 eligibility/criteria-sections', // no exclusion heading in a 300 kB NCI record
  'NCT04431453 design/single-group-arms', // SINGLE_GROUP with eight age cohorts
  'NCT06171568 eligibility/criteria-sections', // criteria text in the fixture is cut short ("...")
  'NCT06388018 status/start-date-type', // RECRUITING while the estimated start is six months ahead
];

describe('rules on real registered records', () => {
  it('finds the real records', () => {
    assert.ok(records.length >= 19, `only ${records.length} records found`);
    assert.ok(records.every((record) => /^NCT\d{8}$/.test(record.nctId) && record.submitted !== ''));
  });

  for (const record of records) {
    it(`${record.nctId}: no error-severity rule fires, no rule throws`, () => {
      for (const today of [record.submitted, REAL_RECORDS_TODAY]) {
        const run = runOnRealRecord(record, today);
        assert.equal(run.syntaxProblems, 0);
        assert.deepEqual(run.ruleErrors, []);
        const errors = run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
        assert.deepEqual(
          errors.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`),
          [],
          `on ${today}`,
        );
        for (const diagnostic of run.diagnostics) {
          assert.ok(lookupRule(diagnostic.code), `${diagnostic.code} is a catalog rule`);
          assert.ok(diagnostic.range.end > diagnostic.range.start, 'every diagnostic marks some text');
        }
      }
    });
  }

  it('fires only the reviewed findings when each record is checked on its submission day', () => {
    const fired = new Set<string>();
    for (const record of records) {
      for (const diagnostic of runOnRealRecord(record, record.submitted).diagnostics) fired.add(`${record.nctId} ${diagnostic.code}`);
    }
    assert.deepEqual([...fired].sort(), [...EXPECTED_AT_SUBMISSION].sort());
  });
});
