import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lookupRule } from '../../../server/src/service/rules/ruleCatalog';
import {
  FEW_RECORDS,
  JUDGED_ERRORS,
  JUDGEMENTS,
  checksNeedingJudgement,
  checksReport,
  errorFirings,
  runAllRealRecords,
} from '../../../scripts/checks-report';
import { REAL_RECORDS_FOLDERS } from './realRecords';

/** Every check over every real record, on its submission day and on the fixed day (docs/checks-on-real-records.md). */
const runs = runAllRealRecords();
const DOC = path.resolve(__dirname, '../../../docs/checks-on-real-records.md');

/** The "How often each check fires" table of a report. */
function firingTable(report: string): string[] {
  return report.split('\n').filter((line) => /^\| `[a-z-]+\/[a-z-]+` \| (rules|review|schema|syntax) \| /.test(line));
}

describe('every check on real registered records', () => {
  it('finds the 271 real studies of json/ and json-more/', () => {
    const records = runs.atSubmission.map((run) => run.record);
    assert.equal(REAL_RECORDS_FOLDERS.length, 2);
    assert.equal(records.filter((record) => record.file.startsWith('json/')).length, 19);
    assert.equal(records.filter((record) => record.file.startsWith('json-more/')).length, 252);
    assert.ok(records.every((record) => /^NCT\d{8}$/.test(record.nctId) && record.submitted !== ''));
    assert.equal(new Set(records.map((record) => record.nctId)).size, records.length, 'no study twice');
  });

  it('reads every record without a syntax or schema problem, and no check throws', () => {
    for (const run of [...runs.atSubmission, ...runs.atFixedDate]) {
      const where = `${run.record.nctId} on ${run.today}`;
      assert.equal(run.syntaxProblems, 0, where);
      assert.deepEqual(run.ruleErrors, [], where);
      const notRules = run.diagnostics.filter((diagnostic) => diagnostic.layer === 'schema' || diagnostic.layer === 'syntax');
      assert.deepEqual(
        notRules.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`),
        [],
        where,
      );
      for (const diagnostic of run.diagnostics) {
        assert.ok(lookupRule(diagnostic.code), `${diagnostic.code} is a catalog rule`);
        assert.ok(diagnostic.range.end > diagnostic.range.start, 'every diagnostic marks some text');
      }
    }
  });

  it('fires an error-severity check on a registered record only where the record truly has the problem (judged by NCT id and code)', () => {
    const unjustified: string[] = [];
    for (const run of [...runs.atSubmission, ...runs.atFixedDate]) {
      for (const diagnostic of run.diagnostics.filter((candidate) => candidate.severity === 'error')) {
        const key = `${run.record.nctId} ${diagnostic.code}`;
        if (JUDGED_ERRORS[key]?.kind !== 'real problem') unjustified.push(`${key} on ${run.today}: ${diagnostic.message}`);
      }
    }
    assert.deepEqual(unjustified, []);
  });

  it('has judged every error finding of the submission stage too (docs/checks-on-real-records.md explains each)', () => {
    const unjudged = [...errorFirings(runs).keys()].filter((key) => !JUDGED_ERRORS[key]);
    assert.deepEqual(unjudged, []);
  });

  it(`has judged examples for every check that fires on more than ${FEW_RECORDS} records`, () => {
    const unjudged = checksNeedingJudgement(runs).filter((code) => !JUDGEMENTS[code]);
    assert.deepEqual(unjudged, [], 'add a judgement to scripts/checkJudgements.ts and run npm run report:checks');
  });

  it('keeps docs/checks-on-real-records.md current (npm run report:checks)', () => {
    assert.deepEqual(firingTable(readFileSync(DOC, 'utf8')), firingTable(checksReport(runs)));
  });
});
