import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { meddataxFormat } from '../../../server/src/import/formats/meddatax';
import { toPageText } from '../../../server/src/import/pageText';
import { assertSameFields, expectedOf, keptLines, pageOf, schemaProblems, winnerOf } from './sitesTestKit';

const PAGES = ['meddatax-NCT03458156.txt', 'meddatax-labelless-NCT04000123.txt'];

describe('meddatax reader', () => {
  for (const name of PAGES) {
    it(`reads ${name} as its expected record, schema-clean, detected as meddatax`, () => {
      const page = pageOf(name);
      assert.equal(winnerOf(page), 'meddatax');
      const reading = meddataxFormat.read(page);
      assertSameFields(reading.record, expectedOf(name));
      assert.deepEqual(schemaProblems(reading.record), []);
    });
  }
  it('never takes the related trials as values: they stay as comments', () => {
    for (const name of PAGES) {
      const page = pageOf(name);
      const reading = meddataxFormat.read(page);
      const kept = keptLines(page, reading);
      assert.ok(kept.some((line) => /^NCT0(4868838|3999991) /.test(line)), name);
      assert.doesNotMatch(JSON.stringify(reading.record), /NCT04868838|NCT03999991|PHASE3|RECRUITING"/);
    }
  });
  it('an observational label-less page has no phase and its dates do not slip', () => {
    const reading = meddataxFormat.read(pageOf('meddatax-labelless-NCT04000123.txt'));
    const design = reading.record.designModule as Record<string, unknown>;
    assert.equal(design.phases, undefined);
    assert.equal(design.studyType, 'OBSERVATIONAL');
  });
  it('reads a truncated page up to where it stops', () => {
    const page = pageOf('meddatax-NCT03458156.txt');
    const reading = meddataxFormat.read(toPageText(page.lines.slice(0, 30).join('\n')));
    assert.equal((reading.record.statusModule as Record<string, unknown>).overallStatus, 'UNKNOWN');
    assert.equal(reading.record.eligibilityModule, undefined);
  });
});
