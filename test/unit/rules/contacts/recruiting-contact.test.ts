import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

describe('contacts/recruiting-contact', () => {
  const recruiting = yaml('statusModule:', '  overallStatus: RECRUITING');
  it('is silent with a central contact', () => {
    assertSilent(
      recruiting +
        yaml(
          'contactsLocationsModule:',
          '  centralContacts:',
          '    - name: Jane Roe',
          '      email: jane@example.org',
          '  locations:',
          '    - facility: A',
        ),
      'contacts/recruiting-contact',
    );
  });
  it('is silent on a completed study', () =>
    assertSilent(yaml('statusModule:', '  overallStatus: COMPLETED'), 'contacts/recruiting-contact'));
  it('marks each open site without a contact, skipping closed sites', () => {
    const text =
      recruiting +
      yaml(
        'contactsLocationsModule:',
        '  locations:',
        '    - facility: Site A',
        '      status: RECRUITING',
        '    - facility: Site B',
        '      status: COMPLETED',
        '    - facility: Site C',
        '      contacts:',
        '        - name: Ann Lee',
      );
    const found = findings(text, 'contacts/recruiting-contact');
    assert.deepEqual(
      found.map((seen) => seen.marked),
      ['Site A'],
    );
  });
  it('marks the status when there are no sites and no contact', () => {
    assert.equal(assertOne(recruiting, 'contacts/recruiting-contact').marked, 'RECRUITING');
  });
});
