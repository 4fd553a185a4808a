import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { toPageText } from '../../../server/src/import/pageText';
import { assertSameFields, expectedOf, formatById, keptLines, pageOf, schemaProblems, winnerOf } from './sitesTestKit';

const inClinicalTrialsFormat = formatById('inclinicaltrials');

const PAGES = ['inclinicaltrials-NCT06242405.txt', 'inclinicaltrials-truncated-NCT02111111.txt', 'inclinicaltrials-tables-NCT01234987.txt'];

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
  it('keeps space-joined tables (no cell boundary) and the "See also" trials as comments', () => {
    const page = pageOf('inclinicaltrials-NCT06242405.txt');
    const reading = inClinicalTrialsFormat.read(page);
    const kept = keptLines(page, reading);
    assert.ok(kept.includes('Type Measure Description Time frame Safety issue'));
    assert.ok(kept.includes('Primary Proportion of patients with Child A Patients with Child A 24 weeks'));
    assert.ok(kept.includes('China General Hospital of Northern Theater Command Shenyang Liaoning'));
    assert.ok(kept.some((line) => line.includes('NCT05001009')));
    assert.equal(reading.record.outcomesModule, undefined);
    assert.equal((reading.record.contactsLocationsModule as Record<string, unknown>).locations, undefined);
  });
  it('reads the study information contact as the central contact; `Contact n/a` and a phone that is no number stay out', () => {
    const page = pageOf('inclinicaltrials-NCT06242405.txt');
    assert.deepEqual((inClinicalTrialsFormat.read(page).record.contactsLocationsModule as Record<string, unknown>).centralContacts, [
      { role: 'CONTACT', name: 'Xingshun Qi, MD', phone: '18909881019', email: 'xingshunqi@126.com' },
    ]);
    const placeholder = toPageText(
      ['Clinical Trials Logo', 'Study information', 'Contact n/a', 'Phone see website', 'Source Example Hospital', ''].join('\n'),
    );
    const reading = inClinicalTrialsFormat.read(placeholder);
    assert.equal(reading.record.contactsLocationsModule, undefined);
    // The placeholder stays as a comment too, so the report can say why nothing was taken.
    assert.deepEqual(keptLines(placeholder, reading), ['Contact n/a', 'Phone see website']);
  });
  it('reads each publication line up to its "View Citation" link, and only under the publications heading', () => {
    const text = [
      'References & Publications (2)',
      '',
      'Smith J. A paper. J Med. 2020;1:1-2. — View Citation',
      '',
      'Lee K. Another. 2021. - View Citation',
      '',
      'Outcome',
      'Not a citation — View Citation',
    ].join('\n');
    const reading = inClinicalTrialsFormat.read(toPageText(text));
    assert.deepEqual((reading.record.referencesModule as Record<string, unknown>).references, [
      { citation: 'Smith J. A paper. J Med. 2020;1:1-2.' },
      { citation: 'Lee K. Another. 2021.' },
    ]);
    // `Outcome` is a heading of the page (furniture); the line under it is no citation of the list above.
    assert.deepEqual(keptLines(toPageText(text), reading), ['Not a citation — View Citation']);
  });
  it('reads tab-separated tables; the legacy Safety issue stays out of the record but its row stays as a comment', () => {
    const page = pageOf('inclinicaltrials-tables-NCT01234987.txt');
    const reading = inClinicalTrialsFormat.read(page);
    assert.doesNotMatch(JSON.stringify(reading.record), /safety|"Yes"|"No"|NCT00999888/i);
    const kept = keptLines(page, reading);
    assert.ok(kept.some((line) => line.startsWith('Primary\tSustained virological response') && line.endsWith('\tNo')));
    assert.ok(kept.some((line) => line.startsWith('Secondary\tAnaemia') && line.endsWith('\tYes')));
    assert.ok(
      !kept.some((line) => line.startsWith('Secondary\tRapid virological response')),
      'a row with no Safety issue is wholly in the record',
    );
    assert.ok(
      kept.some((line) => line.startsWith('Italy\tSite #3')),
      'an anonymised facility is not a value, and its row is kept',
    );
    assert.ok(!kept.includes('See also'), 'a heading is page furniture');
    assert.ok(
      kept.some((line) => line.includes('NCT00999888')),
      'the trials under See also stay as comments',
    );
  });
  it('reads the one-cell-per-line outcome table (HTML reduced to text): a row starts at its type', () => {
    const page = toPageText(
      [
        'Clinical Trials Logo',
        'Clinical Trial Details — Status: Recruiting',
        'Outcome',
        'Type',
        'Measure',
        'Description',
        'Time frame',
        'Safety issue',
        'Primary',
        'Pain score',
        'Numeric rating scale 0-10',
        'Day 3',
        'Secondary',
        'Opioid use',
        'Day 3',
        'No',
        'Secondary',
        'Length of stay',
        'See also',
        'Completed NCT00000001 - Something N/A',
      ].join('\n'),
    );
    const reading = inClinicalTrialsFormat.read(page);
    assert.deepEqual(reading.record.outcomesModule, {
      primaryOutcomes: [{ measure: 'Pain score', description: 'Numeric rating scale 0-10', timeFrame: 'Day 3' }],
      secondaryOutcomes: [{ measure: 'Opioid use' }, { measure: 'Length of stay' }],
    });
    // With a Yes/No among three cells, the middle one may be a description or a time frame: kept.
    assert.deepEqual(keptLines(page, reading), ['Day 3', 'No', 'Completed NCT00000001 - Something N/A']);
  });
  it('does not call a finished trial\'s "Est." date an estimate', () => {
    const reading = inClinicalTrialsFormat.read(pageOf('inclinicaltrials-truncated-NCT02111111.txt'));
    assert.ok(reading.warnings.some((warning) => warning.includes('completionDateStruct')));
  });
});
