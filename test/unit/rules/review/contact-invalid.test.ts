import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

const ID = 'review/contact-invalid';

function central(fields: Record<string, string>): string {
  return yaml(
    'contactsLocationsModule:',
    '  centralContacts:',
    ...Object.entries(fields).map(([key, value], index) => `${index === 0 ? '    - ' : '      '}${key}: ${JSON.stringify(value)}`),
  );
}

function official(name: string): string {
  return yaml('contactsLocationsModule:', '  overallOfficials:', `    - name: ${JSON.stringify(name)}`, '      role: STUDY_DIRECTOR');
}

describe(ID, () => {
  it('flags an email that is not local@domain.tld', () => {
    const seen = assertOne(central({ name: 'Jane Smith', email: 'rschott@strasbourg@unicancer.fr' }), ID);
    assert.equal(seen.severity, 'warning');
    assert.equal(seen.marked, '"rschott@strasbourg@unicancer.fr"');
    assert.match(seen.message, /does not look like an address\. Write one address of the form `name@domain\.org`/);
    assertOne(central({ name: 'Jane Smith', email: 'jane.smith at example.org' }), ID);
    assertOne(central({ name: 'Jane Smith', email: 'jane@example' }), ID);
  });

  it('flags a phone number with too few digits or with letters, at sites too', () => {
    assert.match(assertOne(central({ name: 'Jane Smith', phone: '555-01' }), ID).message, /only 5 digits/);
    assert.match(assertOne(central({ name: 'Jane Smith', phone: '+1 301-555-01OO' }), ID).message, /it has letters/);
    const site = yaml(
      'contactsLocationsModule:',
      '  locations:',
      '    - facility: Clinic',
      '      contacts:',
      '        - name: Ann Lee',
      '          phone: TBD',
    );
    assertOne(site, ID);
  });

  it('flags an overall official that is a role or department', () => {
    const seen = assertOne(official('Medical Director'), ID);
    assert.match(seen.message, /appears to be a role or department, not a person/);
    assert.equal(seen.severity, 'information', 'information, as the reference grades it');
    assertOne(official('Clinical Trial Management'), ID);
    assertOne(official('Clinical Trials Department'), ID);
  });

  it('is silent on valid contacts and named officials', () => {
    assertSilent(central({ name: 'Jane Smith', phone: '+1 301-555-0100', email: 'jane.smith@example.org' }), ID);
    assertSilent(central({ name: 'Jane Smith', phone: '(301) 555-0100 ext. 12', email: 'j_smith+trial@mail.example.co.uk' }), ID);
    assertSilent(official('Jane Smith, MD, PhD'), ID);
    assertSilent(official('Study Director Jane Smith'), ID);
  });

  it('trap: a central contact may be a title', () => {
    assertSilent(central({ name: 'Study Information Line', phone: '+1 800 555 0100' }), ID);
    assertSilent(central({ name: 'Medical Director', email: 'trials@example.org' }), ID);
    assert.equal(findings(central({ name: 'Clinical Trials Department', phone: '+44 20 7946 0000' }), ID).length, 0);
  });
});
