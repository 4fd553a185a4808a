import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('locations/us-state', () => {
  it('is silent on a U.S. site with a state, or a site elsewhere', () => {
    assertSilent(
      yaml(
        'contactsLocationsModule:',
        '  locations:',
        '    - city: Boston',
        '      state: Massachusetts',
        '      country: United States',
        '    - city: Lyon',
        '      country: France',
      ),
      'locations/us-state',
    );
  });
  it('marks the country of a U.S. site without a state', () => {
    const seen = assertOne(
      yaml('contactsLocationsModule:', '  locations:', '    - facility: MGH', '      city: Boston', '      country: United States'),
      'locations/us-state',
    );
    assert.equal(seen.marked, 'United States');
    assert.equal(seen.severity, 'error');
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'insert-property',
      parentPointer: '/contactsLocationsModule/locations/0',
      properties: ['state'],
    });
  });
});
