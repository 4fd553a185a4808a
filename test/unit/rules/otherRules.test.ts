import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from './ruleTestKit';

describe('eligibility/age-order', () => {
  it('compares across units', () => {
    assertSilent(yaml('eligibilityModule:', '  sex: ALL', '  minimumAge: 6 Months', '  maximumAge: 1 Year'), 'eligibility/age-order');
    assertSilent(yaml('eligibilityModule:', '  sex: ALL', '  minimumAge: 12 Months', '  maximumAge: 1 Year'), 'eligibility/age-order');
  });
  it('marks a minimum above the maximum', () => {
    const seen = assertOne(yaml('eligibilityModule:', '  sex: ALL', '  minimumAge: 18 Years', '  maximumAge: 200 Months'), 'eligibility/age-order');
    assert.equal(seen.marked, '18 Years');
    assert.equal(seen.message, 'The minimum age (18 Years) is above the maximum age (200 Months): no one is eligible.');
  });
});

describe('eligibility/sex-required', () => {
  it('is silent when sex is given', () => assertSilent(yaml('eligibilityModule:', '  sex: FEMALE'), 'eligibility/sex-required'));
  it('marks the module key when sex is missing', () => {
    const seen = assertOne(yaml('eligibilityModule:', '  minimumAge: 18 Years'), 'eligibility/sex-required');
    assert.equal(seen.marked, 'eligibilityModule');
    assert.deepEqual(seen.diagnostic.fix, { kind: 'insert-property', pointer: '/eligibilityModule', property: 'sex', value: 'ALL' });
  });
});

describe('eligibility/criteria-sections', () => {
  it('is silent on inclusion and exclusion lists', () => {
    assertSilent(yaml('eligibilityModule:', '  sex: ALL', '  eligibilityCriteria: |', '    Inclusion Criteria:', '    * Adults', '    Exclusion Criteria:', '    * Pregnancy'), 'eligibility/criteria-sections');
  });
  it('accepts a list under another heading before the exclusion part as the inclusion part', () => {
    assertSilent(yaml('eligibilityModule:', '  sex: ALL', '  eligibilityCriteria: |', '    Eligibility criteria:', '    * Adults', '    Exclusion criteria:', '    * Pregnancy'), 'eligibility/criteria-sections');
    const headingOnly = assertOne(yaml('eligibilityModule:', '  sex: ALL', '  eligibilityCriteria: |', '    Exclusion Criteria:', '    * Pregnancy'), 'eligibility/criteria-sections');
    assert.match(headingOnly.message, /no inclusion part/);
  });
  it('notes a missing exclusion part', () => {
    const seen = assertOne(yaml('eligibilityModule:', '  sex: ALL', '  eligibilityCriteria: |', '    Inclusion Criteria:', '    * Adults'), 'eligibility/criteria-sections');
    assert.equal(seen.marked, 'eligibilityCriteria');
    assert.equal(seen.severity, 'information');
    assert.match(seen.message, /no exclusion part/);
  });
});

