import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toPageText } from '../../../server/src/import/pageText';
import { readdirSync } from 'node:fs';
import {
  ALL_FORMATS,
  SITE_PAGES,
  assertSameFields,
  expectedOf,
  formatById,
  keptLines,
  pageOf,
  schemaProblems,
  winnerOf,
} from './sitesTestKit';

const genericFormat = formatById('generic');

describe('generic labelled-page reader (the shared lexicon alone)', () => {
  it('reads a classic ClinicalTrials.gov page as its expected record', () => {
    const name = 'generic-classic-NCT00999999.txt';
    const page = pageOf(name);
    assert.equal(winnerOf(page), 'generic');
    const reading = genericFormat.read(page);
    assertSameFields(reading.record, expectedOf(name));
    assert.deepEqual(schemaProblems(reading.record), []);
    // The placeholder date stays as a comment; the empty `Sponsor:` is furniture, and the name after
    // `Information provided by` is the lead sponsor then.
    assert.deepEqual(keptLines(page, reading), ['Trial end date: 1969-12-31']);
    assert.equal(reading.keptReasons?.get(page.lines.indexOf('Trial end date: 1969-12-31')), 'placeholder');
  });
  it('reads a label line followed by its value, and keeps lines it does not know', () => {
    const page = toPageText('Public title\nA walking study\nStatus\nRecruiting\nFavourite colour\nBlue\nSex: Not specified\n');
    const reading = genericFormat.read(page);
    assert.deepEqual(reading.record, {
      identificationModule: { briefTitle: 'A walking study' },
      statusModule: { overallStatus: 'RECRUITING' },
    });
    assert.deepEqual(keptLines(page, reading), ['Favourite colour', 'Blue', 'Sex: Not specified']);
  });
  it('claims a page only weakly, so site readers win', () => {
    assert.ok(genericFormat.detect(pageOf('meddatax-NCT03458156.txt')) < 0.1);
    assert.equal(genericFormat.detect(toPageText('hello\nworld')), 0);
  });
});

describe('detection over every page fixture', () => {
  const PREFIX_TO_FORMAT: Record<string, string> = {
    medpath: 'medpath',
    meddatax: 'meddatax',
    inclinicaltrials: 'inclinicaltrials',
    generic: 'generic',
    ignite: 'ignite',
    ctgov: 'ctgov-json',
  };
  for (const name of readdirSync(SITE_PAGES).filter((file) => file.endsWith('.txt'))) {
    const expected = PREFIX_TO_FORMAT[name.split('-')[0]];
    if (!expected) continue;
    it(`${name} is claimed by ${expected} alone`, () => {
      const page = pageOf(name);
      assert.equal(winnerOf(page), expected);
      const scores = ALL_FORMATS.map((format) => format.detect(page)).sort((a, b) => b - a);
      assert.ok(scores[0] - scores[1] >= (expected === 'generic' ? 0.05 : 0.4), `winner ${scores[0]} vs runner-up ${scores[1]}`);
    });
  }
});
