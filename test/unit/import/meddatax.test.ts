import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toPageText } from '../../../server/src/import/pageText';
import { assertSameFields, expectedOf, formatById, keptLines, pageOf, schemaProblems, winnerOf } from './sitesTestKit';

const meddataxFormat = formatById('meddatax');

const PAGES = ['meddatax-NCT03458156.txt', 'meddatax-labelless-NCT04000123.txt', 'meddatax-arms-NCT05123456.txt'];

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
      assert.ok(
        kept.some((line) => /^NCT0(4868838|3999991|4411122) /.test(line)),
        name,
      );
      assert.doesNotMatch(JSON.stringify(reading.record), /NCT04868838|NCT03999991|NCT04411122|PHASE3|"RECRUITING"/);
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
  it("links arms and interventions both ways, in the API's `Type: Name` form", () => {
    const reading = meddataxFormat.read(pageOf('meddatax-arms-NCT05123456.txt'));
    const arms = reading.record.armsInterventionsModule as {
      armGroups: Array<Record<string, unknown>>;
      interventions: Array<Record<string, unknown>>;
    };
    assert.deepEqual(arms.armGroups[0].interventionNames, ['Dietary Supplement: Cholecalciferol', 'Behavioral: Supervised exercise']);
    assert.deepEqual(arms.interventions[1].armGroupLabels, ['Vitamin D plus exercise', 'Placebo plus exercise']);
    assert.equal(arms.armGroups[2].interventionNames, undefined, 'an arm with no interventions lists none');
  });
  it("an arm description that starts like the site's boilerplate is still the description", () => {
    const reading = meddataxFormat.read(pageOf('meddatax-arms-NCT05123456.txt'));
    const arms = reading.record.armsInterventionsModule as { armGroups: Array<Record<string, unknown>> };
    assert.match(String(arms.armGroups[0].description), /^Review of vitamin D levels/);
  });
  it('placeholders and unknown identifier types stay absent; the responsible party of a sponsor has no investigator', () => {
    const reading = meddataxFormat.read(pageOf('meddatax-arms-NCT05123456.txt'));
    const identification = reading.record.identificationModule as Record<string, unknown>;
    assert.deepEqual(identification.orgStudyIdInfo, { id: 'UUH-VITD-2021' });
    assert.deepEqual(identification.secondaryIdInfos, [{ id: '2021-004567-12', type: 'EUDRACT_NUMBER' }, { id: 'HIPFX-07' }]);
    assert.deepEqual((reading.record.sponsorCollaboratorsModule as Record<string, unknown>).responsibleParty, { type: 'SPONSOR' });
  });
  it('without the Interventions section, an arm whose start cannot be told is left as comments, not guessed', () => {
    const page = toPageText(
      [
        'Two Arms',
        'NCT ID: NCT01234567',
        'Study Groups',
        'Review each arm or cohort in the study, along with the interventions and objectives associated with them.',
        'Arm A',
        'Patients take drug A.',
        'Group Type EXPERIMENTAL',
        'Drug A',
        'Intervention Type DRUG',
        'Drug A 10 mg daily.',
        'Arm B',
        'Patients take drug B.',
        'Group Type ACTIVE_COMPARATOR',
        '',
      ].join('\n'),
    );
    const reading = meddataxFormat.read(page);
    assert.deepEqual(reading.record.armsInterventionsModule, {
      armGroups: [{ label: 'Arm A', type: 'EXPERIMENTAL', description: 'Patients take drug A.', interventionNames: ['Drug: Drug A'] }],
      interventions: [{ type: 'DRUG', name: 'Drug A', armGroupLabels: ['Arm A'] }],
    });
    // 'Two Arms' is too short to be taken for a title.
    assert.deepEqual(keptLines(page, reading), [
      'Two Arms',
      'Drug A 10 mg daily.',
      'Arm B',
      'Patients take drug B.',
      'Group Type ACTIVE_COMPARATOR',
    ]);
    assert.ok(reading.warnings.some((warning) => warning.includes('Group Type ACTIVE_COMPARATOR')));
  });
  it('officials: the line between two roles is the previous affiliation, then the next name', () => {
    const page = toPageText(
      [
        'T',
        'NCT ID: NCT01234567',
        'Principal Investigators',
        'Learn about the lead researchers overseeing the trial and their institutional affiliations.',
        'A One',
        'Role: STUDY_CHAIR',
        'Univ One',
        'B Two',
        'Role: PRINCIPAL_INVESTIGATOR',
        'Univ Two',
        '',
      ].join('\n'),
    );
    const reading = meddataxFormat.read(page);
    assert.deepEqual((reading.record.contactsLocationsModule as Record<string, unknown>).overallOfficials, [
      { name: 'A One', affiliation: 'Univ One', role: 'STUDY_CHAIR' },
      { name: 'B Two', affiliation: 'Univ Two', role: 'PRINCIPAL_INVESTIGATOR' },
    ]);
    assert.deepEqual(keptLines(page, reading), ['T']);
  });
});