describe('design/masking-who-masked', () => {
  const masking = (level: string, roles?: string) => yaml('designModule:', '  designInfo:', '    maskingInfo:', `      masking: ${level}`, ...(roles ? [`      whoMasked: ${roles}`] : []));
  it('is silent when the level counts the roles', () => {
    assertSilent(masking('NONE'), 'design/masking-who-masked');
    assertSilent(masking('DOUBLE', '[PARTICIPANT, INVESTIGATOR]'), 'design/masking-who-masked');
  });
  it('offers the matching level', () => {
    const seen = assertOne(masking('DOUBLE', '[PARTICIPANT, INVESTIGATOR, OUTCOMES_ASSESSOR]'), 'design/masking-who-masked');
    assert.equal(seen.marked, 'DOUBLE');
    assert.match(seen.message, /matching level is `TRIPLE`/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-value', pointer: '/designModule/designInfo/maskingInfo/masking', replacement: 'TRIPLE' });
  });
  it('flags roles on an open-label study', () => {
    assert.equal(assertOne(masking('NONE', '[PARTICIPANT]'), 'design/masking-who-masked').marked, 'whoMasked');
  });
  it('asks a masked study for its roles', () => {
    const seen = assertOne(masking('SINGLE'), 'design/masking-who-masked');
    assert.equal(seen.marked, 'SINGLE');
    assert.equal(seen.diagnostic.fix?.kind, 'insert-property');
  });
});

describe('locations/us-state', () => {
  it('is silent on a U.S. site with a state, or a site elsewhere', () => {
    assertSilent(yaml('contactsLocationsModule:', '  locations:', '    - city: Boston', '      state: Massachusetts', '      country: United States', '    - city: Lyon', '      country: France'), 'locations/us-state');
  });
  it('marks the country of a U.S. site without a state', () => {
    const seen = assertOne(yaml('contactsLocationsModule:', '  locations:', '    - facility: MGH', '      city: Boston', '      country: United States'), 'locations/us-state');
    assert.equal(seen.marked, 'United States');
    assert.equal(seen.severity, 'error');
    assert.deepEqual(seen.diagnostic.fix, { kind: 'insert-property', pointer: '/contactsLocationsModule/locations/0', property: 'state' });
  });
});

describe('contacts/recruiting-contact', () => {
  const recruiting = yaml('statusModule:', '  overallStatus: RECRUITING');
  it('is silent with a central contact', () => {
    assertSilent(recruiting + yaml('contactsLocationsModule:', '  centralContacts:', '    - name: Jane Roe', '      email: jane@example.org', '  locations:', '    - facility: A'), 'contacts/recruiting-contact');
  });
  it('is silent on a completed study', () => assertSilent(yaml('statusModule:', '  overallStatus: COMPLETED'), 'contacts/recruiting-contact'));
  it('marks each open site without a contact, skipping closed sites', () => {
    const text = recruiting + yaml('contactsLocationsModule:', '  locations:', '    - facility: Site A', '      status: RECRUITING', '    - facility: Site B', '      status: COMPLETED', '    - facility: Site C', '      contacts:', '        - name: Ann Lee');
    const found = findings(text, 'contacts/recruiting-contact');
    assert.deepEqual(found.map((seen) => seen.marked), ['Site A']);
  });
  it('marks the status when there are no sites and no contact', () => {
    assert.equal(assertOne(recruiting, 'contacts/recruiting-contact').marked, 'RECRUITING');
  });
});

describe('sponsor/responsible-party-investigator', () => {
  const party = (...lines: string[]) => yaml('sponsorCollaboratorsModule:', '  responsibleParty:', ...lines);
  it('is silent on a complete investigator and on a plain sponsor', () => {
    assertSilent(party('    type: PRINCIPAL_INVESTIGATOR', '    investigatorFullName: Ann Lee', '    investigatorTitle: Professor', '    investigatorAffiliation: Univ'), 'sponsor/responsible-party-investigator');
    assertSilent(party('    type: SPONSOR'), 'sponsor/responsible-party-investigator');
  });
  it('asks an investigator party for the missing fields', () => {
    const seen = assertOne(party('    type: SPONSOR_INVESTIGATOR', '    investigatorFullName: Ann Lee'), 'sponsor/responsible-party-investigator');
    assert.equal(seen.marked, 'SPONSOR_INVESTIGATOR');
    assert.match(seen.message, /`investigatorTitle`, `investigatorAffiliation`/);
  });
  it('flags investigator fields on a sponsor party', () => {
    assert.equal(assertOne(party('    type: SPONSOR', '    investigatorTitle: Professor'), 'sponsor/responsible-party-investigator').marked, 'investigatorTitle');
  });
});

describe('ids/secondary-id-domain', () => {
  const ids = (...lines: string[]) => yaml('identificationModule:', '  secondaryIdInfos:', ...lines);
  it('is silent on typed IDs used as PRS intends', () => {
    assertSilent(ids('    - id: R01AB123', '      type: NIH', '    - id: X-1', '      type: OTHER', '      domain: Hospital number'), 'ids/secondary-id-domain');
  });
  it('asks a registry ID for the registry name', () => {
    const seen = assertOne(ids('    - id: ISRCTN123', '      type: REGISTRY'), 'ids/secondary-id-domain');
    assert.equal(seen.marked, 'REGISTRY');
    assert.match(seen.message, /registry's name/);
  });
  it('flags a domain on an EudraCT number', () => {
    assert.equal(assertOne(ids('    - id: 2020-001803-17', '      type: EUDRACT_NUMBER', '      domain: EMA'), 'ids/secondary-id-domain').marked, 'domain');
  });
});

describe('identification/official-title', () => {
  const record = (start: string, title?: string) => yaml('identificationModule:', '  briefTitle: A study', ...(title ? [`  officialTitle: ${title}`] : []), 'statusModule:', '  startDateStruct:', `    date: "${start}"`);
  it('is silent before 2017-01-18, on a straddling partial date, and with a title', () => {
    assertSilent(record('2016-12'), 'identification/official-title');
    assertSilent(record('2017-01'), 'identification/official-title');
    assertSilent(record('2024-01', 'The full title'), 'identification/official-title');
  });
  it('requires an official title from 2017-01-18 on', () => {
    const seen = assertOne(record('2017-01-18'), 'identification/official-title');
    assert.equal(seen.marked, 'identificationModule');
    assert.equal(seen.severity, 'error');
  });
});

describe('ipd/fields-without-sharing', () => {
  it('is silent on details of a YES plan', () => {
    assertSilent(yaml('ipdSharingStatementModule:', '  ipdSharing: YES', '  description: All IPD', '  infoTypes: [STUDY_PROTOCOL]', '  url: https://example.org'), 'ipd/fields-without-sharing');
  });
  it('marks details of a plan that shares nothing', () => {
    const found = findings(yaml('ipdSharingStatementModule:', '  ipdSharing: NO', '  description: Not planned', '  timeFrame: After publication'), 'ipd/fields-without-sharing');
    assert.deepEqual(found.map((seen) => seen.marked), ['timeFrame']);
  });
  it('marks a description without an answer', () => {
    assert.equal(assertOne(yaml('ipdSharingStatementModule:', '  description: Maybe'), 'ipd/fields-without-sharing').marked, 'description');
  });
});

describe('ipd/description-expected', () => {
  it('is silent when a YES plan is described', () => assertSilent(yaml('ipdSharingStatementModule:', '  ipdSharing: YES', '  description: All IPD'), 'ipd/description-expected'));
  it('notes a YES plan without a description', () => {
    const seen = assertOne(yaml('ipdSharingStatementModule:', '  ipdSharing: YES'), 'ipd/description-expected');
    assert.equal(seen.marked, 'YES');
    assert.equal(seen.severity, 'information');
  });
});
