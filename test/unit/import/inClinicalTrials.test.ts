import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inClinicalTrialsFormat } from '../../../server/src/import/formats/inClinicalTrials';
import { assertSameFields, expectedOf, keptLines, pageOf, schemaProblems, winnerOf } from './sitesTestKit';

const PAGES = ['inclinicaltrials-NCT06242405.txt', 'inclinicaltrials-truncated-NCT02111111.txt'];

describe('inClinicalTrials reader', () => {
  for (const name of PAGES) {
    it(`reads ${name} as its expected record, schema-clean, detected as inClinicalTrials`, () => {
      const page = pageOf(name);
      assert.equal(winnerOf(page), 'inclinicaltrials');
      const reading = inClinicalTrialsFormat.read(page);
      assertSameFields(reading.record, expectedOf(name));
      assert.deepEqual(schemaProblems(reading.record), []);
    });
  }
  it('keeps the legacy outcome table and the "See also" trials as comments', () => {
    const page = pageOf('inclinicaltrials-NCT06242405.txt');
    const kept = keptLines(page, inClinicalTrialsFormat.read(page));
    assert.ok(kept.includes('Type Measure Description Time frame Safety issue'));
    assert.ok(kept.some((line) => line.includes('NCT05001009')));
  });
  it('does not call a finished trial\'s "Est." date an estimate', () => {
    const reading = inClinicalTrialsFormat.read(pageOf('inclinicaltrials-truncated-NCT02111111.txt'));
    assert.ok(reading.warnings.some((warning) => warning.includes('completionDateStruct')));
  });
});
