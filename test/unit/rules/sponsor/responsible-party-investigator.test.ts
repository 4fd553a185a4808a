import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('sponsor/responsible-party-investigator', () => {
  const party = (...lines: string[]) => yaml('sponsorCollaboratorsModule:', '  responsibleParty:', ...lines);
  it('is silent on a complete investigator and on a plain sponsor', () => {
    assertSilent(
      party(
        '    type: PRINCIPAL_INVESTIGATOR',
        '    investigatorFullName: Ann Lee',
        '    investigatorTitle: Professor',
        '    investigatorAffiliation: Univ',
      ),
      'sponsor/responsible-party-investigator',
    );
    assertSilent(party('    type: SPONSOR'), 'sponsor/responsible-party-investigator');
  });
  it('asks an investigator party for the missing fields', () => {
    const seen = assertOne(
      party('    type: SPONSOR_INVESTIGATOR', '    investigatorFullName: Ann Lee'),
      'sponsor/responsible-party-investigator',
    );
    assert.equal(seen.marked, 'SPONSOR_INVESTIGATOR');
    assert.match(seen.message, /`investigatorTitle`, `investigatorAffiliation`/);
  });
  it('flags investigator fields on a sponsor party', () => {
    assert.equal(
      assertOne(party('    type: SPONSOR', '    investigatorTitle: Professor'), 'sponsor/responsible-party-investigator').marked,
      'investigatorTitle',
    );
  });
});
