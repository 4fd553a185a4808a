import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PAGE_FORMATS } from '../../../server/src/import/formatRegistry';
import { ImportRefusal, importPage } from '../../../server/src/import/importPage';
import type { PageFormat } from '../../../server/src/import/pageFormat';
import { studyIdOf, fileNameForStudyId } from '../../../server/src/import/studyId';
import { EXPECTED_FOLDER, PAGES_FOLDER, recordOf } from './support/importTestKit';

describe('import pipeline', () => {
  it('lists every reader once, with a stable id and a label', () => {
    const ids = PAGE_FORMATS.map((format) => format.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ['ctgov-json', 'ignite']) assert.ok(ids.includes(id), id);
    for (const format of PAGE_FORMATS) assert.ok(format.label.length > 0);
  });

  it('reduces a saved HTML page to text, then reads it like the text page', () => {
    const html = readFileSync(path.join(PAGES_FOLDER, 'ignite-NCT06731192.html'), 'utf8');
    const result = importPage(html, { sourceName: 'ignite-NCT06731192.html' });
    assert.equal(result.format, 'ignite');
    assert.deepEqual(
      recordOf(result.yaml),
      parse(readFileSync(path.join(EXPECTED_FOLDER, 'ignite-NCT06731192.yaml'), 'utf8'), { version: '1.2' }),
    );
    // The status in the page's script is not page text.
    assert.doesNotMatch(result.yaml, /RECRUITING"/);
    assert.match(result.report, /reduced to its visible text/);
  });

  it('names the source and the format in the header, and reports counts that match the YAML', () => {
    const result = importPage(readFileSync(path.join(PAGES_FOLDER, 'ignite-NCT06731192.txt'), 'utf8'), { sourceName: 'my page.txt' });
    assert.match(result.yaml, /^# Imported from my page\.txt \(Ignite page\)/);
    assert.equal(result.formatLabel, 'Ignite page');
    assert.equal(result.keptLines, 6);
    assert.match(result.yaml, /# ── 6 lines of the page not mapped to a field, kept verbatim ──/);
    assert.ok(result.filledFields > 80);
    assert.match(result.report, /Fields filled: \d+/);
    assert.match(result.report, /\| `identificationModule\.nctId` \| NCT06731192 \|/);
  });

  it('keeps every line of a page no reader recognises, and finds no ID in it', () => {
    const result = importPage('Just some notes\nabout a study\n', {
      sourceName: 'notes.txt',
      formats: PAGE_FORMATS.filter((format) => format.id !== 'generic'),
    });
    assert.equal(result.keptLines, 2);
    assert.equal(result.studyId, undefined);
    assert.deepEqual(recordOf(result.yaml), {});
  });

  it('picks the reader with the highest score, and survives a reader that throws', () => {
    const page = 'anything';
    const shy: PageFormat = {
      id: 'shy',
      label: 'Shy',
      detect: () => 0.2,
      read: () => ({ record: { identificationModule: { briefTitle: 'shy' } }, usedLines: new Set([0]), warnings: [] }),
    };
    const bold: PageFormat = {
      id: 'bold',
      label: 'Bold',
      detect: () => 0.9,
      read: () => {
        throw new Error('boom');
      },
    };
    const broken: PageFormat = {
      id: 'broken',
      label: 'Broken',
      detect: () => {
        throw new Error('bad detect');
      },
      read: () => ({ record: {}, usedLines: new Set(), warnings: [] }),
    };
    const result = importPage(page, { formats: [shy, bold, broken] });
    assert.equal(result.format, 'bold');
    assert.equal(result.keptLines, 1);
    assert.match(result.report, /The Bold reader failed \(boom\)/);
    const withBrokenDetect = importPage(page, { formats: [shy, broken] });
    assert.equal(withBrokenDetect.format, 'shy');
    // The reader's bug is not swallowed: the report names it.
    assert.match(withBrokenDetect.report, /The Broken reader failed while recognising the page \(bad detect\); it was not used\./);
  });

  it('refuses empty text and binary data with a clear message', () => {
    assert.throws(
      () => importPage('  \n\t\n'),
      (error: unknown) => error instanceof ImportRefusal && /empty/.test(error.message),
    );
    assert.throws(
      () => importPage('\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000'.repeat(50)),
      (error: unknown) => error instanceof ImportRefusal && /binary/.test(error.message),
    );
    assert.throws(
      () => importPage('<html><head><script>x()</script></head></html>'),
      (error: unknown) => error instanceof ImportRefusal && /no visible text/.test(error.message),
    );
  });

  it('names the file after the NCT ID, else the sponsor ID, else a registry ID', () => {
    assert.equal(studyIdOf({ identificationModule: { nctId: 'NCT01234567', orgStudyIdInfo: { id: 'X-1' } } }), 'NCT01234567');
    assert.equal(
      studyIdOf({ identificationModule: { orgStudyIdInfo: { id: 'X-1' }, secondaryIdInfos: [{ id: 'EUCTR2020-000001-11' }] } }),
      'X-1',
    );
    assert.equal(
      studyIdOf({ identificationModule: { secondaryIdInfos: [{ id: '' }, { id: 'CTRI/2024/01/012345' }] } }),
      'CTRI/2024/01/012345',
    );
    assert.equal(studyIdOf({ statusModule: {} }), undefined);
    assert.equal(fileNameForStudyId('CTRI/2024/01/012345'), 'CTRI-2024-01-012345');
    assert.equal(fileNameForStudyId('../..'), 'imported');
  });
});
