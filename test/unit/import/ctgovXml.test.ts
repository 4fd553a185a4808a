import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ctgovXmlFormat } from '../../../server/src/import/formats/ctgovXml';
import { toPageText } from '../../../server/src/import/pageText';
import { keptLines, schemaProblems, winnerOf } from './sitesTestKit';

const XML_FOLDER = path.resolve(__dirname, '../../fixtures/ctgov/xml');
const JSON_FOLDER = path.resolve(__dirname, '../../fixtures/ctgov/json');

/** Facts read straight from the XML text with patterns, independent of the reader. */
function count(xml: string, element: string): number {
  return (xml.match(new RegExp(`<${element}>`, 'g')) ?? []).length;
}
function first(xml: string, pattern: RegExp): string | undefined {
  return pattern.exec(xml)?.[1];
}
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const get = (record: Record<string, unknown>, ...path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

describe('ClinicalTrials.gov legacy XML reader', () => {
  const files = readdirSync(XML_FOLDER).filter((name) => name.endsWith('.xml'));
  it('has XML fixtures', () => assert.ok(files.length >= 10));
  for (const name of files) {
    it(`imports ${name}: identification, status, dates, design, arms, interventions, outcomes, eligibility, locations`, () => {
      const xml = readFileSync(path.join(XML_FOLDER, name), 'utf8');
      const page = toPageText(xml);
      assert.equal(winnerOf(page), 'ctgov-xml');
      const { record } = ctgovXmlFormat.read(page);
      assert.equal(get(record, 'identificationModule', 'nctId'), first(xml, /<nct_id>(NCT\d{8})<\/nct_id>/));
      assert.equal(
        get(record, 'identificationModule', 'briefTitle'),
        first(xml, /<brief_title>([^<]*)<\/brief_title>/)
          ?.replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .trim(),
      );
      assert.match(String(get(record, 'statusModule', 'overallStatus')), /^[A-Z_]+$/);
      const start = first(xml, /<start_date[^>]*>([^<]*)</);
      if (start) assert.match(String(get(record, 'statusModule', 'startDateStruct', 'date')), /^\d{4}-\d{2}(-\d{2})?$/);
      if (/<start_date type="Actual">/.test(xml)) assert.equal(get(record, 'statusModule', 'startDateStruct', 'type'), 'ACTUAL');
      assert.equal(
        get(record, 'designModule', 'studyType'),
        {
          Interventional: 'INTERVENTIONAL',
          Observational: 'OBSERVATIONAL',
          'Observational [Patient Registry]': 'OBSERVATIONAL',
          'Expanded Access': 'EXPANDED_ACCESS',
        }[first(xml, /<study_type>([^<]*)</) ?? ''],
      );
      assert.equal(array(get(record, 'armsInterventionsModule', 'armGroups')).length, count(xml, 'arm_group'));
      assert.equal(array(get(record, 'armsInterventionsModule', 'interventions')).length, count(xml, 'intervention'));
      assert.equal(array(get(record, 'outcomesModule', 'primaryOutcomes')).length, count(xml, 'primary_outcome'));
      assert.equal(array(get(record, 'contactsLocationsModule', 'locations')).length, (xml.match(/<location>\s*<facility>/g) ?? []).length);
      const gender = first(xml, /<gender>([^<]*)</);
      if (gender) assert.equal(get(record, 'eligibilityModule', 'sex'), gender.toUpperCase());
      const minimumAge = first(xml, /<minimum_age>(\d+ \w+?)s?<\/minimum_age>/);
      if (minimumAge) assert.match(String(get(record, 'eligibilityModule', 'minimumAge')), new RegExp(`^${minimumAge}`));
      if (/<criteria>/.test(xml)) assert.ok(String(get(record, 'eligibilityModule', 'eligibilityCriteria')).length > 10);
      // The legacy `N/A` phase is "not applicable", the API's NA, not a missing value.
      if (first(xml, /<phase>([^<]*)<\/phase>/) === 'N/A') assert.deepEqual(get(record, 'designModule', 'phases'), ['NA']);
      assert.deepEqual(schemaProblems(record), []);
    });
  }
  it('reads phases, masking and arm labels of a multi-phase record', () => {
    const { record } = ctgovXmlFormat.read(toPageText(readFileSync(path.join(XML_FOLDER, 'NCT01534533.xml'), 'utf8')));
    assert.deepEqual(get(record, 'designModule', 'phases'), ['PHASE2', 'PHASE3']);
    assert.equal(get(record, 'designModule', 'designInfo', 'maskingInfo', 'masking'), 'QUADRUPLE');
    for (const arm of array(get(record, 'armsInterventionsModule', 'armGroups')))
      assert.equal(typeof (arm as Record<string, unknown>).label, 'string');
  });
  it('no JSON fixture shares an NCT ID with the XML ones, so facts come from the XML itself', () => {
    const jsonIds = new Set(readdirSync(JSON_FOLDER).map((name) => name.replace(/\.json$/, '')));
    assert.equal(files.filter((name) => jsonIds.has(name.replace(/\.xml$/, ''))).length, 0);
  });
  it('reads nothing from damaged XML without throwing, and is not claimed by other text', () => {
    assert.doesNotThrow(() => ctgovXmlFormat.read(toPageText('<clinical_study><id_info><nct_id>NCT0')));
    assert.equal(ctgovXmlFormat.detect(toPageText('Status: Recruiting')), 0);
  });

  for (const name of files) {
    it(`imports ${name}: sponsors, people, references, sharing and the arm links, counted in the XML text`, () => {
      const xml = readFileSync(path.join(XML_FOLDER, name), 'utf8');
      const { record } = ctgovXmlFormat.read(toPageText(xml));
      assert.equal(array(get(record, 'sponsorCollaboratorsModule', 'collaborators')).length, count(xml, 'collaborator'));
      assert.equal(array(get(record, 'contactsLocationsModule', 'overallOfficials')).length, count(xml, 'overall_official'));
      assert.equal(
        array(get(record, 'contactsLocationsModule', 'centralContacts')).length,
        count(xml, 'overall_contact') + count(xml, 'overall_contact_backup'),
      );
      assert.equal(array(get(record, 'referencesModule', 'references')).length, count(xml, 'reference') + count(xml, 'results_reference'));
      assert.equal(array(get(record, 'referencesModule', 'seeAlsoLinks')).length, count(xml, 'link'));
      const investigators = count(xml, 'investigator');
      const siteContacts = array(get(record, 'contactsLocationsModule', 'locations')).flatMap((location) =>
        array((location as Record<string, unknown>).contacts),
      );
      assert.equal(siteContacts.length, count(xml, 'contact') + count(xml, 'contact_backup') + investigators);
      assert.equal(
        get(record, 'statusModule', 'whyStopped'),
        first(xml, /<why_stopped>([^<]*)</)
          ?.trim()
          .replace(/\s*\n\s*/g, ' '),
      );
      const sharing = first(xml, /<sharing_ipd>([^<]*)</);
      assert.equal(get(record, 'ipdSharingStatementModule', 'ipdSharing'), sharing === undefined ? undefined : sharing.toUpperCase());
      // Every intervention → arm link of the XML is also on the arm, as `Type: Name`.
      const arms = array(get(record, 'armsInterventionsModule', 'armGroups')) as Array<Record<string, unknown>>;
      for (const intervention of array(get(record, 'armsInterventionsModule', 'interventions')) as Array<Record<string, unknown>>) {
        for (const label of array(intervention.armGroupLabels)) {
          const arm = arms.find((candidate) => candidate.label === label);
          if (!arm) continue;
          assert.ok(
            array(arm.interventionNames).some((entry) => String(entry).endsWith(`: ${String(intervention.name)}`)),
            `${String(label)} lists ${String(intervention.name)}`,
          );
        }
      }
      assert.deepEqual(schemaProblems(record), []);
    });
  }
  it('keeps every line of results, MeSH terms and country lists as comments, and no line of a mapped element', () => {
    for (const name of files) {
      const xml = readFileSync(path.join(XML_FOLDER, name), 'utf8');
      const page = toPageText(xml);
      const kept = keptLines(page, ctgovXmlFormat.read(page)).map((line) => line.trim());
      const results = /<clinical_results>[\s\S]*<\/clinical_results>/.exec(xml)?.[0];
      if (results)
        for (const line of results.split(/\r?\n/).filter((line) => line.trim() !== ''))
          assert.ok(kept.includes(line.trim()), `${name}: result line kept: ${line}`);
      for (const term of xml.match(/^.*<mesh_term>.*?(?=\r?$)/gm) ?? []) assert.ok(kept.includes(term.trim()), `${name}: ${term}`);
      for (const mapped of xml.match(/^.*<(?:brief_title|overall_status|facility|last_name|citation|measure)>.*?(?=\r?$)/gm) ?? []) {
        if (!results?.includes(mapped.trim())) assert.ok(!kept.includes(mapped.trim()), `${name}: mapped line not kept: ${mapped}`);
      }
    }
  });
  it('keeps an element it does not know, a value it cannot read, a legacy column and stray text or comments as comments', () => {
    const xml = [
      '<clinical_study>',
      '  <id_info><nct_id>NCT01234567</nct_id></id_info>',
      '  <brief_title>A study</brief_title>',
      '  <overall_status>Recruiting</overall_status>',
      '  <future_element>Something new</future_element>',
      '  a note typed between the elements',
      '  <primary_outcome>',
      '    <measure>Pain score</measure>',
      '    <time_frame>12 weeks</time_frame>',
      '    <safety_issue>No</safety_issue>',
      '  </primary_outcome>',
      '  <location>',
      '    <facility><name>Site A</name></facility>',
      '    <status>Sort of recruiting</status>',
      '    <!-- site closed? -->',
      '  </location>',
      '</clinical_study>',
    ].join('\n');
    const page = toPageText(xml);
    const reading = ctgovXmlFormat.read(page);
    assert.deepEqual(keptLines(page, reading), [
      '  <future_element>Something new</future_element>',
      '  a note typed between the elements',
      '    <safety_issue>No</safety_issue>',
      '    <status>Sort of recruiting</status>',
      '    <!-- site closed? -->',
    ]);
    assert.deepEqual(get(reading.record, 'outcomesModule', 'primaryOutcomes'), [{ measure: 'Pain score', timeFrame: '12 weeks' }]);
    assert.deepEqual(get(reading.record, 'contactsLocationsModule', 'locations'), [{ facility: 'Site A' }]);
  });
  it('maps people, oversight and sharing elements to their API fields and values', () => {
    const xml = [
      '<clinical_study>',
      '  <id_info><nct_id>NCT01234567</nct_id></id_info>',
      '  <study_type>Observational [Patient Registry]</study_type>',
      '  <target_duration>6 Months</target_duration>',
      '  <biospec_retention>Samples With DNA</biospec_retention>',
      '  <oversight_info><has_dmc>No</has_dmc><is_fda_regulated_drug>Yes</is_fda_regulated_drug></oversight_info>',
      '  <overall_official><last_name>Ann Lee, MD</last_name><role>Study Chair</role><affiliation>Uni</affiliation></overall_official>',
      '  <location><facility><name>Site</name></facility><status>Recruiting</status>',
      '    <investigator><last_name>Bo Chan</last_name><role>Sub-Investigator</role></investigator>',
      '  </location>',
      '  <patient_data><sharing_ipd>Undecided</sharing_ipd><ipd_info_type>Study Protocol</ipd_info_type><ipd_info_type>Analytic Code</ipd_info_type></patient_data>',
      '  <results_reference><citation>Result paper.</citation><PMID>123</PMID></results_reference>',
      '</clinical_study>',
    ].join('\n');
    const { record } = ctgovXmlFormat.read(toPageText(xml));
    assert.deepEqual(get(record, 'designModule'), {
      studyType: 'OBSERVATIONAL',
      patientRegistry: true,
      targetDuration: '6 Months',
      bioSpec: { retention: 'SAMPLES_WITH_DNA' },
    });
    assert.deepEqual(get(record, 'oversightModule'), { oversightHasDmc: false, isFdaRegulatedDrug: true });
    assert.deepEqual(get(record, 'contactsLocationsModule'), {
      overallOfficials: [{ name: 'Ann Lee, MD', affiliation: 'Uni', role: 'STUDY_CHAIR' }],
      locations: [{ facility: 'Site', status: 'RECRUITING', contacts: [{ name: 'Bo Chan', role: 'SUB_INVESTIGATOR' }] }],
    });
    assert.deepEqual(get(record, 'ipdSharingStatementModule'), { ipdSharing: 'UNDECIDED', infoTypes: ['STUDY_PROTOCOL', 'ANALYTIC_CODE'] });
    assert.deepEqual(get(record, 'referencesModule', 'references'), [{ pmid: '123', type: 'RESULT', citation: 'Result paper.' }]);
  });
});
