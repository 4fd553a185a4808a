// The lexicon engine's safety rules, each on a small page as a curator would paste it: nothing invented,
// nothing overwritten, nothing lost, no crash. Cases found by a review of the engine.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importPage } from '../../../server/src/import/importPage';
import { keptCommentLines } from './support/importTestKit';

/** Imports a page given as lines (ending with a line break: the text is complete, not cut off). */
function read(lines: readonly string[]): ReturnType<typeof importPage> {
  return importPage(`${lines.join('\n')}\n`, { sourceName: 'test page' });
}

function field(record: Readonly<Record<string, unknown>>, ...path: Array<string | number>): unknown {
  let current: unknown = record;
  for (const key of path) current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}

describe('lexicon engine: nothing overwritten, nothing invented', () => {
  it('a lead sponsor stated in a sponsor box and under a label: the second does not overwrite the first', () => {
    const result = read([
      'Home Blood Pressure Intervention in the Community Trial',
      'NARecruitingINTERVENTIONAL',
      'Enrollment',
      '',
      '100',
      '',
      'All Listed Sponsors',
      'lead',
      '',
      'Acme Pharma',
      '',
      'INDUSTRY',
      '',
      'Lead Sponsor: University of Somewhere',
    ]);
    assert.equal(result.format, 'biotechhunter');
    assert.equal(
      field(result.record, 'sponsorCollaboratorsModule', 'leadSponsor', 'name'),
      undefined,
      'two lead sponsors: neither is taken',
    );
    const kept = keptCommentLines(result.yaml);
    assert.ok(kept.includes('Acme Pharma') && kept.includes('Lead Sponsor: University of Somewhere'));
  });

  it('a public-query contact and a study contact line do not merge into one person', () => {
    const result = read([
      'Clinical Trials Logo',
      'Administrative data',
      'NCT number NCT01234567',
      'Contact for public queries',
      'Name: Alice Smith',
      'Phone: +1 555 1234',
      'Study information',
      'Contact Bob Jones',
      'Phone +44 20 7946 0000',
    ]);
    const contacts = field(result.record, 'contactsLocationsModule', 'centralContacts') as Array<Record<string, string>> | undefined;
    assert.ok(
      !contacts?.some((contact) => contact.name === 'Bob Jones' && contact.phone === '+1 555 1234'),
      "Bob did not get Alice's phone",
    );
    assert.ok(!contacts?.some((contact) => contact.name === 'Alice Smith' && contact.phone === '+44 20 7946 0000'));
    assert.ok(keptCommentLines(result.yaml).some((line) => line.includes('Bob Jones') || line.includes('Alice Smith')));
  });

  it('another trial\'s status and phase under "Related Trials" are not the record\'s', () => {
    const result = read(['Status: Recruiting', 'Related Trials', 'NCT00000002 Another Trial', 'Status: Completed', 'Phase: Phase 3']);
    assert.equal(field(result.record, 'statusModule', 'overallStatus'), 'RECRUITING');
    assert.equal(field(result.record, 'designModule', 'phases'), undefined);
    assert.ok(keptCommentLines(result.yaml).includes('Phase: Phase 3'));
  });

  it('a line of badges is read only where the site shows badges, not on any page', () => {
    const result = read(['Title: A Trial of Walking', 'Phase 2 Completed']);
    assert.equal(field(result.record, 'designModule', 'phases'), undefined);
    assert.equal(field(result.record, 'statusModule', 'overallStatus'), undefined);
  });

  it('"Not randomized" is NON_RANDOMIZED, "quasi-randomised" is neither', () => {
    assert.equal(
      field(read(['Study Design: Not randomized, single arm']).record, 'designModule', 'designInfo', 'allocation'),
      'NON_RANDOMIZED',
    );
    assert.equal(
      field(read(['Study Design: Quasi-randomised, parallel group']).record, 'designModule', 'designInfo', 'allocation'),
      undefined,
    );
  });

  it("a placeholder or a link under MedPath's participant count is not eligibility criteria", () => {
    for (const under of ['N/A', 'View on ClinicalTrials.gov']) {
      const result = read([
        'MedPath',
        '',
        'A Trial of Something Useful',
        'Registration Number',
        'NCT01234567',
        'Target Recruitment',
        '5000',
        under,
        'Study & Design',
      ]);
      assert.equal(result.format, 'medpath');
      assert.equal(field(result.record, 'eligibilityModule', 'eligibilityCriteria'), undefined, under);
      assert.ok(keptCommentLines(result.yaml).includes(under));
    }
  });

  it('a line a field took only part of stays as a comment too', () => {
    const eudract = read(['EudraCT number: 2016-000700-29 (see also the protocol)']);
    assert.deepEqual(field(eudract.record, 'identificationModule', 'secondaryIdInfos'), [
      { id: '2016-000700-29', type: 'EUDRACT_NUMBER', domain: 'EudraCT' },
    ]);
    assert.ok(keptCommentLines(eudract.yaml).includes('EudraCT number: 2016-000700-29 (see also the protocol)'));
    const age = read(['Minimum Age: 18 Years (16 with parental consent)']);
    assert.equal(field(age.record, 'eligibilityModule', 'minimumAge'), '18 Years');
    assert.ok(keptCommentLines(age.yaml).includes('Minimum Age: 18 Years (16 with parental consent)'));
  });

  it('a line kept for a conflict stays kept when another field reads part of it', () => {
    const result = read(['Minimum Age: 18 Years', 'Age: 21 Years to 65 Years']);
    assert.equal(field(result.record, 'eligibilityModule', 'minimumAge'), undefined);
    assert.ok(keptCommentLines(result.yaml).includes('Age: 21 Years to 65 Years'));
  });

  it("an NCT ID in a list of identifiers gives way to the page's labelled NCT ID", () => {
    const result = read(['Secondary IDs: NCT00000002, MK-1234-001', 'NCT ID: NCT01234567']);
    assert.equal(field(result.record, 'identificationModule', 'nctId'), 'NCT01234567');
    assert.ok(keptCommentLines(result.yaml).includes('Secondary IDs: NCT00000002, MK-1234-001'));
  });

  it('reads "Early Phase 1" and "Estimated March 2020"', () => {
    const result = read(['Phase: Early Phase 1', 'Start Date: Estimated March 2020']);
    assert.deepEqual(field(result.record, 'designModule', 'phases'), ['EARLY_PHASE1']);
    assert.deepEqual(field(result.record, 'statusModule', 'startDateStruct'), { date: '2020-03', type: 'ESTIMATED' });
  });
});

