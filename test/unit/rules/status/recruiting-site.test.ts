import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { status } from '../sampleRecords';

describe('status/recruiting-site', () => {
  const sites = (siteStatus: string) =>
    yaml(
      'contactsLocationsModule:',
      '  locations:',
      '    - facility: City Hospital',
      `      status: ${siteStatus}`,
      '      country: France',
    );
  it('is silent when the study recruits', () => assertSilent(status('RECRUITING') + sites('RECRUITING'), 'status/recruiting-site'));
  it('is silent on a registry-set UNKNOWN status', () => assertSilent(status('UNKNOWN') + sites('RECRUITING'), 'status/recruiting-site'));
  it('marks the overall status when a site recruits', () => {
    const seen = assertOne(status('ACTIVE_NOT_RECRUITING') + sites('RECRUITING'), 'status/recruiting-site');
    assert.equal(seen.marked, 'ACTIVE_NOT_RECRUITING');
    assert.match(seen.message, /A site \(City Hospital\) is `RECRUITING`/);
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'replace-value',
      valuePointer: '/statusModule/overallStatus',
      replacement: 'RECRUITING',
    });
  });
});
