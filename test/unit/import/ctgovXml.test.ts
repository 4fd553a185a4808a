import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ctgovXmlFormat } from '../../../server/src/import/formats/ctgovXml';
import { toPageText } from '../../../server/src/import/pageText';
import { schemaProblems, winnerOf } from './sitesTestKit';

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
const get = (record: Record<string, unknown>, ...path: string[]): unknown => path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

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
      assert.equal(get(record, 'identificationModule', 'briefTitle'), first(xml, /<brief_title>([^<]*)<\/brief_title>/)?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim());
      assert.match(String(get(record, 'statusModule', 'overallStatus')), /^[A-Z_]+$/);
      const start = first(xml, /<start_date[^>]*>([^<]*)</);
      if (start) assert.match(String(get(record, 'statusModule', 'startDateStruct', 'date')), /^\d{4}-\d{2}(-\d{2})?$/);
      if (/<start_date type="Actual">/.test(xml)) assert.equal(get(record, 'statusModule', 'startDateStruct', 'type'), 'ACTUAL');
      assert.equal(get(record, 'designModule', 'studyType'), { Interventional: 'INTERVENTIONAL', Observational: 'OBSERVATIONAL', 'Observational [Patient Registry]': 'OBSERVATIONAL', 'Expanded Access': 'EXPANDED_ACCESS' }[first(xml, /<study_type>([^<]*)</) ?? '']);
      assert.equal(array(get(record, 'armsInterventionsModule', 'armGroups')).length, count(xml, 'arm_group'));
      assert.equal(array(get(record, 'armsInterventionsModule', 'interventions')).length, count(xml, 'intervention'));
      assert.equal(array(get(record, 'outcomesModule', 'primaryOutcomes')).length, count(xml, 'primary_outcome'));
      assert.equal(array(get(record, 'contactsLocationsModule', 'locations')).length, (xml.match(/<location>\s*<facility>/g) ?? []).length);
      const gender = first(xml, /<gender>([^<]*)</);
      if (gender) assert.equal(get(record, 'eligibilityModule', 'sex'), gender.toUpperCase());
      const minimumAge = first(xml, /<minimum_age>(\d+ \w+?)s?<\/minimum_age>/);
      if (minimumAge) assert.match(String(get(record, 'eligibilityModule', 'minimumAge')), new RegExp(`^${minimumAge}`));
      if (/<criteria>/.test(xml)) assert.ok(String(get(record, 'eligibilityModule', 'eligibilityCriteria')).length > 10);
      assert.deepEqual(schemaProblems(record), []);
    });
  }
  it('reads phases, masking and arm labels of a multi-phase record', () => {
    const { record } = ctgovXmlFormat.read(toPageText(readFileSync(path.join(XML_FOLDER, 'NCT01534533.xml'), 'utf8')));
    assert.deepEqual(get(record, 'designModule', 'phases'), ['PHASE2', 'PHASE3']);
    assert.equal(get(record, 'designModule', 'designInfo', 'maskingInfo', 'masking'), 'QUADRUPLE');
    for (const arm of array(get(record, 'armsInterventionsModule', 'armGroups'))) assert.equal(typeof (arm as Record<string, unknown>).label, 'string');
  });
  it('no JSON fixture shares an NCT ID with the XML ones, so facts come from the XML itself', () => {
    const jsonIds = new Set(readdirSync(JSON_FOLDER).map((name) => name.replace(/\.json$/, '')));
    assert.equal(files.filter((name) => jsonIds.has(name.replace(/\.xml$/, ''))).length, 0);
  });
  it('reads nothing from damaged XML without throwing, and is not claimed by other text', () => {
    assert.doesNotThrow(() => ctgovXmlFormat.read(toPageText('<clinical_study><id_info><nct_id>NCT0')));
    assert.equal(ctgovXmlFormat.detect(toPageText('Status: Recruiting')), 0);
  });
});