describe('lexicon engine: no crash, no runaway', () => {
  it('a description of 130,000 lines is read, not lost to a stack overflow', () => {
    const lines = ['Detailed Description:', ...Array.from({ length: 130_000 }, (_, index) => `Line ${index} of a very long description.`)];
    const result = read(lines);
    assert.doesNotMatch(result.report, /reader failed/);
    assert.match(String(field(result.record, 'descriptionModule', 'detailedDescription')), /Line 129999 of a very long description\./);
  });

  it('16,000 keywords are all kept, once each', () => {
    const result = read(['Keywords', ...Array.from({ length: 16_000 }, (_, index) => `keyword ${index}`)]);
    assert.equal((field(result.record, 'conditionsModule', 'keywords') as unknown[]).length, 16_000);
  });

  it('a table row typed `constructor` or `__proto__` names no field', () => {
    const result = read([
      'Clinical Trials Logo',
      'Administrative data',
      'NCT number NCT01234567',
      'Outcome',
      'Type\tMeasure\tDescription\tTime frame\tSafety issue',
      'Primary\tMobility\tSteps\tDay 7\t',
      'constructor\tPain\tScore\tDay 3\t',
      '__proto__\tSleep\tHours\tDay 3\t',
    ]);
    const outcomes = field(result.record, 'outcomesModule') as Record<string, unknown> | undefined;
    assert.deepEqual(Object.keys(outcomes ?? {}), ['primaryOutcomes']);
  });
});
